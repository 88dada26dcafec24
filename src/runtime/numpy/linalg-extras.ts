// numpy.linalg decompositions: eig/eigh/svd/qr/cholesky/lstsq and what builds on them (owned by the linalg-extras work)
// As numpy: every input is computed in float64 (numpy's _commonType), float32 inputs give float32
// results, integers and bools float64; the LAPACK routines numpy calls are reproduced step by step
// in linalg-extras-householder.ts / linalg-extras-symmetric.ts so that bits and signs match.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { structSeqType } from '../../interpreter/stdlib/struct-seq.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { np, NpDType } from './dtype.js';
import { NdArray, makeArray, wrapResult } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import { linAlgErrorType, inv } from './linalg-lu.js';
import { dgeqr2, dorg2r, potf2Lower, potf2Upper } from './linalg-extras-householder.js';
import { applyTridiagQ, dsteqr, dsytd2 } from './linalg-extras-symmetric.js';
import { dsterf } from './linalg-extras-sterf.js';
import { matrixPower, multiDot } from './linalg-extras-products.js';
import { makeSvdFunctions } from './linalg-extras-svd-api.js';
import { lstsq } from './linalg-extras-lstsq.js';
import { tensorinv, tensorsolve } from './linalg-extras-tensor.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

export const linAlgError = (message: string) => new PyBaseException(linAlgErrorType, [message]);

const qrResult = structSeqType('numpy.linalg._linalg.QRResult', ['Q', 'R'], 'QRResult');
const eighResult = structSeqType('numpy.linalg._linalg.EighResult', ['eigenvalues', 'eigenvectors'], 'EighResult');

/** numpy's _commonType: the result dtype (float32 stays float32, other reals become float64);
 *  float16 and non-numeric arrays are refused as numpy refuses them. */
export function resultDtype(a: NdArray): NpDType {
  if (a.dtype === np.float32) return np.float32;
  if (a.dtype.kind === 'f' && a.dtype !== np.float64) throw typeError(`array type ${a.dtype.name} is unsupported in linalg`);
  if (!'biuf'.includes(a.dtype.kind)) throw typeError(`array type ${a.dtype.name} is unsupported in linalg`);
  return np.float64;
}

/** numpy's _assert_stacked_2d (and _assert_stacked_square when `square`). */
export function stacked(v: PyValue, square: boolean): { a: NdArray; m: number; n: number; count: number; dtype: NpDType } {
  // numpy turns None into a 0-d object array, which fails the same dimension check.
  if (v === null) throw linAlgError('0-dimensional array given. Array must be at least two-dimensional');
  const a = operandOrThrow(v).arr;
  if (a.ndim < 2) throw linAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  if (square && m !== n) throw linAlgError('Last 2 dimensions of the array must be square');
  const dtype = resultDtype(a);
  return { a, m, n, count: m * n === 0 ? 0 : a.size / (m * n), dtype };
}

/** Matrix s of a stack, copied into LAPACK's column-major layout. */
export function colMajor(a: NdArray, s: number, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  const off = s * m * n;
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i + j * m] = a.data[off + i * n + j];
  return out;
}

/** Writes column-major (rows x cols, leading dimension ld) into row-major out at `off`. */
export function storeRowMajor(src: Float64Array, ld: number, rows: number, cols: number, out: Float64Array, off: number): void {
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[off + i * cols + j] = src[i + j * ld];
}

const choleskyParams = pyParams('cholesky', ['a'], { upper: false }, ['upper']);

function cholesky(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = choleskyParams(args, kwargs);
  const upper = p.upper !== false && p.upper !== null && p.upper !== 0;
  const { a, n, count, dtype } = stacked(p.a, true);
  const out = new Float64Array(a.size);
  for (let s = 0; s < count; s++) {
    const w = colMajor(a, s, n, n);
    const info = upper ? potf2Upper(n, w, n) : potf2Lower(n, w, n);
    if (info !== 0) throw linAlgError('Matrix is not positive definite');
    // numpy zeroes the other triangle.
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) if (upper ? i > j : i < j) w[i + j * n] = 0;
    storeRowMajor(w, n, n, n, out, s * n * n);
  }
  return wrapResult(makeArray(dtype, a.shape.slice(), out));
}

const qrParams = pyParams('qr', ['a', 'mode'], { mode: 'reduced' });

