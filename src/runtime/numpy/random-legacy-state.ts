// RandomState.get_state / set_state: the legacy tuple ('MT19937', key, pos, has_gauss, gauss)
// or the dict form, with mtrand.pyx's checks and messages.
import { PyValue } from '../../interpreter/objects/core.js';
import { indexError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { cyParams } from './random-args.js';
import { getItem, setItem } from '../../interpreter/ops/items.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { np } from './dtype.js';
import { arrayFromPy, makeArray, pyNumber } from './ndarray.js';
import type { MT19937 } from './mt19937.js';

function dictOf(entries: [string, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) setItem(d, k, v);
  return d;
}

const getStateParams = cyParams('get_state', ['legacy'], { legacy: true });
export function getState(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const { legacy } = getStateParams(args, kwargs);
  const { key, pos } = rng.getState();
  const keyArr = makeArray(np.uint32, [624], key);
  const hasGauss = rng.gaussCached !== null ? 1 : 0;
  const gauss = new PyFloat(rng.gaussCached !== null ? rng.gaussCached : 0);
  if (isTruthy(legacy)) return new PyTuple(['MT19937', keyArr, pos, hasGauss, gauss]);
  return dictOf([
    ['bit_generator', 'MT19937'],
    ['state', dictOf([['key', keyArr], ['pos', pos]])],
    ['has_gauss', hasGauss],
    ['gauss', gauss],
  ]);
}

const dictGet = (d: PyDict, k: string): PyValue | undefined => d.storage.get(k);

export function setState(rng: MT19937, args: PyValue[]): PyValue {
  if (args.length !== 1) throw typeError(`set_state() takes exactly one argument (${args.length} given)`);
  const state = args[0];
  let bitgen: PyValue;
  let inner: PyValue;
  let hasGauss: PyValue = 0;
  let gauss: PyValue = new PyFloat(0);
  if (state instanceof PyDict) {
    const bg = dictGet(state, 'bit_generator');
    const st = dictGet(state, 'state');
    if (bg === undefined || st === undefined) throw valueError('state dictionary is not valid.');
    bitgen = bg;
    inner = st;
    const hg = dictGet(state, 'has_gauss');
    const g = dictGet(state, 'gauss');
    if (hg !== undefined) hasGauss = hg;
    if (g !== undefined) gauss = g;
  } else if (state instanceof PyTuple || state instanceof PyList) {
    const items = state.items;
    if (items.length === 0) throw indexError('tuple index out of range');
    if (items[0] !== 'MT19937') throw valueError('set_state can only be used with legacy MT19937 state instances.');
    bitgen = items[0];
    inner = dictOf([['key', items[1]], ['pos', items[2]]]);
    if (items.length > 3) {
      hasGauss = items[3];
      gauss = items[4];
    }
  } else throw typeError('state must be a dict or a tuple.');
  if (bitgen !== 'MT19937') throw valueError('state must be for a MT19937 PRNG');
  const key = arrayFromPy(getItem(inner, 'key'));
  const pos = asIndex(getItem(inner, 'pos'));
  rng.setState(key.data as ArrayLike<number>, pos);
  rng.gaussCached = asIndex(hasGauss) ? pyNumber(gauss) : null;
  return null;
}
