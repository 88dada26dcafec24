// numpy.linalg.inv, det, slogdet and solve: LAPACK's getrf (LU with partial pivoting) in the
// left-looking form OpenBLAS uses for small matrices (each entry is its column's dot product
// with the rows above, subtracted once), then getrs's triangular solves. det is numpy's
// sign * exp(sum(log|u_ii|)), which is why det([[4, 7], [2, 6]]) prints 10.000000000000002.
// numpy computes in float64 whatever the input (float32 results are rounded at the end).
import { PyType } from '../../interpreter/objects/core.js';
import { excType, PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { cExp, cLog } from '../../interpreter/stdlib/libm.js';
import type { PyValue } from '../../interpreter/objects/core.js';
import { np, NpDType } from './dtype.js';
import { NdArray, makeArray, wrapResult } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import { structSeqType } from '../../interpreter/stdlib/struct-seq.js';

export const linAlgErrorType = new PyType('LinAlgError', [excType('ValueError')], 'numpy.linalg');
const linAlgError = (message: string) => new PyBaseException(linAlgErrorType, [message]);

const slogdetResult = structSeqType('numpy.linalg._linalg.SlogdetResult', ['sign', 'logabsdet'], 'SlogdetResult');

/** The result dtype: float32 stays float32, everything else is float64. */
const workDtype = (a: NdArray): NpDType => (a.dtype === np.float32 ? np.float32 : np.float64);

function squareStack(v: PyValue): { a: NdArray; n: number; count: number; dtype: NpDType } {
  const a = operandOrThrow(v).arr;
  if (a.ndim < 2) throw linAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const n = a.shape[a.ndim - 1];
  if (a.shape[a.ndim - 2] !== n) throw linAlgError('Last 2 dimensions of the array must be square');
  return { a, n, count: n === 0 ? 0 : a.size / (n * n), dtype: workDtype(a) };
}


interface Lu {
  lu: Float64Array;  // L below the diagonal (unit diagonal implied), U on and above
  perm: Int32Array;  // row interchanges: at step k, row k was swapped with perm[k]
  singular: boolean; // an exactly zero pivot (LAPACK's info > 0)
}

/** sum over k < len of a[i][k] * a[k][j] in the order of OpenBLAS's ddot for strided vectors:
 *  four products per step, the 1st and 3rd added to one partial sum, the 2nd and 4th to another,
 *  the tail to the first; the two partial sums added last. (Measured: with it numpy's slogdet is
 *  matched bit for bit on every random matrix up to 6x6; sequential sums miss a quarter.) */
function stridedDot(a: Float64Array, n: number, i: number, j: number, len: number): number {
  let t1 = 0, t2 = 0, k = 0;
  for (; k + 4 <= len; k += 4) {
    const m1 = a[k * n + j] * a[i * n + k], m2 = a[(k + 1) * n + j] * a[i * n + k + 1];
    const m3 = a[(k + 2) * n + j] * a[i * n + k + 2], m4 = a[(k + 3) * n + j] * a[i * n + k + 3];
    t1 += m1 + m3;
    t2 += m2 + m4;
  }
  for (; k < len; k++) t1 += a[k * n + j] * a[i * n + k];
  return t1 + t2;
}

/** getf2, left-looking: column j is updated by the columns before it, then pivoted and scaled by
 *  the reciprocal of its pivot, as OpenBLAS's getf2 does. */
function luFactor(src: ArrayLike<number>, offset: number, n: number): Lu {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) a[i] = src[offset + i];
  const perm = new Int32Array(n);
  let singular = false;
  for (let j = 0; j < n; j++) {
    // Apply the earlier interchanges to column j.
    for (let k = 0; k < j; k++) {
      const p = perm[k];
      if (p !== k) {
        const t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
    }
    // U part of column j: forward substitution with unit L, through OpenBLAS's strided dot
    // (L's rows are strided in LAPACK's column-major layout).
    for (let i = 1; i < j; i++) a[i * n + j] -= stridedDot(a, n, i, j, i);
    // The rest of the column (GEMV): the whole dot product, subtracted once.
    if (j > 0) {
      for (let i = j; i < n; i++) {
        let dot = 0;
        for (let k = 0; k < j; k++) dot += a[i * n + k] * a[k * n + j];
        a[i * n + j] -= dot;
      }
    }
    let p = j;
    for (let i = j + 1; i < n; i++) if (Math.abs(a[i * n + j]) > Math.abs(a[p * n + j])) p = i;
    perm[j] = p;
    if (p !== j) {
      // Columns after j are swapped when their turn comes (the loop at the top).
      for (let k = 0; k <= j; k++) {
        const t = a[j * n + k];
        a[j * n + k] = a[p * n + k];
        a[p * n + k] = t;
      }
    }
    const pivot = a[j * n + j];
    if (pivot === 0) {
      singular = true;
      continue;
    }
    const inv = 1 / pivot;
    for (let i = j + 1; i < n; i++) a[i * n + j] *= inv;
  }
  return { lu: a, perm, singular };
}

/** getrs: solves LU x = P b for the `m` right-hand columns of b (n x m, row-major), in place. */
function luSolve({ lu, perm }: Lu, b: Float64Array, n: number, m: number): void {
  for (let k = 0; k < n; k++) {
    const p = perm[k];
    if (p !== k) for (let c = 0; c < m; c++) {
      const t = b[k * m + c];
      b[k * m + c] = b[p * m + c];
      b[p * m + c] = t;
    }
  }
  for (let c = 0; c < m; c++) {
    for (let k = 0; k < n; k++) {
      const bk = b[k * m + c];
      if (bk !== 0) for (let i = k + 1; i < n; i++) b[i * m + c] -= bk * lu[i * n + k];
    }
    for (let k = n - 1; k >= 0; k--) {
      if (b[k * m + c] === 0) continue;
      const bk = (b[k * m + c] /= lu[k * n + k]);
      for (let i = 0; i < k; i++) b[i * m + c] -= bk * lu[i * n + k];
    }
  }
}

export function inv(args: PyValue[]): PyValue {
  const { a, n, count, dtype } = squareStack(args[0]);
  const out = new Float64Array(a.size);
  for (let s = 0; s < count; s++) {
    const f = luFactor(a.data, s * n * n, n);
    if (f.singular) throw linAlgError('Singular matrix');
    const b = new Float64Array(n * n);
    for (let i = 0; i < n; i++) b[i * n + i] = 1;
    luSolve(f, b, n, n);
    out.set(b, s * n * n);
  }
  return wrapResult(makeArray(dtype, a.shape.slice(), out));
}

/** sign and log|det| of each matrix (numpy's slogdet_single_element). */
function slogdets(v: PyValue): { signs: number[]; logs: number[]; shape: number[]; dtype: NpDType } {
  const { a, n, count, dtype } = squareStack(v);
  const signs: number[] = [], logs: number[] = [];
  for (let s = 0; s < count; s++) {
    const f = luFactor(a.data, s * n * n, n);
    if (f.singular) {
      signs.push(0);
      logs.push(-Infinity);
      continue;
    }
    let sign = 1, logdet = 0;
    for (let k = 0; k < n; k++) {
      if (f.perm[k] !== k) sign = -sign;
      const u = f.lu[k * n + k];
      if (u < 0) sign = -sign;
      logdet += cLog(Math.abs(u));
    }
    signs.push(sign);
    logs.push(logdet);
  }
  if (n === 0) for (let s = 0; s < Math.max(1, count); s++) { signs.push(1); logs.push(0); }
  return { signs, logs, shape: a.shape.slice(0, -2), dtype };
}

export function det(args: PyValue[]): PyValue {
  const { signs, logs, shape, dtype } = slogdets(args[0]);
  return wrapResult(makeArray(dtype, shape, signs.map((s, i) => s * cExp(logs[i]))));
}

export function slogdet(args: PyValue[]): PyValue {
  const { signs, logs, shape, dtype } = slogdets(args[0]);
  return slogdetResult([wrapResult(makeArray(dtype, shape, signs)), wrapResult(makeArray(dtype, shape, logs))]);
}

export function solve(args: PyValue[]): PyValue {
  const { a, n, dtype } = squareStack(args[0]);
  if (a.ndim !== 2) throw valueError('tfts: numpy.linalg.solve supports a single square matrix');
  const bArr = operandOrThrow(args[1]).arr;
  const vector = bArr.ndim === 1;
  const rows = bArr.shape[0];
  if (rows !== n) {
    throw valueError(vector
      ? `solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size ${rows} is different from ${n})`
      : `solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size ${rows} is different from ${n})`);
  }
  const m = vector ? 1 : bArr.shape[1];
  const f = luFactor(a.data, 0, n);
  if (f.singular) throw linAlgError('Singular matrix');
  const b = Float64Array.from(bArr.data as ArrayLike<number>);
  luSolve(f, b, n, m);
  const outType = dtype === np.float32 && bArr.dtype === np.float32 ? np.float32 : np.float64;
  return wrapResult(makeArray(outType, bArr.shape.slice(), b));
}

