// LAPACK's Householder building blocks as numpy's bundled OpenBLAS runs them, on column-major
// Float64Arrays (element (i, j) of a matrix with leading dimension ld at off + i + j * ld):
// dnrm2, dlapy2, dlarfg (make a reflector), dlarf (apply one from the left), and on top of them
// dgeqr2/dorg2r (QR) and OpenBLAS's potf2 (Cholesky). The operation order follows the Fortran
// (and OpenBLAS's C) step by step, since eigenvector and Q signs and the last bits depend on it.
import { ddot, dger, dgemvN, dgemvT } from './linalg-extras-blas.js';

/** x87-style norm: OpenBLAS's Haswell dnrm2 sums the squares in extended precision and rounds
 *  once after the square root; a double-double sum and a corrected square root reproduce that. */
export function dnrm2(n: number, x: Float64Array, off: number, inc: number): number {
  let hi = 0, lo = 0;
  for (let k = 0; k < n; k++) {
    const v = x[off + k * inc];
    const p = v * v;
    const pe = twoProdErr(v, v, p);
    const s = hi + p;
    const bb = s - hi;
    const err = (hi - (s - bb)) + (p - bb);
    lo += err + pe;
    hi = s;
  }
  const s = hi + lo;
  lo = lo - (s - hi);
  hi = s;
  if (hi === 0 || !Number.isFinite(hi)) return Math.sqrt(hi);
  const r = Math.sqrt(hi);
  // One Newton step in double-double: r + (hi + lo - r^2) / (2r).
  const rr = r * r;
  const rre = twoProdErr(r, r, rr);
  return r + ((hi - rr) - rre + lo) / (2 * r);
}

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp)

/** The rounding error of a * b = p, exactly (Dekker's product). */
export function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** a * b + c rounded once, as the FMA instructions in OpenBLAS's Haswell kernels compute it. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || p === 0 || c === 0) return p + c;
  const e = twoProdErr(a, b, p);
  const s = p + c;
  const bb = s - p;
  const t = (p - (s - bb)) + (c - bb);
  return s + (t + e);
}

const SAFMIN = 2.2250738585072014e-308;
const EPS = 1.1102230246251565e-16; // dlamch('E'): half an ulp of 1
const HUGE = 1.7976931348623157e308;

/** sqrt(x^2 + y^2) without overflow, LAPACK 3.12's dlapy2. */
export function dlapy2(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0 || w > HUGE) return w;
  const q = z / w;
  return w * Math.sqrt(1 + q * q);
}

const sign = (a: number, b: number) => (b >= 0 && !Object.is(b, -0) ? Math.abs(a) : -Math.abs(a));
export { sign as fortranSign };

/** dlarfg: the reflector H = I - tau v v' with H [alpha; x] = [beta; 0], v = [1; x'].
 *  alpha is a[ia]; x is n - 1 elements from a[ix] by inc. Overwrites alpha with beta and x
 *  with v's tail; returns tau. */
