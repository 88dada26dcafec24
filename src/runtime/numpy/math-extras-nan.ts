// numpy's NaN-ignoring reductions (lib/_nanfunctions_impl.py), average and ptp. Most follow
// numpy's recipe literally so the summation order and roundings are numpy's: NaNs are replaced by
// the operation's identity and the ordinary reduction (reductions.ts) runs; the mean divides by
// the count of non-NaN values; the variance subtracts that mean, zeroes the NaN places, squares
// and sums again.
import { PyValue } from '../../interpreter/objects/core.js';
import { pyExc, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpDType, dtypeArg, np, promoteTypes } from './dtype.js';
import { NdArray, makeArray, numElements, wrapResult } from './ndarray.js';
import { applyBinary, checkSubtract, floatUnary, multiply, operandOrThrow, subtract } from './ufuncs.js';
import { axisArg } from './reduce-api.js';
import * as R from './reductions.js';
import { warnAtCaller } from './warn-at-caller.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => operandOrThrow(v).arr;
const strong = (a: NdArray) => ({ arr: a, weak: null, py: a });
/** float32 rounding for a value stored into `t` (float16 is rounded once, by makeArray). */
const roundTo = (t: NpDType) => (t.kind === 'f' && t.itemsize === 4 ? Math.fround : (x: number) => x);

/** Keyword arguments numpy takes that tfts does not implement: refused rather than ignored. */
function refuse(name: string, p: Record<string, PyValue>, keys: string[]): void {
  for (const k of keys) {
    if (k in p && p[k] !== null && !(k === 'where' && p[k] === true)) throw valueError(`tfts: np.${name}(${k}=...) is not supported`);
  }
}

/** `a` with its NaNs replaced by `value` (a itself when it holds no floats). */
function replaceNan(a: NdArray, value: number): NdArray {
  if (a.dtype.kind !== 'f') return a;
  const out = new a.dtype.Storage(a.size);
  const d = a.data;
  for (let i = 0; i < out.length; i++) out[i] = d[i] === d[i] ? d[i] : value;
  return new NdArray(a.dtype, a.shape.slice(), out);
}

/** 1 where `a` holds a value, 0 where a NaN, as int64. */
function notNan(a: NdArray): NdArray {
  const out = new Float64Array(a.size);
  const d = a.data;
  for (let i = 0; i < out.length; i++) out[i] = d[i] === d[i] ? 1 : 0;
  return new NdArray(np.int64, a.shape.slice(), out);
}

/** The count of non-NaN values per output element, as int64. */
function nonNanCount(a: NdArray, axes: number[] | null, keepdims: boolean): NdArray {
  return R.sum(notNan(a), axes, keepdims);
}

/** x / count per element, rounded into x's dtype (numpy's _divide_by_count). */
function divideByCount(x: NdArray, count: NdArray): NdArray {
  const r = roundTo(x.dtype);
  return makeArray(x.dtype, x.shape.slice(), Array.from(x.data, (v, i) => r(v / count.data[count.size === 1 ? 0 : i])));
}

const common = { axis: null, dtype: null, out: null, keepdims: false };
const sumParams = (name: string) => pyParams(name, ['a', 'axis', 'dtype', 'out', 'keepdims', 'initial', 'where'], { ...common, initial: null, where: true });

function nanSumLike(name: string, isProd: boolean): Fn {
  const params = sumParams(name);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    refuse(name, p, ['out', 'initial', 'where']);
    const a = replaceNan(arr(p.a), isProd ? 1 : 0);
    const keep = isTruthy(p.keepdims);
    if (isProd) return wrapResult(R.prod(a, axisArg(p.axis), keep));
    return wrapResult(R.sum(a, axisArg(p.axis), keep, dtypeArg(p.dtype)));
  };
}

const meanParams = pyParams('nanmean', ['a', 'axis', 'dtype', 'out', 'keepdims'], { ...common, where: true }, ['where']);
function nanmean(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = meanParams(args, kwargs);
  refuse('nanmean', p, ['out', 'where']);
  const a = arr(p.a);
  const axes = axisArg(p.axis);
  const keep = isTruthy(p.keepdims);
  if (a.dtype.kind !== 'f') return wrapResult(R.mean(a, axes, keep, dtypeArg(p.dtype)));
  const count = nonNanCount(a, axes, keep);
  const total = R.sum(replaceNan(a, 0), axes, keep, dtypeArg(p.dtype));
  if (count.data.some((c) => c === 0)) warnAtCaller('Mean of empty slice');
  return wrapResult(divideByCount(total, count));
}

