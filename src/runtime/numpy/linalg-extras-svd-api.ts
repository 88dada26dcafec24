// numpy.linalg.svd and what numpy builds on it: pinv, matrix_rank, cond (numpy's Python-level
// code: cutoffs, tolerances, the eigh route for hermitian=True), over dgesdd (linalg-extras-svd.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { structSeqType } from '../../interpreter/stdlib/struct-seq.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { np, NpDType } from './dtype.js';
import { NdArray, makeArray, pyNumber, wrapResult } from './ndarray.js';
import { floatUnary, operandOrThrow } from './ufuncs.js';
import { matmulArrays } from './linalg.js';
import { inv, linAlgErrorType } from './linalg-lu.js';
import * as R from './reductions.js';
import { dgesdd } from './linalg-extras-svd.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const linAlgError = (message: string) => new PyBaseException(linAlgErrorType, [message]);
/** numpy's _NoValue: pinv tells rtol=None from rtol not given. */
const NO_VALUE: PyValue = '\u0000tfts-no-value';
const svdResult = structSeqType('numpy.linalg._linalg.SVDResult', ['U', 'S', 'Vh'], 'SVDResult');

export interface SymmetricEigen {
  (v: PyValue, upper: boolean, vectors: boolean): { w: NdArray; z: NdArray | null };
}

function resultDtype(a: NdArray): NpDType {
  if (a.dtype === np.float32) return np.float32;
  if (!'biuf'.includes(a.dtype.kind) || (a.dtype.kind === 'f' && a.dtype !== np.float64)) {
    throw typeError(`array type ${a.dtype.name} is unsupported in linalg`);
  }
  return np.float64;
}

interface StackSvd { s: NdArray; u: NdArray | null; vt: NdArray | null }

/** dgesdd on every matrix of a stack; row-major results. */
export function svdStack(a: NdArray, jobz: 'N' | 'S' | 'A'): StackSvd {
  if (a.ndim < 2) throw linAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const dtype = resultDtype(a);
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1], k = Math.min(m, n);
  const batch = a.shape.slice(0, -2);
  const count = batch.reduce((x, y) => x * y, 1);
  const ucols = jobz === 'A' ? m : k, vtrows = jobz === 'A' ? n : k;
  const sOut = new Float64Array(count * k), uOut = new Float64Array(count * m * ucols), vOut = new Float64Array(count * vtrows * n);
  for (let b = 0; b < count; b++) {
    const w = new Float64Array(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) w[i + j * m] = a.data[b * m * n + i * n + j];
    if (w.some((x) => !Number.isFinite(x))) throw linAlgError('SVD did not converge');
    const r = dgesdd(m, n, w, jobz);
    if (r.info !== 0) throw linAlgError('SVD did not converge');
    sOut.set(r.s.subarray(0, k), b * k);
    if (jobz === 'N') continue;
    const u = r.u as Float64Array, vt = r.vt as Float64Array;
    for (let i = 0; i < m; i++) for (let j = 0; j < ucols; j++) uOut[b * m * ucols + i * ucols + j] = u[i + j * m];
    for (let i = 0; i < vtrows; i++) for (let j = 0; j < n; j++) vOut[b * vtrows * n + i * n + j] = vt[i + j * vtrows];
  }
  return {
    s: makeArray(dtype, [...batch, k], sOut),
    u: jobz === 'N' ? null : makeArray(dtype, [...batch, m, ucols], uOut),
    vt: jobz === 'N' ? null : makeArray(dtype, [...batch, vtrows, n], vOut),
  };
}

/** svd(hermitian=True): numpy's route through eigh, |eigenvalues| sorted descending. */
function hermitianSvd(a: NdArray, vectors: boolean, eig: SymmetricEigen): StackSvd {
  const { w, z } = eig(a, false, vectors);
  const n = a.shape[a.ndim - 1];
  const count = n === 0 ? 0 : w.size / n;
  const s = new Float64Array(w.size), u = new Float64Array(vectors ? a.size : 0), vt = new Float64Array(vectors ? a.size : 0);
  for (let b = 0; b < count; b++) {
    const vals = Array.from(w.data.subarray(b * n, (b + 1) * n) as ArrayLike<number>);
    // argsort(|w|) (stable for these sizes), reversed.
    const order = vals.map((_, i) => i).sort((p, q) => Math.abs(vals[p]) - Math.abs(vals[q]) || p - q).reverse();
    order.forEach((src, dst) => {
      s[b * n + dst] = Math.abs(vals[src]);
      if (!vectors || !z) return;
      const sg = vals[src] > 0 ? 1 : vals[src] < 0 ? -1 : 0;
      for (let i = 0; i < n; i++) {
        const x = z.data[b * n * n + i * n + src];
        u[b * n * n + i * n + dst] = x;
        vt[b * n * n + dst * n + i] = x * sg;
      }
    });
  }
  if (!vectors) s.sort((p, q) => q - p);
  return { s: makeArray(w.dtype, w.shape.slice(), s), u: vectors ? makeArray(w.dtype, a.shape.slice(), u) : null, vt: vectors ? makeArray(w.dtype, a.shape.slice(), vt) : null };
}

