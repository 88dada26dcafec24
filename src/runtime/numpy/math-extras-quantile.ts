// np.quantile / nanquantile / nanpercentile / nanmedian, following numpy's _quantile: each lane is
// sorted, a "virtual index" per q picks the two neighbouring order statistics and _lerp blends
// them (a + (b-a)*t, or b - (b-a)*(1-t) for t >= 0.5). Discrete methods (lower, higher, nearest,
// inverted_cdf, closest_observation) take one element and keep the input dtype.
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpDType, np, promoteTypes } from './dtype.js';
import { NdArray, castValues, makeArray, numElements, wrapResult } from './ndarray.js';
import { axisArg } from './reduce-api.js';
import { normalizeAxes, permute } from './reductions.js';
import { operandOrThrow, roundHalfEven } from './ufuncs.js';
import { warnAtCaller } from './warn-at-caller.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

/** The virtual index of quantile q in n sorted values, and whether it is an integer index. */
type VirtualIndex = (n: number, q: number) => number;
const hf = (alpha: number, beta: number): VirtualIndex => (n, q) => n * q + (alpha + q * (1 - alpha - beta)) - 1;
/** numpy's _discrete_interpolation_to_boundaries: floor, or floor+1 unless `atFloor`. */
const discrete = (shift: number, atFloor: (g: number, idx: number) => boolean): VirtualIndex => (n, q) => {
  const idx = n * q - 1 - shift;
  const prev = Math.floor(idx);
  const r = atFloor(idx - prev, idx) ? prev : prev + 1;
  return r < 0 ? 0 : r;
};
interface Method { index: VirtualIndex; discrete: boolean; gamma?: (g: number, idx: number) => number; median?: boolean }
const methods: Record<string, Method> = {
  inverted_cdf: { index: discrete(0, (g) => g === 0), discrete: true },
  averaged_inverted_cdf: { index: (n, q) => n * q - 1, discrete: false, gamma: (g) => (g === 0 ? 0.5 : 1) },
  closest_observation: { index: discrete(0.5, (g, idx) => g === 0 && Math.floor(idx) % 2 === 1), discrete: true },
  interpolated_inverted_cdf: { index: hf(0, 1), discrete: false },
  hazen: { index: hf(0.5, 0.5), discrete: false },
  weibull: { index: hf(0, 0), discrete: false },
  linear: { index: (n, q) => (n - 1) * q, discrete: false },
  median_unbiased: { index: hf(1 / 3, 1 / 3), discrete: false },
  normal_unbiased: { index: hf(3 / 8, 3 / 8), discrete: false },
  lower: { index: (n, q) => Math.floor((n - 1) * q), discrete: true },
  higher: { index: (n, q) => Math.ceil((n - 1) * q), discrete: true },
  midpoint: { index: (n, q) => 0.5 * (Math.floor((n - 1) * q) + Math.ceil((n - 1) * q)), discrete: false, gamma: (_g, idx) => (idx % 1 === 0 ? 0 : 0.5) },
  nearest: { index: (n, q) => roundHalfEven((n - 1) * q), discrete: true },
};

/** 'linear' at integer q (0 or 1): numpy takes the element, as the discrete methods do. */
const linearAtIntegers: Method = { index: (n, q) => (n - 1) * q, discrete: true };

function methodOf(name: PyValue): Method {
  const m = typeof name === 'string' ? methods[name] : undefined;
  if (m === undefined) {
    const keys = Object.keys(methods).map((k) => `'${k}'`).join(', ');
    throw valueError(`${typeof name === 'string' ? `'${name}'` : String(name)} is not a valid method. Use one of: dict_keys([${keys}])`);
  }
  return m;
}

const wrapInt = (t: NpDType, x: number) => {
  if (!t.isInt) return x;
  const bits = t.itemsize * 8;
  if (bits > 32) return x;
  const m = 2 ** bits;
  let v = ((x % m) + m) % m;
  if (t.kind === 'i' && v >= m / 2) v -= m;
  return v;
};