export function dlarfg(n: number, a: Float64Array, ia: number, ix: number, inc: number): number {
  if (n <= 1) return 0;
  let xnorm = dnrm2(n - 1, a, ix, inc);
  if (xnorm === 0) return 0;
  let alpha = a[ia];
  let beta = -sign(dlapy2(alpha, xnorm), alpha);
  const safmin = SAFMIN / EPS;
  let knt = 0;
  if (Math.abs(beta) < safmin) {
    // xnorm and beta may be inaccurate: scale x and recompute them.
    const rsafmn = 1 / safmin;
    do {
      knt++;
      for (let k = 0; k < n - 1; k++) a[ix + k * inc] *= rsafmn;
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < safmin && knt < 20);
    xnorm = dnrm2(n - 1, a, ix, inc);
    beta = -sign(dlapy2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  const scale = 1 / (alpha - beta);
  for (let k = 0; k < n - 1; k++) a[ix + k * inc] *= scale;
  for (let j = 0; j < knt; j++) beta *= safmin;
  a[ia] = beta;
  return tau;
}

/** dlarf, side 'L': C (m x n at c[ic], leading dimension ldc) := (I - tau v v') C, v = m elements
 *  from v[iv] with stride incv. work: at least n. As LAPACK: trailing zeros of v and zero columns
 *  of C are skipped; w = C' v (dgemv 'T'), then C -= tau v w' (dger, one axpy per column). */
export function dlarfLeft(m: number, n: number, v: Float64Array, iv: number, incv: number, tau: number,
  c: Float64Array, ic: number, ldc: number, work: Float64Array): void {
  if (tau === 0) return;
  let lastv = m;
  while (lastv > 0 && v[iv + (lastv - 1) * incv] === 0) lastv--;
  let lastc = n;
  for (; lastc > 0; lastc--) {
    let nonzero = false;
    for (let i = 0; i < lastv; i++) if (c[ic + i + (lastc - 1) * ldc] !== 0) { nonzero = true; break; }
    if (nonzero) break;
  }
  if (lastv === 0 || lastc === 0) return;
  work.fill(0, 0, lastc);
  dgemvT(lastv, lastc, 1, c, ic, ldc, v, iv, incv, work, 0, 1);
  dger(lastv, lastc, -tau, v, iv, incv, work, c, ic, ldc);
}

/** dgeqr2: A = QR by Householder reflectors, R on and above the diagonal, the reflectors' tails
 *  below, their taus in tau (min(m, n)). */
export function dgeqr2(m: number, n: number, a: Float64Array, lda: number, tau: Float64Array): void {
  const k = Math.min(m, n);
  const work = new Float64Array(Math.max(1, n));
  for (let i = 0; i < k; i++) {
    const d = i + i * lda;
    tau[i] = dlarfg(m - i, a, d, i + 1 < m ? d + 1 : d, 1);
    if (i < n - 1) {
      const aii = a[d];
      a[d] = 1;
      dlarfLeft(m - i, n - i - 1, a, d, 1, tau[i], a, d + lda, lda, work);
      a[d] = aii;
    }
  }
}

/** dorg2r: the first n columns of Q = H(0) ... H(k-1) from dgeqr2's output, in place (m x n). */
export function dorg2r(m: number, n: number, k: number, a: Float64Array, lda: number, tau: Float64Array): void {
  const work = new Float64Array(Math.max(1, n));
  for (let j = k; j < n; j++) {
    for (let l = 0; l < m; l++) a[l + j * lda] = 0;
    a[j + j * lda] = 1;
  }
  for (let i = k - 1; i >= 0; i--) {
    const d = i + i * lda;
    if (i < n - 1) {
      a[d] = 1;
      dlarfLeft(m - i, n - i - 1, a, d, 1, tau[i], a, d + lda, lda, work);
    }
    if (i < m - 1) for (let l = i + 1; l < m; l++) a[l + i * lda] *= -tau[i];
    a[d] = 1 - tau[i];
    for (let l = 0; l < i; l++) a[l + i * lda] = 0;
  }
}

/** OpenBLAS's potf2, lower: column by column, the diagonal from a strided dot of the row so far,
 *  the column below from a gemv, scaled by 1/ajj. Returns 0, or j + 1 when the leading minor of
 *  order j + 1 is not positive definite. */
export function potf2Lower(n: number, a: Float64Array, lda: number): number {
  for (let j = 0; j < n; j++) {
    const ajj = a[j + j * lda] - rowDot(a, lda, j, j, j);
    if (!(ajj > 0)) {
      a[j + j * lda] = ajj;
      return j + 1;
    }
    const r = Math.sqrt(ajj);
    a[j + j * lda] = r;
    if (j > 0) dgemvN(n - j - 1, j, -1, a, j + 1, lda, a, j, lda, a, j + 1 + j * lda);
    const inv = 1 / r;
    for (let i = j + 1; i < n; i++) a[i + j * lda] *= inv;
  }
  return 0;
}

/** sum over k < len of A(i, k) * A(j, k): rows are strided in column-major storage, which
 *  OpenBLAS's ddot sums four products a step into two partial sums. */
function rowDot(a: Float64Array, lda: number, i: number, j: number, len: number): number {
  let t1 = 0, t2 = 0, k = 0;
  for (; k + 4 <= len; k += 4) {
    const m1 = a[i + k * lda] * a[j + k * lda], m2 = a[i + (k + 1) * lda] * a[j + (k + 1) * lda];
    const m3 = a[i + (k + 2) * lda] * a[j + (k + 2) * lda], m4 = a[i + (k + 3) * lda] * a[j + (k + 3) * lda];
    t1 += m1 + m3;
    t2 += m2 + m4;
  }
  for (; k < len; k++) t1 += a[i + k * lda] * a[j + k * lda];
  return t1 + t2;
}

/** OpenBLAS's potf2, upper: the same by rows of U, from unit-stride column dot products. */
export function potf2Upper(n: number, a: Float64Array, lda: number): number {
  for (let j = 0; j < n; j++) {
    const cj = j * lda;
    const ajj = a[cj + j] - ddot(j, a, cj, a, cj);
    if (!(ajj > 0)) {
      a[cj + j] = ajj;
      return j + 1;
    }
    const r = Math.sqrt(ajj);
    a[cj + j] = r;
    if (j > 0) dgemvT(j, n - j - 1, -1, a, (j + 1) * lda, lda, a, cj, 1, a, j + (j + 1) * lda, lda);
    const inv = 1 / r;
    for (let c = j + 1; c < n; c++) a[j + c * lda] *= inv;
  }
  return 0;
}
