// np.histogram, np.histogram_bin_edges and np.histogram2d as numpy's _histograms_impl computes
// them: equal-width edges come from np.linspace evaluated in the edges' own dtype (float32 data
// gives float32 arithmetic), values are binned against those stored edges (last bin closed), and
// weights are summed in data order (bincount) or by cumulative sums of sorted data (explicit edges).
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { str } from '../../interpreter/ops/text.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpDType, np, promoteTypes, promoteWithWeak } from './dtype.js';
import { NdArray, NumpyScalar, castValues, makeArray, pyNumber, weakKind } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import * as R from './reductions.js';
import { warnAtCaller } from './warn-at-caller.js';
import { binWidthFor, binEstimators } from './stats-extras-binwidth.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => operandOrThrow(v).arr;

/** A scalar as numpy's type rules see it: a Python number is weak (t null). */
export interface Scalar { v: number; t: NpDType | null; weak: 'int' | 'float' | 'bool' | null }
const pyScalar = (v: PyValue): Scalar => {
  if (v instanceof NumpyScalar) return { v: v.value, t: v.dtype, weak: null };
  if (v instanceof NdArray && v.ndim === 0) return { v: v.data[0], t: v.dtype, weak: null };
  const k = weakKind(v);
  if (k === null) throw typeError('range must be a pair of numbers');
  return { v: pyNumber(v), t: null, weak: k };
};
const scalarText = (s: Scalar) => str(s.t ? new NumpyScalar(s.t, s.v) : s.weak === 'float' ? new PyFloat(s.v) : s.v);

/** result_type over scalars and arrays, Python scalars weak (NEP 50). */
export function scalarResultType(scalars: Scalar[], arrays: NpDType[]): NpDType {
  const strong = [...arrays, ...scalars.filter((s) => s.t).map((s) => s.t!)];
  const weaks = scalars.filter((s) => !s.t).map((s) => s.weak!);
  if (strong.length === 0) return weaks.includes('float') ? np.float64 : weaks.includes('int') ? np.int64 : np.bool;
  let t = strong.reduce(promoteTypes);
  for (const w of weaks) t = promoteWithWeak(t, w);
  return t;
}

const BLOCK = 65536;
const roundIn = (t: NpDType) => (t.kind === 'f' && t.itemsize <= 4 ? Math.fround : (x: number) => x);

/** np.linspace(start, stop, num, dtype=out): computed in the inexact result type of start/stop. */
export function linspaceScalars(start: Scalar, stop: Scalar, num: number, out: NpDType | null): NdArray {
  let dt = scalarResultType([start, stop], []);
  if (dt.kind !== 'f') dt = np.float64;
  const r = roundIn(dt);
  const [a, b] = [r(start.v), r(stop.v)];
  const div = num - 1;
  const delta = r(b - a);
  const step = r(delta / div);
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) {
    y[i] = div > 0 ? (step === 0 ? r(r(i / div) * delta) : r(i * step)) : r(i * delta);
    y[i] = r(y[i] + a);
  }
  if (num > 1) y[num - 1] = b;
  const t = out ?? dt;
  if (t.isInt) for (let i = 0; i < num; i++) y[i] = Math.floor(y[i]);
  return makeArray(t, [num], y);
}