/** Rounding to float16, as numpy's half loops store each step. */
const toHalf = (x: number) => castValues([x], np.float16)[0];

/** The quantiles `qs` of one sorted lane (NaNs last) of dtype `t`, interpolated in dtype `ct`.
 *  `out` receives one value per q at stride `stride`. */
function laneQuantiles(sorted: Float64Array, t: NpDType, ct: NpDType, qs: number[], m: Method, out: Float64Array, at: number, stride: number): void {
  const n = sorted.length;
  const hasNan = t.kind === 'f' && n > 0 && Number.isNaN(sorted[n - 1]);
  const rounder = (u: NpDType) => (u.kind !== 'f' || u.itemsize === 8 ? (x: number) => x : u.itemsize === 4 ? Math.fround : toHalf);
  const r = rounder(ct);
  // b - a runs in the lane's own dtype (previous/next are taken from it); the rest in ct.
  const rd = rounder(t);
  for (let k = 0; k < qs.length; k++) {
    const vi = m.index(n, qs[k]);
    let v: number;
    if (m.median) {
      const lo = sorted[Math.floor((n - 1) / 2)];
      v = n % 2 ? lo : r(r(lo + sorted[Math.floor(n / 2)]) / 2);
    } else if (m.discrete) {
      v = sorted[vi < 0 ? n + vi : Math.min(vi, n - 1)];
    } else {
      let prev = Math.floor(vi);
      let next = prev + 1;
      if (vi >= n - 1) prev = next = -1;
      if (vi < 0) prev = next = 0;
      let g = vi - prev;
      if (m.gamma) g = m.gamma(g, vi);
      const a = sorted[prev < 0 ? n + prev : prev];
      const b = sorted[next < 0 ? n + next : next];
      const d = rd(wrapInt(t, b - a));
      // A Python-float gamma is converted into the lane's dtype before multiplying (NEP 50).
      v = g >= 0.5 ? r(b - r(d * r(1 - g))) : r(a + r(d * r(g)));
    }
    out[at + k * stride] = hasNan ? NaN : v;
  }
}

export interface QuantileOptions { method: Method; keepdims: boolean; nan: boolean; weak: boolean }

/** Quantiles along `axis` (null: all); the result's leading axes are q's. */
export function quantileArray(a: NdArray, q: NdArray, axis: number[] | null, o: QuantileOptions): NdArray {
  const axes = normalizeAxes(axis, a.ndim);
  const kept = [...a.shape.keys()].filter((i) => !axes.includes(i));
  const lane = numElements(axes.map((i) => a.shape[i]));
  const values = permute(a.data, a.shape, [...kept, ...axes]);
  const lanes = numElements(kept.map((i) => a.shape[i]));
  const qs = Array.from(q.data);
  const outN = lanes * qs.length;
  const out = new Float64Array(outN);
  // The interpolation's dtype: the lane's float type beside q's (a Python float q is weak).
  let t: NpDType = np.float64;
  if (a.dtype.kind === 'f') t = o.weak ? a.dtype : promoteTypes(a.dtype, q.dtype);
  let allNan = 0;
  // numpy's nanmedian of an empty array is nanmean's: "Mean of empty slice".
  const emptyWarning = o.method.median && lane === 0 ? 'Mean of empty slice' : 'All-NaN slice encountered';
  for (let l = 0; l < lanes; l++) {
    let v = values.slice(l * lane, (l + 1) * lane);
    if (o.nan) v = v.filter((x) => x === x);
    v.sort();  // typed arrays sort numerically, NaN last
    if (o.nan && v.length === 0) {
      allNan++;
      for (let k = 0; k < qs.length; k++) out[l + k * lanes] = NaN;
      continue;
    }
    if (v.length === 0) throw valueError('attempt to get argmin of an empty sequence');
    laneQuantiles(v, a.dtype, t, qs, o.method, out, l, lanes);
  }
  if (o.method.median && lane === 0) {
    if (allNan > 0) warnAtCaller(emptyWarning);
  } else for (let i = 0; i < allNan; i++) warnAtCaller(emptyWarning);
  const rest = o.keepdims ? a.shape.map((s, i) => (axes.includes(i) ? 1 : s)) : kept.map((i) => a.shape[i]);
  return makeArray(o.method.discrete ? a.dtype : t, [...q.shape, ...rest], out);
}

