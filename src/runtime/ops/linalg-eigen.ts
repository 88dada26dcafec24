// Scalar ports of the Eigen routines TF's CPU linalg kernels call, one matrix at a time on
// row-major Float64Arrays (TF's Eigen matrices are RowMajor). `r` rounds each intermediate to the
// op's precision (Math.fround for float32): TF's x86 wheel is built without FMA, so every
// multiply and add rounds on its own, in the order written here. Sums follow Eigen's scalar
// paths (first term, then the rest in index order), which is what its vectorised reductions
// reduce to for the small matrices tests use (rows shorter than one SIMD packet); Eigen's blocked
// variants (LLT from 32 rows, LU from 17, QR from 48) are not reproduced.

export type Round = (x: number) => number;

export const exact: Round = (x) => x;

/** Sum over i in [0, count) of term(i), Eigen's order: the first term, then each next one. */
function seqSum(count: number, term: (i: number) => number, r: Round): number {
  if (count === 0) return 0;
  let s = term(0);
  for (let i = 1; i < count; i++) s = r(s + term(i));
  return s;
}

/** Eigen's unblocked LLT<Lower> in place (the strict upper part is left as it was). Returns -1 on
 *  success, else the column whose pivot was not positive. */
export function llt(m: Float64Array, n: number, r: Round): number {
  for (let k = 0; k < n; k++) {
    let x = m[k * n + k];
    if (k > 0) x = r(x - seqSum(k, (j) => r(m[k * n + j] * m[k * n + j]), r));
    if (x <= 0) return k;
    x = r(Math.sqrt(x));
    m[k * n + k] = x;
    for (let i = k + 1; i < n; i++) {
      if (k > 0) m[i * n + k] = r(m[i * n + k] - seqSum(k, (j) => r(m[i * n + j] * m[k * n + j]), r));
      m[i * n + k] = r(m[i * n + k] / x);
    }
  }
  return -1;
}

export interface PivotedLu {
  perm: number[]; // perm[i]: the input row now at row i
  sign: number; // of the permutation
  zeroPivot: boolean; // some pivot column was all zeros
}

/** Eigen's unblocked PartialPivLU in place: the first largest |m[r][k]| pivots, the column below
 *  is divided by it, and the trailing block takes a rank-1 update (also after a zero pivot). */
export function partialPivLu(m: Float64Array, n: number, r: Round): PivotedLu {
  const perm = Array.from({ length: n }, (_, i) => i);
  let sign = 1;
  let zeroPivot = false;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(m[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(m[i * n + k]) > best) {
        best = Math.abs(m[i * n + k]);
        p = i;
      }
    }
    if (best !== 0) {
      if (p !== k) {
        for (let j = 0; j < n; j++) [m[p * n + j], m[k * n + j]] = [m[k * n + j], m[p * n + j]];
        [perm[p], perm[k]] = [perm[k], perm[p]];
        sign = -sign;
      }
      for (let i = k + 1; i < n; i++) m[i * n + k] = r(m[i * n + k] / m[k * n + k]);
    } else {
      zeroPivot = true;
    }
    for (let i = k + 1; i < n; i++) {
      const l = m[i * n + k];
      for (let j = k + 1; j < n; j++) m[i * n + j] = r(m[i * n + j] - r(l * m[k * n + j]));
    }
  }
  return { perm, sign, zeroPivot };
}

/** A triangular matrix: element (i, j), which half holds it, and whether its diagonal is ones. */
export interface Triangle {
  at(i: number, j: number): number;
  lower: boolean;
  unitDiag: boolean;
}

/** Eigen's triangular solve, in place on b (n x cols, row-major). TF's right-hand sides are
 *  row-major, so Eigen solves the transposed problem X^T T^T = B^T from the right: each unknown
 *  subtracts the already solved ones one at a time in increasing index order, then is multiplied
 *  by the reciprocal of the diagonal. (Eigen's panels hand over to a blocked update only beyond
 *  its register-block width, above the sizes tests use.) */