/** _get_outer_edges: the range's ends, or the data's min and max, widened when equal. */
export function outerEdges(a: NdArray, range: PyValue): [Scalar, Scalar] {
  let first: Scalar;
  let last: Scalar;
  if (range !== null) {
    const items = range instanceof PyList || range instanceof PyTuple ? range.items : null;
    if (!items || items.length !== 2) throw valueError(`too many values to unpack (expected 2)`);
    [first, last] = items.map(pyScalar);
    if (first.v > last.v) throw valueError('max must be larger than min in range parameter.');
    if (!Number.isFinite(first.v) || !Number.isFinite(last.v)) throw valueError(`supplied range of [${scalarText(first)}, ${scalarText(last)}] is not finite`);
  } else if (a.size === 0) {
    first = { v: 0, t: null, weak: 'int' };
    last = { v: 1, t: null, weak: 'int' };
  } else {
    let lo = Infinity;
    let hi = -Infinity;
    let nan = false;
    for (let i = 0; i < a.size; i++) {
      const x = a.data[i];
      if (Number.isNaN(x)) nan = true;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (nan) lo = hi = NaN;
    first = { v: lo, t: a.dtype, weak: null };
    last = { v: hi, t: a.dtype, weak: null };
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw valueError(`autodetected range of [${scalarText(first)}, ${scalarText(last)}] is not finite`);
  }
  if (first.v === last.v) {
    // x - 0.5 keeps a float scalar's type; ints (and Python numbers) become float64 / Python floats.
    const widen = (s: Scalar, d: number): Scalar => {
      if (s.t && s.t.kind === 'f') return { v: roundIn(s.t)(s.v + d), t: s.t, weak: null };
      return s.t ? { v: s.v + d, t: np.float64, weak: null } : { v: s.v + d, t: null, weak: 'float' };
    };
    first = widen(first, -0.5);
    last = widen(last, 0.5);
  }
  return [first, last];
}

interface Edges { edges: NdArray; uniform: { first: Scalar; last: Scalar; n: number } | null }

/** _get_bin_edges: explicit edges, or n equal bins (possibly from a string estimator). */
export function binEdges(a: NdArray, bins: PyValue, range: PyValue, weights: NdArray | null): Edges {
  let n: number | null = null;
  let first: Scalar | null = null;
  let last: Scalar | null = null;
  if (typeof bins === 'string') {
    if (!binEstimators.includes(bins)) throw valueError(`'${bins}' is not a valid estimator for \`bins\``);
    if (weights) throw typeError('Automated estimation of the number of bins is not supported for weighted data');
    [first, last] = outerEdges(a, range);
    let data = a;
    if (range !== null) {
      const kept = Array.from(a.data).filter((x) => x >= first!.v && x <= last!.v);
      if (kept.length !== a.size) data = makeArray(a.dtype, [kept.length], kept);
    }
    if (data.size === 0) n = 1;
    else {
      let width = binWidthFor(bins, data, first.v, last.v);
      if (width) {
        if (data.dtype.isInt && width < 1) width = 1;
        n = Math.ceil((last.v - first.v) / width);
      } else n = 1;
    }
  } else {
    const b = bins instanceof NdArray || bins instanceof NumpyScalar || bins instanceof PyList || bins instanceof PyTuple ? arr(bins) : null;
    if (b === null || b.ndim === 0) {
      if (b !== null || (typeof bins !== 'number' && typeof bins !== 'bigint' && typeof bins !== 'boolean')) {
        if (b !== null && b.dtype.isInt) n = b.data[0];
        else throw typeError('`bins` must be an integer, a string, or an array');
      } else n = asIndex(bins);
      if (n < 1) throw valueError('`bins` must be positive, when an integer');
      [first, last] = outerEdges(a, range);
    } else if (b.ndim === 1) {
      for (let i = 0; i + 1 < b.size; i++) if (b.data[i] > b.data[i + 1]) throw valueError('`bins` must increase monotonically, when an array');
      return { edges: b, uniform: null };
    } else throw valueError('`bins` must be 1d, when an array');
  }
  let binType = scalarResultType([first!, last!], [a.dtype]);
  if (binType.kind !== 'f') binType = np.float64;
  const edges = linspaceScalars(first!, last!, n! + 1, binType);
  for (let i = 0; i + 1 < edges.size; i++) {
    if (!(edges.data[i] < edges.data[i + 1])) throw valueError(`Too many bins for data range. Cannot create ${n} finite-sized bins.`);
  }
  return { edges, uniform: { first: first!, last: last!, n: n! } };
}

/** _ravel_and_check_weights's data side: the flattened data, bool converted to uint8 with numpy's warning. */
function ravelData(a: NdArray): NdArray {
  if (a.dtype === np.bool) {
    warnAtCaller("Converting input from bool to <class 'numpy.uint8'> for compatibility.", 'RuntimeWarning');
    return makeArray(np.uint8, [a.size], a.data);
  }
  return makeArray(a.dtype, [a.size], a.data);
}

function ravelWeights(a: NdArray, w: PyValue): NdArray | null {
  if (w === null) return null;
  const wa = arr(w);
  if (wa.ndim !== a.ndim || wa.shape.some((s, i) => s !== a.shape[i])) throw valueError('weights should have the same shape as a.');
  return wa;
}

/** Index of the bin holding x (edges increasing, last bin closed), or -1 outside. */
function binOf(e: ArrayLike<number>, x: number): number {
  const nb = e.length - 1;
  if (!(x >= e[0] && x <= e[nb])) return -1;
  let lo = 0;
  let hi = nb;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x >= e[mid]) lo = mid;
    else hi = mid;
  }
  return lo;
}