/** q as floats (percentiles divided by 100), whether it was a Python number, and whether it
 *  holds integers (quantile's 0 and 1: 'linear' then takes elements, keeping the dtype). */
function qArg(v: PyValue, scale: number, what: string): [NdArray, boolean, boolean] {
  const o = operandOrThrow(v);
  const weak = o.weak === 'float' || o.weak === 'int';
  let q = o.arr;
  const integral = scale === 1 && q.dtype.kind !== 'f';
  if (q.dtype.kind !== 'f' || scale !== 1) {
    const qt = q.dtype.kind === 'f' ? q.dtype : np.float64;
    q = makeArray(qt, q.shape.slice(), Array.from(castValues(q.data, np.float64), (x) => x / scale));
  }
  if (q.ndim > 2) throw valueError('q must be a scalar or 1d');
  if (!Array.from(q.data).every((x) => x >= 0 && x <= 1)) throw valueError(`${what} must be in the range [0, ${scale === 1 ? 1 : 100}]`);
  return [q, weak, integral];
}

function quantileFn(name: string, scale: number, nan: boolean): Fn {
  const params = pyParams(name, ['a', 'q', 'axis', 'out', 'overwrite_input', 'method', 'keepdims'], {
    axis: null, out: null, overwrite_input: false, method: 'linear', keepdims: false, weights: null, interpolation: null,
  }, ['weights', 'interpolation']);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    for (const k of ['out', 'weights', 'interpolation']) if (p[k] !== null) throw valueError(`tfts: np.${name}(${k}=...) is not supported`);
    const a = operandOrThrow(p.a).arr;
    const [q, weak, integral] = qArg(p.q, scale, scale === 1 ? 'Quantiles' : 'Percentiles');
    let method = methodOf(p.method);
    if (integral && method === methods.linear) method = linearAtIntegers;
    return wrapResult(quantileArray(a, q, axisArg(p.axis), { method, keepdims: isTruthy(p.keepdims), nan: nan && a.dtype.kind === 'f', weak }));
  };
}

const nanmedianParams = pyParams('nanmedian', ['a', 'axis', 'out', 'overwrite_input', 'keepdims'], { axis: null, out: null, overwrite_input: false, keepdims: false });
/** nanmedian: the mean of the middle two non-NaN values ((lo + hi) / 2, as numpy's masked median). */
function nanmedian(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = nanmedianParams(args, kwargs);
  if (p.out !== null) throw valueError('tfts: np.nanmedian(out=...) is not supported');
  const a = operandOrThrow(p.a).arr;
  const q = makeArray(np.float64, [], [0.5]);
  const src = a.dtype.kind === 'f' ? a : makeArray(np.float64, a.shape, a.data);
  return wrapResult(quantileArray(src, q, axisArg(p.axis), { method: medianMethod, keepdims: isTruthy(p.keepdims), nan: true, weak: true }));
}
/** The median as a "method": the middle value, or the middle two averaged as (lo + hi) / 2. */
const medianMethod: Method = { index: (n) => (n - 1) / 2, discrete: false, median: true };

export const quantileFunctions: Record<string, Fn> = {
  quantile: quantileFn('quantile', 1, false),
  percentile: quantileFn('percentile', 100, false),
  nanquantile: quantileFn('nanquantile', 1, true),
  nanpercentile: quantileFn('nanpercentile', 100, true),
  nanmedian,
};
