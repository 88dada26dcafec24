// numpy.linalg.lstsq over LAPACK dgelsd as numpy's OpenBLAS runs it for m >= n, n <= 25: a QR
// first when m >= 1.6 n, Householder bidiagonalisation, Q' b, dlalsd's small-case solve (dlasdq
// with b carried along, rows below the rank threshold zeroed, the rest scaled by 1/s), VT' x via
// dgemm, and P applied back. Wide systems (m < n) take an SVD-based minimum-norm route that agrees
// with numpy to rounding, not bit for bit.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { PyBaseException, typeError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { np, NpDType } from './dtype.js';
import { NdArray, makeArray, pyNumber, wrapResult } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import { linAlgErrorType } from './linalg-lu.js';
import { dgeqr2, dlarfLeft, fma } from './linalg-extras-householder.js';
import { dgebd2, dgesdd } from './linalg-extras-svd.js';
import { dlasdq } from './linalg-extras-bidiag.js';

const linAlgError = (message: string) => new PyBaseException(linAlgErrorType, [message]);
const EPS = 1.1102230246251565e-16;

/** dorm2r, left, transposed: B := Q' B with Q = H(0) ... H(k-1) from column reflectors of a. */
function applyQt(m: number, k: number, a: Float64Array, lda: number, tau: Float64Array, b: Float64Array, ldb: number, nrhs: number, off = 0): void {
  const work = new Float64Array(nrhs);
  for (let i = 0; i < k; i++) {
    const p = i + off + i * lda;
    const aii = a[p];
    a[p] = 1;
    dlarfLeft(m - i - off, nrhs, a, p, 1, tau[i], b, i + off, ldb, work);
    a[p] = aii;
  }
}

/** dlalsd for n <= 25 (upper bidiagonal d, e): solves in place on b's first n rows; returns the
 *  rank; d ends as the singular values, descending. */
function dlalsd(n: number, nrhs: number, d: Float64Array, e: Float64Array, b: Float64Array, ldb: number, rcond: number): number {
  const rcnd = rcond <= 0 || rcond >= 1 ? EPS : rcond;
  if (n === 0) return 0;
  if (n === 1) {
    if (d[0] === 0) {
      for (let j = 0; j < nrhs; j++) b[j * ldb] = 0;
      return 0;
    }
    const mul = 1 / d[0];
    for (let j = 0; j < nrhs; j++) b[j * ldb] *= mul;
    d[0] = Math.abs(d[0]);
    return 1;
  }
  let orgnrm = 0;
  for (let i = 0; i < n; i++) orgnrm = Math.max(orgnrm, Math.abs(d[i]));
  for (let i = 0; i < n - 1; i++) orgnrm = Math.max(orgnrm, Math.abs(e[i]));
  if (orgnrm === 0) {
    for (let j = 0; j < nrhs; j++) for (let i = 0; i < n; i++) b[i + j * ldb] = 0;
    return 0;
  }
  const down = 1 / orgnrm;
  for (let i = 0; i < n; i++) d[i] *= down;
  for (let i = 0; i < n - 1; i++) e[i] *= down;
  const vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vt[i + i * n] = 1;
  const vtv = { a: vt, off: 0, ld: n };
  const info = dlasdq(n, d, e, n, vtv, 0, vtv, nrhs, { a: b, off: 0, ld: ldb });
  if (info !== 0) throw linAlgError('SVD did not converge in Linear Least Squares');
  let dmax = 0;
  for (let i = 0; i < n; i++) if (Math.abs(d[i]) > Math.abs(d[dmax])) dmax = i;
  const tol = rcnd * Math.abs(d[dmax]);
  let rank = 0;
  for (let i = 0; i < n; i++) {
    if (d[i] <= tol) {
      for (let j = 0; j < nrhs; j++) b[i + j * ldb] = 0;
    } else {
      const mul = 1 / d[i];
      for (let j = 0; j < nrhs; j++) b[i + j * ldb] *= mul;
      rank++;
    }
  }
  // dgemm 'T', 'N': x = VT' b, one FMA chain per entry; with a single right-hand side and n >= 8
  // numpy's OpenBLAS sums in four FMA lanes (k mod 4) added as (l0 + l1) + (l2 + l3) (measured).
  const x = new Float64Array(n * nrhs);
  for (let j = 0; j < nrhs; j++) for (let i = 0; i < n; i++) {
    if (nrhs === 1 && n >= 8) {
      const l = [0, 0, 0, 0];
      for (let k = 0; k < n; k++) l[k % 4] = fma(vt[k + i * n], b[k + j * ldb], l[k % 4]);
      x[i + j * n] = (l[0] + l[1]) + (l[2] + l[3]);
      continue;
    }
    let s = 0;
    for (let k = 0; k < n; k++) s = fma(vt[k + i * n], b[k + j * ldb], s);
    x[i + j * n] = s;
  }
  for (let j = 0; j < nrhs; j++) for (let i = 0; i < n; i++) b[i + j * ldb] = x[i + j * n];
  for (let i = 0; i < n; i++) d[i] *= orgnrm;
  d.subarray(0, n).sort().reverse();
  for (let j = 0; j < nrhs; j++) for (let i = 0; i < n; i++) b[i + j * ldb] *= down;
  return rank;
}