/** nanvar's steps; `sqrt` for nanstd. */
function nanVariance(a: NdArray, axes: number[] | null, keep: boolean, ddof: number, dtype: NpDType | null, sqrt: boolean): NdArray {
  if (a.dtype.kind !== 'f') {
    const v = R.variance(a, axes, keep, ddof, sqrt);
    return v;
  }
  const zeroed = replaceNan(a, 0);
  const count = nonNanCount(a, axes, true);
  const mean = divideByCount(R.sum(zeroed, axes, true, dtype), count);
  const dev = applyBinary(subtract, strong(zeroed), strong(mean));
  const t = a.dtype;
  // np.subtract(arr, avg, out=arr, casting='unsafe'): the deviations land in a's dtype.
  const devs = new NdArray(t, a.shape.slice(), new t.Storage(a.size));
  for (let i = 0; i < a.size; i++) devs.data[i] = a.data[i] === a.data[i] ? dev.data[i] : 0;
  const sq = applyBinary(multiply, strong(devs), strong(devs));
  const total = R.sum(sq, axes, keep, dtype);
  const dofs = R.sum(notNan(a), axes, keep);
  const r = roundTo(total.dtype);
  let bad = false;
  const out = Array.from(total.data, (v, i) => {
    const dof = dofs.data[dofs.size === 1 ? 0 : i] - ddof;
    if (dof <= 0) {
      bad = true;
      return NaN;
    }
    return r(v / dof);
  });
  if (bad) warnAtCaller('Degrees of freedom <= 0 for slice.');
  const v = makeArray(total.dtype, total.shape.slice(), out);
  return sqrt ? floatUnary('sqrt', v) : v;
}

function nanVarFn(name: string, sqrt: boolean): Fn {
  const params = pyParams(name, ['a', 'axis', 'dtype', 'out', 'ddof', 'keepdims'], { ...common, ddof: 0, where: true, mean: null, correction: null }, ['where', 'mean', 'correction']);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    refuse(name, p, ['out', 'where', 'mean']);
    const ddof = p.correction !== null ? asIndex(p.correction) : asIndex(p.ddof);
    return wrapResult(nanVariance(arr(p.a), axisArg(p.axis), isTruthy(p.keepdims), ddof, dtypeArg(p.dtype), sqrt));
  };
}

/** Per output element, the values of its lane: `fold` combines them. */
function reduceLanes(a: NdArray, axes: number[] | null, keep: boolean, empty: () => never, fold: (lane: Float64Array) => number): NdArray {
  const ax = R.normalizeAxes(axes, a.ndim);
  const kept = [...a.shape.keys()].filter((i) => !ax.includes(i));
  const len = numElements(ax.map((i) => a.shape[i]));
  const n = numElements(kept.map((i) => a.shape[i]));
  if (len === 0) empty();
  const values = R.permute(a.data, a.shape, [...kept, ...ax]);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = fold(values.subarray(i * len, (i + 1) * len));
  const shape = keep ? a.shape.map((s, i) => (ax.includes(i) ? 1 : s)) : kept.map((i) => a.shape[i]);
  return makeArray(a.dtype, shape, out);
}

function nanExtremum(name: string, isMax: boolean): Fn {
  const params = pyParams(name, ['a', 'axis', 'out', 'keepdims', 'initial', 'where'], { axis: null, out: null, keepdims: false, initial: null, where: true });
  const ufunc = isMax ? 'fmax' : 'fmin';
  return (args, kwargs) => {
    const p = params(args, kwargs);
    refuse(name, p, ['out', 'initial', 'where']);
    const a = arr(p.a);
    const keep = isTruthy(p.keepdims);
    const r = reduceLanes(a, axisArg(p.axis), keep, () => { throw valueError(`zero-size array to reduction operation ${ufunc} which has no identity`); }, (lane) => {
      let best = NaN;
      for (const v of lane) if (Number.isNaN(best) || (isMax ? v > best : v < best)) best = Number.isNaN(v) ? best : v;
      return best;
    });
    // numpy words it by the input's kind: ndarrays reduce through fmin.reduce, others elementwise.
    if (a.dtype.kind === 'f' && r.data.some(Number.isNaN)) warnAtCaller(p.a instanceof NdArray ? 'All-NaN slice encountered' : 'All-NaN axis encountered');
    return wrapResult(r);
  };
}

function nanArgExtremum(name: string, isMax: boolean): Fn {
  const params = pyParams(name, ['a', 'axis', 'out'], { axis: null, out: null, keepdims: false }, ['keepdims']);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    refuse(name, p, ['out']);
    const a = arr(p.a);
    const axis = p.axis === null ? null : asIndex(p.axis);
    if (a.dtype.kind === 'f' && a.size > 0) {
      const allNan = reduceLanes(a, axis === null ? null : [axis], false, () => { throw valueError(''); }, (lane) => (lane.every(Number.isNaN) ? 1 : 0));
      if (allNan.data.some((x) => x !== 0)) throw valueError('All-NaN slice encountered');
    }
    return wrapResult(R.argExtremum(replaceNan(a, isMax ? -Infinity : Infinity), axis, isTruthy(p.keepdims), isMax));
  };
}

