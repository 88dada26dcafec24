// np.set_printoptions / np.get_printoptions: the options live in the printing layer, where TF's
// tensor printing reads them too (TF prints through numpy).
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyDict, PyFloat } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { setItem } from '../../interpreter/ops/items.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { DEFAULT_PRINT_OPTIONS, printOptions } from '../printing/index.js';

const names = ['precision', 'threshold', 'edgeitems', 'linewidth', 'suppress', 'nanstr', 'infstr', 'formatter', 'sign', 'floatmode', 'legacy', 'override_repr'];
const setParams = pyParams('set_printoptions', names, Object.fromEntries(names.map((n) => [n, null])));

export function setPrintoptions(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = setParams(args, kwargs);
  for (const n of ['nanstr', 'infstr', 'formatter', 'sign', 'floatmode', 'legacy', 'override_repr']) {
    if (p[n] !== null) throw valueError(`set_printoptions: '${n}' is not supported by tfts`);
  }
  const count = (v: PyValue, what: string) => {
    const n = asIndex(v);
    if (n < 0) throw valueError(`${what} must be >= 0`);
    return n;
  };
  if (p.precision !== null) printOptions.precision = count(p.precision, 'precision');
  if (p.threshold !== null) {
    if (p.threshold instanceof PyFloat && Number.isNaN(p.threshold.v)) throw valueError('threshold must be non-NAN, try sys.maxsize for untruncated representation');
    printOptions.threshold = p.threshold instanceof PyFloat ? p.threshold.v : typeof p.threshold === 'bigint' ? Number(p.threshold) : count(p.threshold, 'threshold');
  }
  if (p.edgeitems !== null) printOptions.edgeitems = count(p.edgeitems, 'edgeitems');
  if (p.linewidth !== null) printOptions.linewidth = count(p.linewidth, 'linewidth');
  if (p.suppress !== null) printOptions.suppress = isTruthy(p.suppress);
  return null;
}

export function getPrintoptions(): PyValue {
  const d = new PyDict();
  const entries: [string, PyValue][] = [
    ['edgeitems', printOptions.edgeitems], ['threshold', printOptions.threshold], ['floatmode', 'maxprec'],
    ['precision', printOptions.precision], ['suppress', printOptions.suppress], ['linewidth', printOptions.linewidth],
    ['nanstr', 'nan'], ['infstr', 'inf'], ['sign', '-'], ['formatter', null], ['legacy', false], ['override_repr', null],
  ];
  for (const [k, v] of entries) setItem(d, k, v);
  return d;
}

export function resetPrintoptions(): void {
  Object.assign(printOptions, DEFAULT_PRINT_OPTIONS);
}