/** dgelsd for m >= n: x in b's first n rows, the residual components below. */
function dgelsdTall(m: number, n: number, nrhs: number, a: Float64Array, b: Float64Array, rcond: number): { rank: number; s: Float64Array } {
  let mm = m;
  if (m >= Math.floor(n * 1.6)) {
    mm = n;
    const tau = new Float64Array(n);
    dgeqr2(m, n, a, m, tau);
    applyQt(m, n, a, m, tau, b, m, nrhs);
    for (let j = 0; j < n; j++) for (let i = j + 1; i < n; i++) a[i + j * m] = 0;
  }
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 1)), tauq = new Float64Array(n), taup = new Float64Array(n);
  dgebd2(mm, n, a, m, d, e, tauq, taup);
  applyQt(mm, n, a, m, tauq, b, m, nrhs);
  const rank = dlalsd(n, nrhs, d, e, b, m, rcond);
  // dormbr 'P', left, no transpose: dorml2 (transposed) on A(0, 1) and b's rows 1.., descending.
  const work = new Float64Array(nrhs);
  for (let i = n - 2; i >= 0; i--) {
    const p = i + (i + 1) * m;
    const aii = a[p];
    a[p] = 1;
    dlarfLeft(n - i - 1, nrhs, a, p, m, taup[i], b, i + 1, m, work);
    a[p] = aii;
  }
  return { rank, s: d };
}

/** m < n: the minimum-norm solution from the SVD (x = V diag(1/s) U' b over s > rcond s_max). */
function wideSolve(m: number, n: number, nrhs: number, a: Float64Array, b: Float64Array, rcond: number): { rank: number; s: Float64Array; x: Float64Array } {
  const r = dgesdd(m, n, a, 'S');
  if (r.info !== 0) throw linAlgError('SVD did not converge in Linear Least Squares');
  const s = r.s, u = r.u as Float64Array, vt = r.vt as Float64Array;
  const rcnd = rcond <= 0 || rcond >= 1 ? EPS : rcond;
  const tol = rcnd * s[0];
  let rank = 0;
  const x = new Float64Array(n * nrhs);
  for (let k = 0; k < m; k++) {
    if (!(s[k] > tol)) continue;
    rank++;
    for (let j = 0; j < nrhs; j++) {
      let c = 0;
      for (let i = 0; i < m; i++) c += u[i + k * m] * b[i + j * m];
      c /= s[k];
      for (let i = 0; i < n; i++) x[i + j * n] += vt[k + i * m] * c;
    }
  }
  return { rank, s, x };
}

const lstsqParams = pyParams('lstsq', ['a', 'b', 'rcond'], { rcond: null });

export function lstsq(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = lstsqParams(args, kwargs);
  const a = operandOrThrow(p.a).arr;
  let b = operandOrThrow(p.b).arr;
  const is1d = b.ndim === 1;
  if (is1d) b = makeArray(b.dtype, [b.size, 1], b.data as ArrayLike<number>);
  for (const x of [a, b]) if (x.ndim !== 2) throw linAlgError(`${x.ndim}-dimensional array given. Array must be two-dimensional`);
  const [m, n] = a.shape;
  const [m2, nrhs] = b.shape;
  if (m !== m2) throw linAlgError('Incompatible dimensions');
  const check = (t: NpDType) => {
    if (!'biuf'.includes(t.kind) || (t.kind === 'f' && t !== np.float32 && t !== np.float64)) throw typeError(`array type ${t.name} is unsupported in linalg`);
  };
  check(a.dtype);
  check(b.dtype);
  const dtype = a.dtype === np.float32 && b.dtype === np.float32 ? np.float32 : np.float64;
  const rcond = p.rcond === null ? 2 * EPS * Math.max(m, n) : pyNumber(p.rcond);
  const ac = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) ac[i + j * m] = a.data[i * n + j] as number;
  const bc = new Float64Array(Math.max(m, n) * nrhs);
  const ldb = Math.max(m, n);
  for (let i = 0; i < m; i++) for (let j = 0; j < nrhs; j++) bc[i + j * ldb] = b.data[i * nrhs + j] as number;
  let rank = 0, s: Float64Array;
  const x = new Float64Array(n * nrhs);
  const resid = new Float64Array(nrhs);
  if (m === 0 || n === 0) {
    s = new Float64Array(0);
    for (let j = 0; j < nrhs; j++) for (let i = 0; i < m; i++) resid[j] += bc[i + j * ldb] ** 2;
  } else if (m >= n) {
    const bm = new Float64Array(m * nrhs);
    for (let j = 0; j < nrhs; j++) for (let i = 0; i < m; i++) bm[i + j * m] = bc[i + j * ldb];
    if (ac.some((v) => !Number.isFinite(v)) || bm.some((v) => !Number.isFinite(v))) throw linAlgError('SVD did not converge in Linear Least Squares');
    const r = dgelsdTall(m, n, nrhs, ac, bm, rcond);
    rank = r.rank;
    s = r.s;
    for (let j = 0; j < nrhs; j++) {
      for (let i = 0; i < n; i++) x[i + j * n] = bm[i + j * m];
      // numpy's residuals: the squared components beyond the first n rows, summed in order.
      for (let i = n; i < m; i++) resid[j] += bm[i + j * m] * bm[i + j * m];
    }
  } else {
    const bm = new Float64Array(m * nrhs);
    for (let j = 0; j < nrhs; j++) for (let i = 0; i < m; i++) bm[i + j * m] = bc[i + j * ldb];
    const r = wideSolve(m, n, nrhs, ac, bm, rcond);
    rank = r.rank;
    s = r.s;
    x.set(r.x);
  }
  const xRow = new Float64Array(n * nrhs);
  for (let i = 0; i < n; i++) for (let j = 0; j < nrhs; j++) xRow[i * nrhs + j] = x[i + j * n];
  const xArr = makeArray(dtype, is1d ? [n] : [n, nrhs], xRow);
  const keepResid = rank === n && m > n;
  const rArr = keepResid ? makeArray(dtype, is1d ? [1] : [nrhs], resid) : makeArray(dtype, [0], []);
  return new PyTuple([xArr, rArr, wrapResult(makeArray(np.int32, [], [rank])), makeArray(dtype, [s.length], s)]);
}