export function triangularSolveInPlace(t: Triangle, n: number, b: Float64Array, cols: number, r: Round): void {
  for (let step = 0; step < n; step++) {
    const i = t.lower ? step : n - 1 - step;
    const from = t.lower ? 0 : i + 1;
    const to = t.lower ? i : n;
    const a = t.unitDiag ? 1 : r(1 / t.at(i, i));
    for (let j = 0; j < cols; j++) {
      let x = b[i * cols + j];
      for (let k = from; k < to; k++) x = r(x - r(b[k * cols + j] * t.at(i, k)));
      b[i * cols + j] = t.unitDiag ? x : r(x * a);
    }
  }
}

/** PartialPivLU::solve: permute the right-hand side's rows, then the unit-lower and upper solves. */
export function luSolve(lu: Float64Array, perm: number[], n: number, rhs: Float64Array, cols: number, r: Round): Float64Array {
  const x = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) for (let j = 0; j < cols; j++) x[i * cols + j] = rhs[perm[i] * cols + j];
  const at = (i: number, j: number) => lu[i * n + j];
  triangularSolveInPlace({ at, lower: true, unitDiag: true }, n, x, cols, r);
  triangularSolveInPlace({ at, lower: false, unitDiag: false }, n, x, cols, r);
  return x;
}

/** Float limits Eigen's makeHouseholder compares the tail's squared norm with. */
const MIN_NORMAL: Record<'f32' | 'f64', number> = { f32: 1.1754943508222875e-38, f64: 2.2250738585072014e-308 };

/** Applies H = I - tau [1; v] [1; v]^T from the left to rows r0.. (rows rowsN) and columns c0..
 *  (colsN) of a row-major matrix with `stride` columns (Eigen's applyHouseholderOnTheLeft). */
export function applyHouseholderLeft(
  a: Float64Array, stride: number, r0: number, rowsN: number, c0: number, colsN: number,
  v: (i: number) => number, tau: number, r: Round,
): void {
  if (rowsN === 1) {
    const f = r(1 - tau);
    for (let j = 0; j < colsN; j++) a[r0 * stride + c0 + j] = r(a[r0 * stride + c0 + j] * f);
    return;
  }
  if (tau === 0) return;
  for (let j = 0; j < colsN; j++) {
    const col = c0 + j;
    let tmp = seqSum(rowsN - 1, (i) => r(v(i) * a[(r0 + 1 + i) * stride + col]), r);
    tmp = r(tmp + a[r0 * stride + col]);
    a[r0 * stride + col] = r(a[r0 * stride + col] - r(tau * tmp));
    for (let i = 0; i < rowsN - 1; i++) {
      const at = (r0 + 1 + i) * stride + col;
      a[at] = r(a[at] - r(r(tau * v(i)) * tmp));
    }
  }
}

/** Eigen's makeHouseholderInPlace on column k below row k-1 of a row-major m x n matrix: beta
 *  goes on the diagonal, the essential part below it; returns tau. */
export function makeHouseholderColumn(a: Float64Array, m: number, n: number, k: number, r: Round, f64: boolean): number {
  const rows = m - k;
  const c0 = a[k * n + k];
  const tailSq = rows === 1 ? 0 : seqSum(rows - 1, (i) => r(a[(k + 1 + i) * n + k] * a[(k + 1 + i) * n + k]), r);
  let tau = 0;
  let beta = c0;
  if (tailSq <= MIN_NORMAL[f64 ? 'f64' : 'f32']) {
    for (let i = k + 1; i < m; i++) a[i * n + k] = 0;
  } else {
    beta = r(Math.sqrt(r(r(c0 * c0) + tailSq)));
    if (c0 >= 0) beta = -beta;
    const d = r(c0 - beta);
    for (let i = k + 1; i < m; i++) a[i * n + k] = r(a[i * n + k] / d);
    tau = r(r(beta - c0) / beta);
  }
  a[k * n + k] = beta;
  return tau;
}

/** Eigen's unblocked HouseholderQR in place on an m x n row-major matrix: R in the upper part,
 *  the reflectors' essential parts below the diagonal, their coefficients returned. */
