// np.histogram2d as numpy's histogramdd computes it for two coordinates: per-axis edges from
// np.linspace(min, max, n + 1) (or given), bins found by searchsorted(side='right') with the last
// edge closed, counts (or weights) summed in data order as float64, density divided per axis.
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { np } from './dtype.js';
import { NdArray, NumpyScalar, arrayFromPy, makeArray, pyNumber, weakKind } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import { linspaceScalars, outerEdges } from './stats-extras-histogram.js';
import * as R from './reductions.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => operandOrThrow(v).arr;
const lenOf = (v: PyValue): number | null =>
  v instanceof PyList || v instanceof PyTuple ? v.items.length : v instanceof NdArray && v.ndim > 0 ? v.shape[0] : null;
const itemOf = (v: PyValue, i: number): PyValue =>
  v instanceof PyList || v instanceof PyTuple ? v.items[i] : v instanceof NdArray ? makeArray(v.dtype, v.shape.slice(1), v.data.slice(i * (v.size / v.shape[0]), (i + 1) * (v.size / v.shape[0]))) : v;

function axisEdges(col: NdArray, bins: PyValue, range: PyValue, i: number): NdArray {
  const b = bins instanceof NdArray ? bins : bins instanceof NumpyScalar || bins instanceof PyList || bins instanceof PyTuple ? arr(bins) : null;
  if (b === null || b.ndim === 0) {
    const k = weakKind(bins);
    const v = b !== null ? b.data[0] : k !== null ? pyNumber(bins) : NaN;
    if (v < 1) throw valueError(`\`bins[${i}]\` must be positive, when an integer`);
    const [lo, hi] = outerEdges(col, range);
    if (k === 'float' || (b !== null && b.dtype.isFloat) || !Number.isInteger(v)) throw typeError(`\`bins[${i}]\` must be an integer, when a scalar`);
    return linspaceScalars(lo, hi, v + 1, null);
  }
  if (b.ndim !== 1) throw valueError(`\`bins[${i}]\` must be a scalar or 1d array`);
  for (let k = 0; k + 1 < b.size; k++) if (b.data[k] > b.data[k + 1]) throw valueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
  return b;
}

/** searchsorted(edges, v, side='right'), then values on the last edge moved into the last bin. */
function binIndex(e: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = e.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (e[mid] <= v || Number.isNaN(v)) lo = mid + 1;
    else hi = mid;
  }
  return v === e[e.length - 1] ? lo - 1 : lo;
}

const params = pyParams('histogram2d', ['x', 'y', 'bins', 'range', 'density', 'weights'], { bins: 10, range: null, density: null, weights: null });
function histogram2d(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = params(args, kwargs);
  const x = arr(p.x);
  const y = arr(p.y);
  if (x.shape[0] !== y.shape[0]) throw valueError('x and y must have the same length.');
  let bins: PyValue[];
  const nb = lenOf(p.bins);
  if (nb === null) bins = [p.bins, p.bins];
  else if (nb !== 1 && nb !== 2) bins = [p.bins, p.bins];
  else if (nb === 1) throw valueError('The dimension of bins must be equal to the dimension of the sample x.');
  else bins = [itemOf(p.bins, 0), itemOf(p.bins, 1)];
  // The sample is np.array([x, y]): both coordinates in their common dtype.
  const sample = arrayFromPy(new PyList([x, y]));
  const n = x.shape[0];
  const cols = [0, 1].map((i) => makeArray(sample.dtype, [n], sample.data.slice(i * n, (i + 1) * n)));
  let ranges: PyValue[] = [null, null];
  if (p.range !== null) {
    if (lenOf(p.range) !== 2) throw valueError('range argument must have one entry per dimension');
    ranges = [itemOf(p.range, 0), itemOf(p.range, 1)];
  }
  const edges = cols.map((c, i) => axisEdges(c, bins[i], ranges[i], i));
  const [nx, ny] = edges.map((e) => e.size - 1);
  const weights = p.weights === null ? null : arr(p.weights);
  const hist = new Float64Array(nx * ny);
  for (let k = 0; k < n; k++) {
    const bx = binIndex(edges[0].data, cols[0].data[k]);
    const by = binIndex(edges[1].data, cols[1].data[k]);
    if (bx < 1 || bx > nx || by < 1 || by > ny) continue;
    hist[(bx - 1) * ny + (by - 1)] += weights ? weights.data[k] : 1;
  }
  if (p.density !== null && isTruthy(p.density)) {
    // hist.sum() over the (strided) core: each row summed, rows added in order.
    let s = 0;
    for (let i = 0; i < nx; i++) s += R.sum(makeArray(np.float64, [ny], hist.subarray(i * ny, (i + 1) * ny)), null, false).data[0];
    const dx = edges[0].data;
    const dy = edges[1].data;
    const cast = (t: NdArray, v: number) => (t.dtype === np.float32 ? Math.fround(v) : v);
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        const k = i * ny + j;
        hist[k] = hist[k] / cast(edges[0], dx[i + 1] - dx[i]) / cast(edges[1], dy[j + 1] - dy[j]) / s;
      }
    }
  }
  return new PyTuple([makeArray(np.float64, [nx, ny], hist), edges[0], edges[1]]);
}

export const histogram2dFunctions: Record<string, Fn> = { histogram2d };