function qr(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = qrParams(args, kwargs);
  const mode = p.mode;
  if (mode !== 'reduced' && mode !== 'complete' && mode !== 'r' && mode !== 'raw') {
    throw valueError(`Unrecognized mode '${typeof mode === 'string' ? mode : String(mode)}'`);
  }
  const { a, m, n, dtype } = stacked(p.a, false);
  const batch = a.shape.slice(0, -2);
  const count = batch.reduce((x, y) => x * y, 1);
  const k = Math.min(m, n);
  const mc = mode === 'complete' && m > n ? m : k;
  const rOut = new Float64Array(count * (mode === 'raw' ? m * n : mc * n));
  const qOut = new Float64Array(count * (mode === 'raw' ? k : m * mc));
  for (let s = 0; s < count; s++) {
    const w = colMajor(a, s, m, n);
    const tau = new Float64Array(k);
    dgeqr2(m, n, w, m, tau);
    if (mode === 'raw') {
      // h is the LAPACK array transposed: row-major (n, m) is column-major (m, n) as stored.
      rOut.set(w, s * m * n);
      qOut.set(tau, s * k);
      continue;
    }
    // R: the upper triangle of the first mc rows.
    for (let i = 0; i < mc; i++) for (let j = 0; j < n; j++) rOut[s * mc * n + i * n + j] = j >= i && i < m ? w[i + j * m] : 0;
    if (mode === 'r') continue;
    // Q: dorgqr on the reflectors, in an m x mc buffer.
    const q = new Float64Array(m * mc);
    for (let j = 0; j < Math.min(n, mc); j++) for (let i = 0; i < m; i++) q[i + j * m] = w[i + j * m];
    dorg2r(m, mc, k, q, m, tau);
    storeRowMajor(q, m, m, mc, qOut, s * m * mc);
  }
  if (mode === 'raw') {
    return new PyTuple([wrapResult(makeArray(dtype, [...batch, n, m], rOut)), wrapResult(makeArray(dtype, [...batch, k], qOut))]);
  }
  const r = wrapResult(makeArray(dtype, [...batch, mc, n], rOut));
  if (mode === 'r') return r;
  return qrResult([wrapResult(makeArray(dtype, [...batch, m, mc], qOut)), r]);
}

function uploArg(v: PyValue): boolean {
  const u = typeof v === 'string' ? v.toUpperCase() : v;
  if (u !== 'L' && u !== 'U') throw valueError("UPLO argument must be 'L' or 'U'");
  return u === 'U';
}

/** dsyevd for each matrix of the stack: eigenvalues (ascending) and, when wanted, eigenvectors. */
function symmetricEigen(v: PyValue, upper: boolean, vectors: boolean): { w: NdArray; z: NdArray | null } {
  const { a, n, count, dtype } = stacked(v, true);
  const batch = a.shape.slice(0, -2);
  const wOut = new Float64Array(count * n);
  const zOut = new Float64Array(vectors ? a.size : 0);
  for (let s = 0; s < count; s++) {
    const w = colMajor(a, s, n, n);
    const d = new Float64Array(n), e = new Float64Array(Math.max(0, n - 1)), tau = new Float64Array(Math.max(0, n - 1));
    let z: Float64Array | null = null;
    if (n === 1) {
      d[0] = w[0];
      z = new Float64Array([1]);
    } else {
      // dsyevd scales matrices whose largest entry is near the under/overflow limits.
      const smlnum = 2.2250738585072014e-308 / 2 ** -52;
      const rmin = Math.sqrt(smlnum), rmax = Math.sqrt(1 / smlnum);
      let anrm = 0;
      for (let j = 0; j < n; j++) for (let i = upper ? 0 : j; i <= (upper ? j : n - 1); i++) anrm = Math.max(anrm, Math.abs(w[i + j * n]));
      const sigma = anrm > 0 && anrm < rmin ? rmin / anrm : anrm > rmax ? rmax / anrm : 0;
      if (sigma !== 0) for (let j = 0; j < n; j++) for (let i = upper ? 0 : j; i <= (upper ? j : n - 1); i++) w[i + j * n] *= sigma;
      dsytd2(upper, n, w, n, d, e, tau);
      let info: number;
      if (vectors) {
        z = new Float64Array(n * n);
        for (let i = 0; i < n; i++) z[i + i * n] = 1;
        info = dsteqr(n, d, e, z, n);
        if (info === 0) applyTridiagQ(upper, n, w, n, tau, z, n);
      } else info = dsterf(n, d, e);
      if (info !== 0) throw linAlgError('Eigenvalues did not converge');
      if (sigma !== 0) for (let i = 0; i < n; i++) d[i] *= 1 / sigma;
    }
    wOut.set(d, s * n);
    if (vectors && z) storeRowMajor(z, n, n, n, zOut, s * n * n);
  }
  return { w: makeArray(dtype, [...batch, n], wOut), z: vectors ? makeArray(dtype, a.shape.slice(), zOut) : null };
}

const eighParams = pyParams('eigh', ['a', 'UPLO'], { UPLO: 'L' });
const eigvalshParams = pyParams('eigvalsh', ['a', 'UPLO'], { UPLO: 'L' });

function eigh(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = eighParams(args, kwargs);
  const upper = uploArg(p.UPLO);
  const { w, z } = symmetricEigen(p.a, upper, true);
  return eighResult([wrapResult(w), wrapResult(z as NdArray)]);
}

function eigvalsh(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = eigvalshParams(args, kwargs);
  const upper = uploArg(p.UPLO);
  return wrapResult(symmetricEigen(p.a, upper, false).w);
}

export const linalgExtraFunctions: Record<string, Fn> = {
  cholesky,
  qr,
  eigh,
  eigvalsh,
  matrix_power: (args, kwargs) => matrixPower(args, kwargs, (x) => inv([x])),
  multi_dot: multiDot,
  ...makeSvdFunctions(symmetricEigen),
  lstsq,
  tensorsolve,
  tensorinv,
};