export function householderQr(a: Float64Array, m: number, n: number, r: Round, f64: boolean): Float64Array {
  const size = Math.min(m, n);
  const tauAll = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const tau = makeHouseholderColumn(a, m, n, k, r, f64);
    tauAll[k] = tau;
    // Eigen factors a panel of `size` columns; columns past it (wide input) wait for the block update.
    applyHouseholderLeft(a, n, k, m - k, k + 1, size - k - 1, (i) => a[(k + 1 + i) * n + k], tau, r);
  }
  if (n > size) applyBlockHouseholderLeft(a, m, n, size, tauAll, r);
  return tauAll;
}

/** Eigen's apply_block_householder_on_the_left for the trailing columns of a wide matrix:
 *  A -= V T^T V^T A with V the unit-lower reflectors (m x m here) and T the upper triangular
 *  factor; each product sums over its inner index in order, from zero. */
function applyBlockHouseholderLeft(a: Float64Array, m: number, n: number, nb: number, tau: Float64Array, r: Round): void {
  const vAt = (i: number, k: number) => (i === k ? 1 : i > k ? a[i * n + k] : 0);
  // make_block_householder_triangular_factor
  const t = new Float64Array(nb * nb);
  for (let i = nb - 1; i >= 0; i--) {
    const rt = nb - i - 1;
    if (rt > 0) {
      const alpha = -tau[i];
      for (let j = i + 1; j < nb; j++) {
        let acc = 0;
        let first = true;
        for (let l = j; l < m; l++) {
          const term = l === j ? r(alpha * a[l * n + i]) : r(r(alpha * a[l * n + i]) * vAt(l, j));
          acc = first ? term : r(acc + term);
          first = false;
        }
        t[i * nb + j] = acc;
      }
      for (let j = nb - 1; j > i; j--) {
        const z = t[i * nb + j];
        t[i * nb + j] = r(z * t[j * nb + j]);
        for (let jj = j + 1; jj < nb; jj++) t[i * nb + jj] = r(t[i * nb + jj] + r(z * t[j * nb + jj]));
      }
    }
    t[i * nb + i] = tau[i];
  }
  const cols = n - nb;
  const dot = (count: number, term: (k: number) => number) => {
    let acc = 0;
    for (let k = 0; k < count; k++) acc = k === 0 ? term(0) : r(acc + term(k));
    return acc;
  };
  // tmp = V^T A (nb x cols), then tmp2 = T^T tmp, then A -= V tmp2
  const tmp = new Float64Array(nb * cols);
  for (let i = 0; i < nb; i++) for (let j = 0; j < cols; j++) tmp[i * cols + j] = dot(m, (k) => r(vAt(k, i) * a[k * n + nb + j]));
  const tmp2 = new Float64Array(nb * cols);
  for (let i = 0; i < nb; i++) for (let j = 0; j < cols; j++) tmp2[i * cols + j] = dot(nb, (k) => r((k <= i ? t[k * nb + i] : 0) * tmp[k * cols + j]));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < cols; j++) a[i * n + nb + j] = r(a[i * n + nb + j] - dot(nb, (k) => r(vAt(i, k) * tmp2[k * cols + j])));
  }
}

/** Q (m x cols, cols <= m) from HouseholderQR's reflectors: the identity with the reflectors
 *  applied from the last to the first (Eigen's householderQ() evaluation). */
export function householderQ(qr: Float64Array, tau: Float64Array, m: number, n: number, cols: number, r: Round): Float64Array {
  const q = new Float64Array(m * cols);
  for (let i = 0; i < Math.min(m, cols); i++) q[i * cols + i] = 1;
  for (let k = tau.length - 1; k >= 0; k--) {
    if (k >= cols) continue;
    applyHouseholderLeft(q, cols, k, m - k, k, cols - k, (i) => qr[(k + 1 + i) * n + k], tau[k], r);
  }
  return q;
}

/** Rounds to the nearest float16 (ties to even): Eigen::half arithmetic computes each operation
 *  in float and rounds the result to half. */
export function roundToHalf(v: number): number {
  const x = Math.fround(v);
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 65520) return x > 0 ? Infinity : -Infinity;
  let e = Math.max(Math.floor(Math.log2(a)), -14);
  if (e > -14 && 2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  const quantum = 2 ** (e - 10);
  const q = a / quantum;
  const f = Math.floor(q);
  const d = q - f;
  const n = d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
  return Math.sign(x) * n * quantum;
}
