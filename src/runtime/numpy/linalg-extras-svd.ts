// dgesdd as numpy calls it (jobz 'N' for compute_uv=False, 'S' / 'A' for full_matrices False /
// True), for matrices whose smaller side is <= 25: Householder bidiagonalisation (dgebd2),
// preceded by a QR (tall) or LQ (wide) factorisation when one side exceeds 11/6 of the other, the
// bidiagonal SVD (linalg-extras-bidiag.ts), and the reflectors applied back (dormbr).
import { dgeqr2, dlarfg, dlarfLeft, dorg2r, fma } from './linalg-extras-householder.js';
import { dger, dgemvN } from './linalg-extras-blas.js';
import { dbdsdc, View } from './linalg-extras-bidiag.js';
import { mulScaled } from './linalg-extras-dqds.js';

/** dlarf, side 'R': C (m x n) := C (I - tau v v'), v = n elements from v[iv] by incv. */
export function dlarfRight(m: number, n: number, v: Float64Array, iv: number, incv: number, tau: number,
  c: Float64Array, ic: number, ldc: number): void {
  if (tau === 0) return;
  let lastv = n;
  while (lastv > 0 && v[iv + (lastv - 1) * incv] === 0) lastv--;
  let lastc = 0;
  for (let j = 0; j < lastv; j++) {
    for (let i = m - 1; i >= lastc; i--) if (c[ic + i + j * ldc] !== 0) { lastc = i + 1; break; }
  }
  if (lastv === 0 || lastc === 0) return;
  const w = new Float64Array(lastc);
  dgemvN(lastc, lastv, 1, c, ic, ldc, v, iv, incv, w, 0);
  const vs = new Float64Array(lastv);
  for (let j = 0; j < lastv; j++) vs[j] = v[iv + j * incv];
  dger(lastc, lastv, -tau, w, 0, 1, vs, c, ic, ldc);
}

/** dgebd2: A = Q B P' with B upper bidiagonal (m >= n) or lower (m < n). */
export function dgebd2(m: number, n: number, a: Float64Array, lda: number, d: Float64Array, e: Float64Array, tauq: Float64Array, taup: Float64Array): void {
  const at = (i: number, j: number) => i + j * lda;
  const work = new Float64Array(Math.max(m, n));
  if (m >= n) {
    for (let i = 0; i < n; i++) {
      tauq[i] = dlarfg(m - i, a, at(i, i), at(Math.min(i + 1, m - 1), i), 1);
      d[i] = a[at(i, i)];
      a[at(i, i)] = 1;
      if (i < n - 1) dlarfLeft(m - i, n - i - 1, a, at(i, i), 1, tauq[i], a, at(i, i + 1), lda, work);
      a[at(i, i)] = d[i];
      if (i < n - 1) {
        taup[i] = dlarfg(n - i - 1, a, at(i, i + 1), at(i, Math.min(i + 2, n - 1)), lda);
        e[i] = a[at(i, i + 1)];
        a[at(i, i + 1)] = 1;
        dlarfRight(m - i - 1, n - i - 1, a, at(i, i + 1), lda, taup[i], a, at(i + 1, i + 1), lda);
        a[at(i, i + 1)] = e[i];
      } else taup[i] = 0;
    }
    return;
  }
  for (let i = 0; i < m; i++) {
    taup[i] = dlarfg(n - i, a, at(i, i), at(i, Math.min(i + 1, n - 1)), lda);
    d[i] = a[at(i, i)];
    if (i < m - 1) {
      a[at(i, i)] = 1;
      dlarfRight(m - i - 1, n - i, a, at(i, i), lda, taup[i], a, at(i + 1, i), lda);
    }
    a[at(i, i)] = d[i];
    if (i < m - 1) {
      tauq[i] = dlarfg(m - i - 1, a, at(i + 1, i), at(Math.min(i + 2, m - 1), i), 1);
      e[i] = a[at(i + 1, i)];
      a[at(i + 1, i)] = 1;
      dlarfLeft(m - i - 1, n - i - 1, a, at(i + 1, i), 1, tauq[i], a, at(i + 1, i + 1), lda, work);
      a[at(i + 1, i)] = e[i];
    } else tauq[i] = 0;
  }
}

