// np.random: the legacy global RandomState (MT19937), with numpy's draw order so seeded
// scripts print numpy's numbers: seed, rand, randn, randint, choice, shuffle, permutation,
// normal, uniform, random.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat, PyList } from '../../interpreter/objects/values.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { builtinFunction, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { MT19937 } from './mt19937.js';
import { cLog } from '../../interpreter/stdlib/libm.js';
import { dtypeArg, np } from './dtype.js';
import { NdArray, arrayFromPy, makeArray, numElements, pyNumber, writeBack } from './ndarray.js';
import { getItem } from './indexing.js';
import { shapeArg } from './shape.js';
import { operandOrThrow } from './ufuncs.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { registerGeneratorApi } from './random-generator.js';
import { legacyDistributions } from './random-legacy-api.js';
import { cyParams } from './random-args.js';
import { warnAtCaller } from './warn-at-caller.js';
import { str as strOf } from '../../interpreter/ops/text.js';

const freshSeed = () => Math.floor(Math.random() * 2 ** 32);

/** glibc's log, for numpy-identical gaussians (not TF's float64 log kernel, which is Eigen's). */
function libmLog(x: Float64Array): Float64Array {
  return x.map(cLog);
}

function gaussians(rng: MT19937, shape: number[] | null): PyValue {
  const values = rng.gaussMany(shape === null ? 1 : numElements(shape), libmLog);
  return shape === null ? new PyFloat(values[0]) : makeArray(np.float64, shape, values);
}

function sizeArg(v: PyValue): number[] | null {
  return v === null ? null : shapeArg(v);
}

/** n draws as an array of `shape`, or one Python float when no size was given. */
function draws(shape: number[] | null, draw: () => number, dtype = np.float64): PyValue {
  if (shape === null) return new PyFloat(draw());
  const n = numElements(shape);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return makeArray(dtype, shape, out);
}

