// Generator.choice, shuffle and permutation: numpy's sampling algorithms (searchsorted on the
// CDF for p, Floyd's algorithm or a tail shuffle without replacement, Fisher-Yates with
// random_interval for shuffle) drawing exactly what numpy's _generator.pyx draws.
import { PyValue } from '../../interpreter/objects/core.js';
import { indexError, notImplementedError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PySlice, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { np } from './dtype.js';
import { NdArray, NumpyScalar, arrayFromPy, makeArray, numElements, writeBack } from './ndarray.js';
import { getItem } from './indexing.js';
import { normalizeAxis } from './errors.js';
import type { PCG64 } from './pcg64.js';
import { boundedIndex, randomInterval } from './pcg64-draws.js';
import { sizeShape } from './random-args.js';

const className = (v: PyValue): string => {
  const t = typeOf(v);
  return t.module && t.module !== 'builtins' ? `${t.module}.${t.qualname}` : t.qualname;
};

/** kahan_sum: how numpy totals p before checking it sums to 1. */
function kahanSum(p: Float64Array): number {
  let sum = p[0];
  let c = 0;
  for (let i = 1; i < p.length; i++) {
    const y = p[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** cdf = cumsum(p) / cdf[-1] (cumsum adds in order, as np.cumsum does). */
function normalizedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = acc += p[i];
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** searchsorted(cdf, u, side='right'): the first index whose cdf exceeds u. */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** _shuffle_int: Fisher-Yates from the end down to `first`, with unmasked Lemire draws. */
function shuffleIndices(bg: PCG64, data: Float64Array, n: number, first: number): void {
  for (let i = n - 1; i >= first; i--) {
    const j = boundedIndex(bg, i);
    const t = data[j];
    data[j] = data[i];
    data[i] = t;
  }
}

/** Without replacement and without p: a tail shuffle for big draws, else Floyd's algorithm. */
function sampleWithoutReplacement(bg: PCG64, pop: number, count: number, shuffle: boolean): Float64Array {
  const cutoff = shuffle ? 50 : 20;
  if (pop > 10000 && count > Math.floor(pop / cutoff)) {
    const idx = Float64Array.from({ length: pop }, (_, i) => i);
    shuffleIndices(bg, idx, pop, Math.max(pop - count, 1));
    return idx.slice(pop - count);
  }
  const idx = new Float64Array(count);
  const seen = new Set<number>();
  for (let j = pop - count; j < pop; j++) {
    const val = boundedIndex(bg, j);
    const pick = seen.has(val) ? j : val;
    seen.add(pick);
    idx[j - pop + count] = pick;
  }
  if (shuffle) shuffleIndices(bg, idx, count, 1);
  return idx;
}

/** Without replacement with p: rounds of CDF draws, zeroing found entries, until count unique. */
function sampleWeightedWithoutReplacement(bg: PCG64, p: Float64Array, count: number): Float64Array {
  if (p.reduce((n, x) => n + (x > 0 ? 1 : 0), 0) < count) throw valueError('Fewer non-zero entries in p than size');
  const weights = p.slice();
  const found = new Float64Array(count);
  let nUniq = 0;
  while (nUniq < count) {
    const u = Array.from({ length: count - nUniq }, () => bg.nextDouble());
    for (let k = 0; k < nUniq; k++) weights[found[k]] = 0;
    const cdf = normalizedCdf(weights);
    const fresh: number[] = [];
    for (const x of u) {
      const i = searchRight(cdf, x);
      if (!fresh.includes(i)) fresh.push(i); // np.unique's first occurrences, in draw order
    }
    found.set(fresh, nUniq);
    nUniq += fresh.length;
  }
  return found;
}

const choiceParams = pyParams('choice', ['a', 'size', 'replace', 'p', 'axis', 'shuffle'], { size: null, replace: true, p: null, axis: 0, shuffle: true });
export function choice(bg: PCG64, args: PyValue[], kwargs: Kwargs, integers: (args: PyValue[], kwargs: Kwargs) => PyValue): PyValue {
  const q = choiceParams(args, kwargs);
  const pool = arrayFromPy(q.a);
  const axis = asIndex(q.axis);
  const shape = sizeShape(q.size);
  const count = shape === null ? 1 : numElements(shape);
  let popSize: number;
  if (pool.ndim === 0) {
    if (!pool.dtype.isInt && pool.dtype !== np.bool) throw valueError(`a must be a sequence or an integer, not <class '${className(q.a)}'>`);
    popSize = pool.data[0];
    if (popSize <= 0 && count !== 0) throw valueError('a must be a positive integer unless no samples are taken');
  } else {
    const ax = axis < 0 ? axis + pool.ndim : axis;
    if (ax < 0 || ax >= pool.ndim) throw indexError('tuple index out of range'); // numpy reads a.shape[axis]
    popSize = pool.shape[ax];
    if (popSize === 0 && count !== 0) throw valueError('a cannot be empty unless no samples are taken');
  }
  let p: Float64Array | null = null;
  if (q.p !== null) {
    const pa = arrayFromPy(q.p, np.float64);
    if (pa.ndim === 0) throw typeError('len() of unsized object');
    const srcDtype = q.p instanceof NdArray ? q.p.dtype : null;
    const atol = Math.max(Math.sqrt(2 ** -52), srcDtype === np.float32 ? Math.sqrt(2 ** -23) : 0);
    if (pa.ndim !== 1) throw valueError('p must be 1-dimensional');
    if (pa.size !== popSize) throw valueError('a and p must have same size');
    p = Float64Array.from(pa.data);
    const total = kahanSum(p);
    if (Number.isNaN(total)) throw valueError('Probabilities contain NaN');
    if (p.some((x) => x < 0)) throw valueError('Probabilities are not non-negative');
    if (Math.abs(total - 1) > atol) throw valueError('Probabilities do not sum to 1. See Notes section of docstring for more information.');
  }
  let idx: Float64Array;
  if (isTruthy(q.replace)) {
    if (p !== null) {
      const cdf = normalizedCdf(p);
      idx = new Float64Array(count);
      for (let k = 0; k < count; k++) idx[k] = searchRight(cdf, bg.nextDouble());
    } else {
      const drawn = integers([0, popSize], new Map([['size', shape === null ? null : q.size]]));
      idx = shape === null ? Float64Array.of(Number((drawn as NumpyScalar).value)) : Float64Array.from((drawn as NdArray).data);
    }
  } else {
    if (count > popSize) throw valueError('Cannot take a larger sample than population when replace is False');
    idx = p !== null ? sampleWeightedWithoutReplacement(bg, p, count) : sampleWithoutReplacement(bg, popSize, count, isTruthy(q.shuffle));
  }
  if (shape === null) {
    // One sample: a Python int for an int population, else the element (or slice) of a.
    if (pool.ndim === 0) return idx[0];
    return pool.ndim === 1 ? new NumpyScalar(pool.dtype, pool.data[idx[0]]) : takeAlong(pool, idx[0], axis);
  }
  const indices = makeArray(np.int64, shape, idx);
  if (pool.ndim === 0) return indices;
  if (pool.ndim === 1) return makeArray(pool.dtype, shape, Array.from(idx, (i) => pool.data[i]));
  return takeAlong(pool, indices, axis);
}

/** a.take(indices, axis): index `axis` with `indices`, every other axis whole. */
function takeAlong(a: NdArray, indices: PyValue, axis: number): PyValue {
  const ax = normalizeAxis(axis, a.ndim);
  return getItem(a, new PyTuple(a.shape.map((_, i) => (i === ax ? indices : new PySlice(null, null, null)))));
}

/** Fisher-Yates over the first axis with random_interval, as Generator.shuffle draws. */
function shuffleRows(bg: PCG64, a: NdArray): void {
  const n = a.shape[0];
  const row = numElements(a.shape.slice(1));
  for (let i = n - 1; i > 0; i--) {
    const j = randomInterval(bg, i);
    if (i === j) continue;
    if (row === 1) {
      const t = a.data[j];
      a.data[j] = a.data[i];
      a.data[i] = t;
      continue;
    }
    const tmp = a.data.slice(j * row, (j + 1) * row);
    a.data.copyWithin(j * row, i * row, (i + 1) * row);
    a.data.set(tmp, i * row);
  }
}

/** The order Generator.shuffle leaves n items in: Fisher-Yates from the end with random_interval. */
function shuffledOrder(bg: PCG64, n: number): Float64Array {
  const order = Float64Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInterval(bg, i);
    const t = order[j];
    order[j] = order[i];
    order[i] = t;
  }
  return order;
}

/** Shuffles `a` in place along `axis` (the same draws as shuffling the swapped axis' rows). */
function shuffleAlong(bg: PCG64, a: NdArray, axis: number): void {
  const ax = normalizeAxis(axis, a.ndim);
  if (ax === 0) return shuffleRows(bg, a);
  const moved = takeAlong(a, makeArray(np.int64, [a.shape[ax]], shuffledOrder(bg, a.shape[ax])), ax) as NdArray;
  a.data.set(moved.data);
}

const shuffleParams = pyParams('shuffle', ['x', 'axis'], { axis: 0 });
export function shuffle(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const { x, axis } = shuffleParams(args, kwargs);
  if (x instanceof NdArray) {
    if (x.ndim === 0) throw typeError('len() of unsized object');
    if (x.size === 0) return null;
    shuffleAlong(bg, x, asIndex(axis));
    writeBack(x);
  } else if (x instanceof PyList) {
    if (asIndex(axis) !== 0) throw notImplementedError('Axis argument is only supported on ndarray objects');
    for (let i = x.items.length - 1; i > 0; i--) {
      const j = randomInterval(bg, i);
      [x.items[i], x.items[j]] = [x.items[j], x.items[i]];
    }
  } else throw typeError(`object of type '${typeOf(x).name}' has no len()`);
  return null;
}

const permutationParams = pyParams('permutation', ['x', 'axis'], { axis: 0 });
export function permutation(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const { x, axis } = permutationParams(args, kwargs);
  if (typeof x === 'number' || typeof x === 'bigint' || (x instanceof NumpyScalar && x.dtype.isInt)) {
    // An int n permutes arange(n); axis is not consulted.
    const n = Math.max(x instanceof NumpyScalar ? x.value : Number(x), 0);
    const a = makeArray(np.int64, [n], Float64Array.from({ length: n }, (_, i) => i));
    if (n > 0) shuffleRows(bg, a);
    return a;
  }
  const a = arrayFromPy(x);
  const ax = normalizeAxis(asIndex(axis), a.ndim);
  if (a.size > 0) shuffleAlong(bg, a, ax);
  return a;
}