export function histogramArrays(a0: NdArray, bins: PyValue, range: PyValue, density: boolean, weightsV: PyValue): [NdArray, NdArray] {
  const a = ravelData(a0);
  const weights = ravelWeights(a0, weightsV);
  const { edges, uniform } = binEdges(a, bins, range, weights);
  const ntype = weights ? weights.dtype : np.int64;
  const nb = edges.size - 1;
  const counts = new Float64Array(nb);
  const cumN = new Float64Array(nb + 1);
  const e = edges.data;
  // Values are compared with the edges in the edges' dtype (numpy casts the data to it).
  const xs = uniform ? castValues(a.data, edges.dtype) : a.data;
  // numpy works through the data in blocks of 65536: each block's sums (bincount in double, or
  // cumulative sums in the weights' dtype) are converted to the count dtype and added on.
  const r = roundIn(ntype);
  for (let b0 = 0; b0 < a.size; b0 += BLOCK) {
    const b1 = Math.min(a.size, b0 + BLOCK);
    if (uniform || weights === null) {
      const block = new Float64Array(nb);
      for (let i = b0; i < b1; i++) {
        const k = binOf(e, xs[i]);
        if (k >= 0) block[k] += weights ? weights.data[i] : 1;
      }
      const conv = castValues(block, ntype);
      for (let k = 0; k < nb; k++) counts[k] = r(counts[k] + conv[k]);
    } else {
      // Explicit edges with weights: cumulative sums of the weights in sorted-data order.
      const order = Array.from({ length: b1 - b0 }, (_, i) => b0 + i).sort((i, j) => a.data[i] - a.data[j] || i - j);
      const cum = new Float64Array(order.length + 1);
      order.forEach((i, k) => { cum[k + 1] = r(cum[k] + weights.data[i]); });
      const sorted = order.map((i) => a.data[i]);
      const search = (v: number, right: boolean) => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (right ? sorted[mid] <= v : sorted[mid] < v) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      for (let k = 0; k <= nb; k++) cumN[k] = r(cumN[k] + cum[search(e[k], k === nb)]);
    }
  }
  if (!uniform && weights !== null) for (let k = 0; k < nb; k++) counts[k] = r(cumN[k + 1] - cumN[k]);
  let n = makeArray(ntype, [nb], counts);
  if (density) {
    const total = R.sum(n, null, false).data[0]; // n.sum() in n's own dtype
    // n / np.diff(edges).astype(float) / n.sum(), all in float64.
    n = makeArray(np.float64, [nb], Array.from(n.data, (c, k) => c / (e[k + 1] - e[k]) / total));
  }
  return [n, edges];
}

const histParams = pyParams('histogram', ['a', 'bins', 'range', 'density', 'weights'], { bins: 10, range: null, density: null, weights: null });
const edgesParams = pyParams('histogram_bin_edges', ['a', 'bins', 'range', 'weights'], { bins: 10, range: null, weights: null });
export const histogramFunctions: Record<string, Fn> = {
  histogram: (args, kwargs) => {
    const p = histParams(args, kwargs);
    return new PyTuple(histogramArrays(arr(p.a), p.bins, p.range, p.density !== null && isTruthy(p.density), p.weights));
  },
  histogram_bin_edges: (args, kwargs) => {
    const p = edgesParams(args, kwargs);
    const a = arr(p.a);
    const flat = ravelData(a);
    return binEdges(flat, p.bins, p.range, ravelWeights(a, p.weights)).edges;
  },
};