function nanCumulative(name: string, isProd: boolean): Fn {
  const params = pyParams(name, ['a', 'axis', 'dtype', 'out'], { axis: null, dtype: null, out: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    refuse(name, p, ['out', 'dtype']);
    return R.cumulative(replaceNan(arr(p.a), isProd ? 1 : 0), p.axis === null ? null : asIndex(p.axis), isProd);
  };
}

const ptpParams = pyParams('ptp', ['a', 'axis', 'out', 'keepdims'], { axis: null, out: null, keepdims: false });
function ptp(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = ptpParams(args, kwargs);
  refuse('ptp', p, ['out']);
  const a = arr(p.a);
  const axes = axisArg(p.axis);
  const keep = isTruthy(p.keepdims);
  const hi = R.extremum(a, axes, keep, true);
  const lo = R.extremum(a, axes, keep, false);
  checkSubtract(strong(hi), strong(lo));
  return wrapResult(applyBinary(subtract, strong(hi), strong(lo)));
}

const averageParams = pyParams('average', ['a', 'axis', 'weights', 'returned'], { axis: null, weights: null, returned: false, keepdims: false }, ['keepdims']);
function average(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = averageParams(args, kwargs);
  const a = arr(p.a);
  const axes = axisArg(p.axis);
  const keep = isTruthy(p.keepdims);
  let avg: NdArray;
  let scl: NdArray;
  if (p.weights === null) {
    avg = R.mean(a, axes, keep);
    scl = makeArray(avg.dtype, [], [a.size / Math.max(avg.size, 1)]);
  } else {
    let w = arr(p.weights);
    const sameShape = a.ndim === w.ndim && a.shape.every((s, i) => s === w.shape[i]);
    const t = a.dtype.kind === 'f' ? promoteTypes(a.dtype, w.dtype) : promoteTypes(promoteTypes(a.dtype, w.dtype), np.float64);
    if (!sameShape) {
      if (axes === null) throw typeError('Axis must be specified when shapes of a and weights differ.');
      const given = axes.map((x) => (x < 0 ? x + a.ndim : x));
      R.normalizeAxes(axes, a.ndim);
      if (w.ndim !== given.length || w.shape.some((s, i) => s !== a.shape[given[i]])) {
        throw valueError('Shape of weights must be consistent with shape of a along specified axis.');
      }
      // Weights along `axis` only, in a's axis order, with 1s elsewhere (broadcast by multiply).
      const order = given.map((_, i) => i).sort((i, j) => given[i] - given[j]);
      const data = R.permute(w.data, w.shape, order);
      w = makeArray(w.dtype, a.shape.map((s, i) => (given.includes(i) ? s : 1)), data);
    }
    const wt = makeArray(t, w.shape.slice(), w.data);
    scl = R.sum(wt, axes, keep, t);
    if (scl.data.some((x) => x === 0)) throw pyExc('ZeroDivisionError', "Weights sum to zero, can't be normalized");
    const prod = applyBinary(multiply, strong(makeArray(t, a.shape.slice(), a.data)), strong(wt));
    const total = R.sum(prod, axes, keep, t);
    const r = roundTo(t);
    avg = makeArray(t, total.shape.slice(), Array.from(total.data, (x, i) => r(x / scl.data[scl.size === 1 ? 0 : i])));
  }
  if (!isTruthy(p.returned)) return wrapResult(avg);
  if (scl.size !== avg.size || scl.ndim !== avg.ndim) scl = makeArray(scl.dtype, avg.shape.slice(), new Float64Array(avg.size).fill(scl.data[0]));
  return new PyTuple([wrapResult(avg), wrapResult(scl)]);
}

export const nanFunctions: Record<string, Fn> = {
  nansum: nanSumLike('nansum', false),
  nanprod: nanSumLike('nanprod', true),
  nanmean,
  nanvar: nanVarFn('nanvar', false),
  nanstd: nanVarFn('nanstd', true),
  nanmin: nanExtremum('nanmin', false),
  nanmax: nanExtremum('nanmax', true),
  nanargmin: nanArgExtremum('nanargmin', false),
  nanargmax: nanArgExtremum('nanargmax', true),
  nancumsum: nanCumulative('nancumsum', false),
  nancumprod: nanCumulative('nancumprod', true),
  ptp,
  average,
};