const svdParams = pyParams('svd', ['a', 'full_matrices', 'compute_uv', 'hermitian'], { full_matrices: true, compute_uv: true, hermitian: false });

export function makeSvdFunctions(eig: SymmetricEigen): Record<string, Fn> {
  const svdOf = (a: NdArray, full: boolean, uv: boolean, hermitian: boolean): StackSvd =>
    hermitian ? hermitianSvd(a, uv, eig) : svdStack(a, uv ? (full ? 'A' : 'S') : 'N');

  const svd: Fn = (args, kwargs) => {
    const p = svdParams(args, kwargs);
    const a = operandOrThrow(p.a).arr;
    const uv = isTruthy(p.compute_uv);
    const r = svdOf(a, isTruthy(p.full_matrices), uv, isTruthy(p.hermitian));
    if (!uv) return wrapResult(r.s);
    return svdResult([wrapResult(r.u as NdArray), wrapResult(r.s), wrapResult(r.vt as NdArray)]);
  };

  const pinvParams = pyParams('pinv', ['a', 'rcond', 'hermitian'], { rcond: null, hermitian: false, rtol: NO_VALUE }, ['rtol']);
  const pinv: Fn = (args, kwargs) => {
    const p = pinvParams(args, kwargs);
    const a = operandOrThrow(p.a).arr;
    if (a.ndim < 2) throw linAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
    const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
    const hasRtol = p.rtol !== NO_VALUE;
    let rcond: number;
    if (p.rcond === null) {
      if (!hasRtol) rcond = 1e-15;
      else if (p.rtol === null) {
        if (a.dtype.kind !== 'f') throw valueError(`data type <class 'numpy.${a.dtype.name}'> not inexact`);
        rcond = Math.max(m, n) * (a.dtype === np.float32 ? 2 ** -23 : 2 ** -52);
      }
      else rcond = pyNumber(p.rtol);
    } else {
      if (hasRtol) throw valueError("`rtol` and `rcond` can't be both set.");
      rcond = pyNumber(p.rcond);
    }
    const batch = a.shape.slice(0, -2);
    const dtype = resultDtype(a);
    if (m === 0 || n === 0) return makeArray(a.dtype, [...batch, n, m], []);
    const r = svdOf(a, false, true, isTruthy(p.hermitian));
    const k = Math.min(m, n), count = a.size / (m * n);
    const s = r.s.data, u = r.u as NdArray, vt = r.vt as NdArray;
    // transpose(vt) and s[:, None] * transpose(u), then one matmul per stack (numpy's order).
    const vtT = new Float64Array(count * n * k), su = new Float64Array(count * k * m);
    for (let b = 0; b < count; b++) {
      let smax = -Infinity;
      for (let i = 0; i < k; i++) smax = Math.max(smax, s[b * k + i]);
      const cutoff = rcond * smax;
      for (let i = 0; i < k; i++) {
        const sv = s[b * k + i];
        const inv1 = sv > cutoff ? (dtype === np.float32 ? Math.fround(1 / sv) : 1 / sv) : 0;
        for (let j = 0; j < m; j++) su[b * k * m + i * m + j] = dtype === np.float32 ? Math.fround(inv1 * u.data[b * m * k + j * k + i]) : inv1 * u.data[b * m * k + j * k + i];
        for (let j = 0; j < n; j++) vtT[b * n * k + j * k + i] = vt.data[b * k * n + i * n + j];
      }
    }
    return wrapResult(matmulArrays(makeArray(dtype, [...batch, n, k], vtT), makeArray(dtype, [...batch, k, m], su)));
  };

  const rankParams = pyParams('matrix_rank', ['A', 'tol', 'hermitian'], { tol: null, hermitian: false, rtol: null }, ['rtol']);
  const matrixRank: Fn = (args, kwargs) => {
    const p = rankParams(args, kwargs);
    const a = operandOrThrow(p.A).arr;
    if (a.ndim < 2) return Array.from(a.data as ArrayLike<number>).some((x) => x !== 0) ? 1 : 0;
    const s = svdOf(a, false, false, isTruthy(p.hermitian)).s;
    const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1], k = Math.min(m, n);
    const eps = s.dtype === np.float32 ? 2 ** -23 : 2 ** -52;
    const round = s.dtype === np.float32 ? Math.fround : (x: number) => x;
    const count = k === 0 ? a.size / Math.max(1, m * n) : s.size / k;
    const ranks: number[] = [];
    for (let b = 0; b < count; b++) {
      let smax = -Infinity;
      for (let i = 0; i < k; i++) smax = Math.max(smax, s.data[b * k + i]);
      let tol: number;
      if (p.tol !== null) tol = pyNumber(p.tol);
      else if (p.rtol !== null) tol = round(smax * pyNumber(p.rtol));
      else tol = round(smax * round(Math.max(m, n) * eps));
      let r = 0;
      for (let i = 0; i < k; i++) if (s.data[b * k + i] > tol) r++;
      ranks.push(r);
    }
    return wrapResult(makeArray(np.int64, a.shape.slice(0, -2), ranks));
  };

  const condParams = pyParams('cond', ['x', 'p'], { p: null });
  const cond: Fn = (args, kwargs) => {
    const pp = condParams(args, kwargs);
    const x = operandOrThrow(pp.x).arr;
    const p = pp.p;
    if (x.ndim >= 2 && x.size === 0) throw linAlgError('cond is not defined on empty arrays');
    const isNum = (v: number) => typeof p === 'number' && p === v;
    let r: NdArray;
    if (p === null || isNum(2) || isNum(-2)) {
      const s = svdStack(x, 'N').s;
      const k = s.shape[s.ndim - 1];
      const out = new Float64Array(s.size / k);
      for (let b = 0; b < out.length; b++) {
        const first = s.data[b * k], last = s.data[b * k + k - 1];
        out[b] = isNum(-2) ? last / first : first / last;
      }
      r = makeArray(s.dtype, s.shape.slice(0, -1), out);
    } else {
      r = condByNorms(x, p);
    }
    // numpy: a NaN condition number from a matrix without NaNs (a singular one) becomes inf.
    const n2 = x.ndim >= 2 ? x.shape[x.ndim - 1] * x.shape[x.ndim - 2] : 1;
    const data = Float64Array.from(r.data as ArrayLike<number>, (v, b) => {
      if (!Number.isNaN(v)) return v;
      for (let i = 0; i < n2; i++) if (Number.isNaN(x.data[b * n2 + i])) return v;
      return Infinity;
    });
    return wrapResult(makeArray(r.dtype, r.shape.slice(), data));
  };

  return { svd, pinv, matrix_rank: matrixRank, cond };
}