/** dgelq2: A = L Q by reflectors applied from the right, row by row. */
function dgelq2(m: number, n: number, a: Float64Array, lda: number, tau: Float64Array): void {
  const k = Math.min(m, n);
  for (let i = 0; i < k; i++) {
    const d = i + i * lda;
    tau[i] = dlarfg(n - i, a, d, i + Math.min(i + 1, n - 1) * lda, lda);
    if (i < m - 1) {
      const aii = a[d];
      a[d] = 1;
      dlarfRight(m - i - 1, n - i, a, d, lda, tau[i], a, d + 1, lda);
      a[d] = aii;
    }
  }
}

/** dorgl2: the first m rows of Q = H(k-1) ... H(0) from dgelq2's output, in place (m x n). */
function dorgl2(m: number, n: number, k: number, a: Float64Array, lda: number, tau: Float64Array): void {
  if (k < m) {
    for (let j = 0; j < n; j++) {
      for (let l = k; l < m; l++) a[l + j * lda] = 0;
      if (j >= k && j < m) a[j + j * lda] = 1;
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    const d = i + i * lda;
    if (i < n - 1) {
      if (i < m - 1) {
        a[d] = 1;
        dlarfRight(m - i - 1, n - i, a, d, lda, tau[i], a, d + 1, lda);
      }
      for (let l = i + 1; l < n; l++) a[i + l * lda] *= -tau[i];
    }
    a[d] = 1 - tau[i];
    for (let l = 0; l < i; l++) a[i + l * lda] = 0;
  }
}

/** dormbr 'Q', left, no transpose: C (rows x cols) := Q C, Q from dgebd2's column reflectors. */
function applyQ(m: number, n: number, a: Float64Array, lda: number, tauq: Float64Array, c: Float64Array, ldc: number, rows: number, cols: number): void {
  const work = new Float64Array(cols);
  // m >= n: n reflectors from A(0, 0); m < n: m - 1 of them from A(1, 0), acting on C's rows 1...
  const k = m >= n ? n : m - 1, off = m >= n ? 0 : 1;
  for (let i = k - 1; i >= 0; i--) {
    const p = i + off + i * lda;
    const aii = a[p];
    a[p] = 1;
    dlarfLeft(rows - off - i, cols, a, p, 1, tauq[i], c, i + off, ldc, work);
    a[p] = aii;
  }
}

/** dormbr 'P', right, transposed: C (rows x cols) := C P', P from dgebd2's row reflectors. */
function applyPt(m: number, n: number, a: Float64Array, lda: number, taup: Float64Array, c: Float64Array, ldc: number, rows: number): void {
  // m >= n: n - 1 reflectors from A(0, 1) acting on C's columns 1..; m < n: m of them from A(0, 0).
  const k = m >= n ? n - 1 : m, off = m >= n ? 1 : 0;
  for (let i = k - 1; i >= 0; i--) {
    const p = i + (i + off) * lda;
    const aii = a[p];
    a[p] = 1;
    dlarfRight(rows, n - off - i, a, p, lda, taup[i], c, (i + off) * ldc, ldc);
    a[p] = aii;
  }
}

export interface Svd { s: Float64Array; u: Float64Array | null; vt: Float64Array | null; info: number }

/** x (r x k) times y (k x c), column-major: dgemm's Haswell kernel, one FMA chain per entry. */
function matmulCols(r: number, k: number, c: number, x: Float64Array, ldx: number, y: Float64Array, ldy: number): Float64Array {
  const out = new Float64Array(r * c);
  for (let j = 0; j < c; j++) for (let i = 0; i < r; i++) {
    let s = 0;
    for (let l = 0; l < k; l++) s = fma(x[i + l * ldx], y[l + j * ldy], s);
    out[i + j * r] = s;
  }
  return out;
}

/** The SVD of the square or "not much taller/wider" m x n matrix a (column-major, overwritten):
 *  u is m x ucols, vt is vtrows x n (both column-major). */
function svdDirect(m: number, n: number, a: Float64Array, jobz: 'N' | 'S' | 'A'): Svd {
  const k = Math.min(m, n);
  const d = new Float64Array(k), e = new Float64Array(Math.max(k - 1, 1)), tauq = new Float64Array(k), taup = new Float64Array(k);
  dgebd2(m, n, a, m, d, e, tauq, taup);
  if (jobz === 'N') {
    const dummy: View = { a: new Float64Array(1), off: 0, ld: 1 };
    return { s: d, u: null, vt: null, info: dbdsdc(m < n, k, d, e, false, dummy, dummy) };
  }
  const ucols = jobz === 'A' ? m : k, vtrows = jobz === 'A' ? n : k;
  const u = new Float64Array(m * ucols), vt = new Float64Array(vtrows * n);
  const info = dbdsdc(m < n, k, d, e, true, { a: u, off: 0, ld: m }, { a: vt, off: 0, ld: vtrows });
  if (info !== 0) return { s: d, u: null, vt: null, info };
  if (jobz === 'A') {
    for (let i = k; i < m; i++) u[i + i * m] = 1;
    for (let i = k; i < n; i++) vt[i + i * vtrows] = 1;
  }
  applyQ(m, n, a, m, tauq, u, m, m, ucols);
  applyPt(m, n, a, m, taup, vt, vtrows, vtrows);
  return { s: d, u, vt, info: 0 };
}

/** dgesdd: matrices with entries near the under/overflow limits are scaled first, as LAPACK does. */
export function dgesdd(m: number, n: number, a: Float64Array, jobz: 'N' | 'S' | 'A'): Svd {
  const smlnum = Math.sqrt(2.2250738585072014e-308) / 2 ** -52, bignum = 1 / smlnum;
  let anrm = 0;
  for (const v of a) anrm = Math.max(anrm, Math.abs(v));
  const target = anrm > 0 && anrm < smlnum ? smlnum : anrm > bignum ? bignum : 0;
  if (target === 0) return dgesddPaths(m, n, a, jobz);
  for (let i = 0; i < a.length; i++) a[i] = mulScaled(a[i], anrm, target);
  const r = dgesddPaths(m, n, a, jobz);
  for (let i = 0; i < r.s.length; i++) r.s[i] = mulScaled(r.s[i], target, anrm);
  return r;
}

/** dgesdd's path choice for an m x n column-major matrix (overwritten). */
function dgesddPaths(m: number, n: number, a: Float64Array, jobz: 'N' | 'S' | 'A'): Svd {
  const k = Math.min(m, n);
  const mnthr = Math.floor((k * 11) / 6);
  if (k === 0) {
    // numpy fills the full-size factors of an empty matrix with identities.
    const eye = (r: number) => Float64Array.from({ length: r * r }, (_, i) => (i % (r + 1) === 0 ? 1 : 0));
    return { s: new Float64Array(0), u: jobz === 'A' ? eye(m) : new Float64Array(0), vt: jobz === 'A' ? eye(n) : new Float64Array(0), info: 0 };
  }
  if (m >= n && m >= mnthr && m > n) {
    // QR first, then the SVD of R.
    const tau = new Float64Array(n);
    dgeqr2(m, n, a, m, tau);
    const r = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i <= j; i++) r[i + j * n] = a[i + j * m];
    const inner = svdDirect(n, n, r, jobz === 'N' ? 'N' : 'S');
    if (jobz === 'N' || inner.info !== 0) return inner;
    const qcols = jobz === 'A' ? m : n;
    const q = new Float64Array(m * qcols);
    for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) q[i + j * m] = a[i + j * m];
    dorg2r(m, qcols, n, q, m, tau);
    const un = matmulCols(m, n, n, q, m, inner.u as Float64Array, n);
    q.set(un, 0);
    return { s: inner.s, u: q, vt: inner.vt, info: 0 };
  }
  if (n > m && n >= mnthr) {
    // LQ first, then the SVD of L.
    const tau = new Float64Array(m);
    dgelq2(m, n, a, m, tau);
    const l = new Float64Array(m * m);
    for (let j = 0; j < m; j++) for (let i = j; i < m; i++) l[i + j * m] = a[i + j * m];
    const inner = svdDirect(m, m, l, jobz === 'N' ? 'N' : 'S');
    if (jobz === 'N' || inner.info !== 0) return inner;
    const qrows = jobz === 'A' ? n : m;
    const q = new Float64Array(qrows * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) q[i + j * qrows] = a[i + j * m];
    dorgl2(qrows, n, m, q, qrows, tau);
    const vtm = matmulCols(m, m, n, inner.vt as Float64Array, m, q, qrows);
    for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) q[i + j * qrows] = vtm[i + j * m];
    return { s: inner.s, u: inner.u, vt: q, info: 0 };
  }
  return svdDirect(m, n, a, jobz);
}
