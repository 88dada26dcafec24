// np.polyfit: numpy scales the Vandermonde columns to unit norm and solves the least-squares
// problem with LAPACK's SVD-based dgelsd. This solves the same scaled problem with Householder QR
// in double precision: the coefficients agree with numpy's to ~1e-15 relative (the printed
// 8 significant digits match), not always to the last bit.
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { np } from './dtype.js';
import { makeArray, pyNumber } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

/** Least squares min |A c - b| for A (m x n, m >= n, full column rank) by Householder QR. */
function qrSolve(A: number[][], b: number[][]): number[][] {
  const m = A.length;
  const n = A[0].length;
  const k = b[0].length;
  const R = A.map((r) => r.slice());
  const B = b.map((r) => r.slice());
  for (let j = 0; j < n; j++) {
    let norm = 0;
    for (let i = j; i < m; i++) norm = Math.hypot(norm, R[i][j]);
    if (norm === 0) continue;
    const alpha = R[j][j] > 0 ? -norm : norm;
    const v = new Array<number>(m).fill(0);
    for (let i = j; i < m; i++) v[i] = R[i][j];
    v[j] -= alpha;
    let vv = 0;
    for (let i = j; i < m; i++) vv += v[i] * v[i];
    if (vv === 0) continue;
    const apply = (col: (i: number) => number, set: (i: number, x: number) => void) => {
      let d = 0;
      for (let i = j; i < m; i++) d += v[i] * col(i);
      const f = (2 * d) / vv;
      for (let i = j; i < m; i++) set(i, col(i) - f * v[i]);
    };
    for (let c = j; c < n; c++) apply((i) => R[i][c], (i, x) => { R[i][c] = x; });
    for (let c = 0; c < k; c++) apply((i) => B[i][c], (i, x) => { B[i][c] = x; });
  }
  const X = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let c = 0; c < k; c++) {
    for (let i = n - 1; i >= 0; i--) {
      let s = B[i][c];
      for (let j = i + 1; j < n; j++) s -= R[i][j] * X[j][c];
      X[i][c] = s / R[i][i];
    }
  }
  return X;
}

const params = pyParams('polyfit', ['x', 'y', 'deg', 'rcond', 'full', 'w', 'cov'], { rcond: null, full: false, w: null, cov: false });
function polyfit(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = params(args, kwargs);
  const deg = Math.trunc(pyNumber(p.deg));
  const order = deg + 1;
  const x = operandOrThrow(p.x).arr;
  const y = operandOrThrow(p.y).arr;
  if (deg < 0) throw valueError('expected deg >= 0');
  if (x.ndim !== 1) throw typeError('expected 1D vector for x');
  if (x.size === 0) throw typeError('expected non-empty vector for x');
  if (y.ndim < 1 || y.ndim > 2) throw typeError('expected 1D or 2D array for y');
  if (x.shape[0] !== y.shape[0]) throw typeError('expected x and y to have same length');
  if (isTruthy(p.full) || isTruthy(p.cov)) throw typeError('polyfit(): full=True and cov=True are not supported');
  const m = x.size;
  const cols = y.ndim === 2 ? y.shape[1] : 1;
  const w = p.w === null ? null : operandOrThrow(p.w).arr;
  if (w) {
    if (w.ndim !== 1) throw typeError('expected a 1-d array for weights');
    if (w.size !== m) throw typeError('expected w and y to have the same length');
  }
  // lhs = vander(x, order) (cumulative products), rows weighted, columns scaled to unit norm.
  const lhs = Array.from({ length: m }, (_, i) => {
    const row = new Array<number>(order);
    let acc = 1;
    for (let k = 0; k < order; k++) {
      row[order - 1 - k] = acc;
      acc = k === 0 ? x.data[i] : acc * x.data[i];
    }
    return w ? row.map((v) => v * w.data[i]) : row;
  });
  const rhs = Array.from({ length: m }, (_, i) => Array.from({ length: cols }, (_, c) => y.data[i * cols + c] * (w ? w.data[i] : 1)));
  const scale = Array.from({ length: order }, (_, k) => {
    let s = 0;
    for (let i = 0; i < m; i++) s += lhs[i][k] * lhs[i][k];
    return Math.sqrt(s);
  });
  const scaled = lhs.map((r) => r.map((v, k) => v / scale[k]));
  if (m < order) throw typeError('polyfit(): fewer points than coefficients is not supported');
  const c = qrSolve(scaled, rhs).map((r, k) => r.map((v) => v / scale[k]));
  const flat = c.flat();
  return makeArray(np.float64, y.ndim === 2 ? [order, cols] : [order], flat);
}

export const polyfitFunctions: Record<string, Fn> = { polyfit };