/** cond for p = 'fro', 'nuc', 1, -1, inf, -inf: norm(x, p) * norm(inv(x), p), the inverse taken in
 *  float64 without raising (a singular matrix gives inf/NaN, turned into inf by the caller). */
function condByNorms(x: NdArray, p: PyValue): NdArray {
  const ord = typeof p === 'string' ? p : pyNumber(p);
  if (x.ndim < 2) throw linAlgError(`${x.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const n = x.shape[x.ndim - 1];
  if (x.shape[x.ndim - 2] !== n) throw linAlgError('Last 2 dimensions of the array must be square');
  const dtype = resultDtype(x);
  const xf = x.dtype.kind === 'f' ? x : makeArray(np.float64, x.shape.slice(), x.data);
  const invx = makeArray(np.float64, x.shape.slice(), inverseNoRaise(xf));
  const norm = (a: NdArray): NdArray => {
    const nd = a.ndim;
    const abs = makeArray(a.dtype, a.shape.slice(), Array.from(a.data as ArrayLike<number>, Math.abs));
    if (ord === 'fro' || ord === 'f') {
      const sq = makeArray(a.dtype, a.shape.slice(), Array.from(a.data as ArrayLike<number>, (v) => v * v));
      return floatUnary('sqrt', R.sum(sq, [nd - 2, nd - 1], false));
    }
    if (ord === 'nuc') return R.sum(svdStack(a, 'N').s, [nd - 2], false);
    if (ord === 1 || ord === -1) return R.extremum(R.sum(abs, [nd - 2], false), [nd - 2], false, ord === 1);
    if (ord === Infinity || ord === -Infinity) return R.extremum(R.sum(abs, [nd - 1], false), [nd - 2], false, ord === Infinity);
    throw valueError('Invalid norm order for matrices.');
  };
  const a = norm(xf), b = norm(invx);
  return makeArray(dtype, a.shape.slice(), Array.from(a.data as ArrayLike<number>, (v, i) => v * (b.data[i] as number)));
}

/** numpy's inv gufunc under errstate(all='ignore'): singular matrices give NaNs, not an error. */
function inverseNoRaise(x: NdArray): Float64Array {
  const n = x.shape[x.ndim - 1];
  const out = new Float64Array(x.size);
  for (let s = 0; s * n * n < x.size; s++) {
    const one = makeArray(np.float64, [n, n], Array.from({ length: n * n }, (_, i) => x.data[s * n * n + i] as number));
    try {
      out.set(operandOrThrow(inv([one])).arr.data as ArrayLike<number>, s * n * n);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      out.fill(NaN, s * n * n, (s + 1) * n * n);
    }
  }
  return out;
}