/** Distribution parameters that may be arrays broadcast against size (normal(mu_array, 1)). */
function withParams(size: PyValue, params: PyValue[], source: (n: number) => Float64Array, draw: (p: number[], u: number) => number): PyValue {
  const arrays = params.map((p) => operandOrThrow(p).arr);
  const scalar = size === null && arrays.every((a) => a.ndim === 0);
  const shape = size === null ? broadcastShapes(...arrays.map((a) => a.shape)) : shapeArg(size);
  const maps = arrays.map((a) => broadcastIndex(a.shape, shape));
  const n = numElements(shape);
  const u = source(n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw(arrays.map((a, k) => a.data[a.ndim === 0 ? 0 : maps[k] ? maps[k]![i] : i]), u[i]);
  return scalar ? new PyFloat(out[0]) : makeArray(np.float64, shape, out);
}
const uniforms = (rng: MT19937) => (n: number) => Float64Array.from({ length: n }, () => rng.nextDouble());

function seed(rng: MT19937, args: PyValue[]): PyValue {
  const s = args.length ? args[0] : null;
  if (s === null) {
    rng.seed(freshSeed());
    return null;
  }
  const v = typeof s === 'bigint' ? Number(s) : asIndex(s);
  if (v < 0 || v > 2 ** 32 - 1) throw valueError('Seed must be between 0 and 2**32 - 1');
  rng.seed(v);
  return null;
}

const randintParams = pyParams('randint', ['low', 'high', 'size', 'dtype'], { high: null, size: null, dtype: 'int64' });
function randint(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const p = randintParams(args, kwargs);
  let lo = pyNumber(p.low);
  let hi: number;
  if (p.high === null) {
    hi = lo;
    lo = 0;
  } else hi = pyNumber(p.high);
  if (lo >= hi) throw valueError('low >= high');
  const dtype = dtypeArg(p.dtype) ?? np.int64;
  const range = hi - lo - 1;
  const draw = () => lo + rng.interval(range);
  if (p.size === null) return draw();
  const shape = shapeArg(p.size);
  const n = numElements(shape);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return makeArray(dtype, shape, out);
}

/** Fisher-Yates from the end, as the legacy shuffle draws its indices. */
function shuffleArray(rng: MT19937, a: NdArray): void {
  const n = a.shape[0];
  const row = numElements(a.shape.slice(1));
  for (let i = n - 1; i > 0; i--) {
    const j = rng.interval(i);
    if (i === j) continue;
    const tmp = a.data.slice(j * row, (j + 1) * row);
    a.data.copyWithin(j * row, i * row, (i + 1) * row);
    a.data.set(tmp, i * row);
  }
}

function shuffle(rng: MT19937, args: PyValue[]): PyValue {
  const x = args[0];
  if (x instanceof NdArray) {
    if (x.ndim === 0) throw typeError('object of type \'numpy.ndarray\' has no len()');
    shuffleArray(rng, x);
    writeBack(x);
  } else if (x instanceof PyList) {
    for (let i = x.items.length - 1; i > 0; i--) {
      const j = rng.interval(i);
      [x.items[i], x.items[j]] = [x.items[j], x.items[i]];
    }
  } else throw typeError('shuffle requires a mutable sequence');
  return null;
}

function permutation(rng: MT19937, args: PyValue[]): PyValue {
  const x = args[0];
  let a: NdArray;
  if (typeof x === 'number' || typeof x === 'bigint') {
    const n = Number(x);
    a = makeArray(np.int64, [n], Array.from({ length: n }, (_, i) => i));
  } else {
    a = arrayFromPy(x);
    if (a.ndim === 0) throw valueError('x must be an integer or at least 1-dimensional');
  }
  shuffleArray(rng, a);
  return a;
}

const choiceParams = pyParams('choice', ['a', 'size', 'replace', 'p'], { size: null, replace: true, p: null });
function choice(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = choiceParams(args, kwargs);
  const isInt = typeof q.a === 'number' || typeof q.a === 'bigint';
  const pool = isInt ? null : arrayFromPy(q.a);
  if (pool && pool.ndim !== 1) throw valueError('a must be 1-dimensional');
  const popSize = isInt ? Number(q.a) : pool!.shape[0];
  const shape = sizeArg(q.size);
  const count = shape === null ? 1 : numElements(shape);
  if (popSize <= 0 && count !== 0) throw valueError("'a' cannot be empty unless no samples are taken");
  if (isInt && popSize < 0) throw valueError('a must be greater than 0 unless no samples are taken');
  const idx = new Float64Array(count);
  if (isTruthy(q.replace)) {
    if (q.p !== null) {
      const p = arrayFromPy(q.p, np.float64);
      if (p.size !== popSize) throw valueError("'a' and 'p' must have same size");
      if (p.data.some((x) => x < 0)) throw valueError('probabilities are not non-negative');
      const cdf = new Float64Array(popSize);
      let acc = 0;
      for (let i = 0; i < popSize; i++) cdf[i] = acc += p.data[i];
      if (Math.abs(acc - 1) > Math.sqrt(Number.EPSILON)) throw valueError('probabilities do not sum to 1');
      for (let i = 0; i < popSize; i++) cdf[i] /= cdf[popSize - 1];
      for (let k = 0; k < count; k++) {
        const u = rng.nextDouble();
        let lo = 0;
        while (lo < popSize && cdf[lo] <= u) lo++;
        idx[k] = lo;
      }
    } else for (let k = 0; k < count; k++) idx[k] = rng.interval(popSize - 1);
  } else {
    if (count > popSize) throw valueError("Cannot take a larger sample than population when 'replace=False'");
    if (q.p !== null) throw valueError('choice without replacement and with p is not supported');
    const perm = makeArray(np.int64, [popSize], Array.from({ length: popSize }, (_, i) => i));
    shuffleArray(rng, perm);
    idx.set(perm.data.subarray(0, count));
  }
  if (shape === null) {
    if (isInt) return q.replace !== false && q.p === null ? idx[0] : getItem(makeArray(np.int64, [1], idx), 0);
    return getItem(pool!, idx[0]);
  }
  const indices = makeArray(np.int64, shape, idx);
  return isInt ? indices : getItem(pool!, indices);
}

const randomIntegersParams = cyParams('random_integers', ['low', 'high', 'size'], { high: null, size: null });
/** The deprecated random_integers: a DeprecationWarning, then randint(low, int(high) + 1). */
function randomIntegers(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  let { low, high } = randomIntegersParams(args, kwargs);
  const { size } = randomIntegersParams(args, kwargs);
  if (high === null) {
    warnAtCaller(`This function is deprecated. Please call randint(1, ${strOf(low)} + 1) instead`, 'DeprecationWarning');
    high = low;
    low = 1;
  } else warnAtCaller(`This function is deprecated. Please call randint(${strOf(low)}, ${strOf(high)} + 1) instead`, 'DeprecationWarning');
  return randint(rng, [low, Math.trunc(pyNumber(high)) + 1, size, 'l'], null);
}

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const sizeOnly = (name: string, draw: () => number): Fn => {
  const params = pyParams(name, ['size'], { size: null });
  return (args, kwargs) => draws(sizeArg(params(args, kwargs).size), draw);
};
const shapeArgs = (draw: () => number): Fn => (args) => draws(args.length ? args.map(asIndex) : null, draw);

const uniformParams = pyParams('uniform', ['low', 'high', 'size'], { low: new PyFloat(0), high: new PyFloat(1), size: null });

/** The legacy RandomState API drawing from `rng`. */
function randomFunctions(rng: MT19937): Record<string, Fn> {
  return {
    ...legacyDistributions(rng),
    seed: (args) => seed(rng, args),
    rand: shapeArgs(() => rng.nextDouble()),
    randn: (args) => gaussians(rng, args.length ? args.map(asIndex) : null),
    random: sizeOnly('random', () => rng.nextDouble()),
    random_sample: sizeOnly('random_sample', () => rng.nextDouble()),
    sample: sizeOnly('sample', () => rng.nextDouble()),
    standard_normal: (args) => gaussians(rng, sizeArg(args.length ? args[0] : null)),
    randint: (args, kwargs) => randint(rng, args, kwargs),
    random_integers: (args, kwargs) => randomIntegers(rng, args, kwargs),
    choice: (args, kwargs) => choice(rng, args, kwargs),
    shuffle: (args) => shuffle(rng, args),
    permutation: (args) => permutation(rng, args),
    uniform: (args, kwargs) => {
      const p = uniformParams(args, kwargs);
      return withParams(p.size, [p.low, p.high], uniforms(rng), ([lo, hi], u) => lo + (hi - lo) * u);
    },
  };
}

/** np.random.RandomState(seed): its own generator with the same methods as the module. */
class RandomState implements PyObject {
  readonly rng = new MT19937(freshSeed());
  readonly fns = randomFunctions(this.rng);
  get cls(): PyType {
    return randomStateType;
  }
}
const randomStateType = new PyType('RandomState', [objectType], 'numpy.random.mtrand');
for (const name of Object.keys(randomFunctions(new MT19937()))) {
  defineMethod(randomStateType, name, (self, args, kwargs) => (self as RandomState).fns[name](args, kwargs));
}
randomStateType.construct = (_cls, args) => {
  const r = new RandomState();
  if (args.length && args[0] !== null) seed(r.rng, args);
  return r;
};

export function createRandomModule(): PyModule {
  const m = new PyModule('numpy.random');
  const fns = randomFunctions(new MT19937(freshSeed()));
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, builtinFunction(k, f));
  m.dict.set('ranf', builtinFunction('ranf', fns.random_sample)); // the module-level alias
  m.dict.set('RandomState', randomStateType);
  registerGeneratorApi(m);
  return m;
}
