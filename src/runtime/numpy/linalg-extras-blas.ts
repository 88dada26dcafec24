// The BLAS level-1/2 kernels LAPACK calls, in the operation order of OpenBLAS's Haswell kernels
// (the ones numpy's bundled OpenBLAS picks on x86-64 with AVX2): which parts use FMA, how partial
// sums are split over SIMD lanes and combined. Matrices are column-major (element (i, j) at
// off + i + j * ld). Measured against numpy: these orders are what make the last bits agree.
import { fma } from './linalg-extras-householder.js';

/** ddot, unit stride: blocks of 16 in four 4-lane FMA accumulators, the tail added in order. */
export function ddot(n: number, x: Float64Array, ix: number, y: Float64Array, iy: number): number {
  const n1 = n & -16;
  let dot = 0;
  if (n1 > 0) {
    const acc = new Float64Array(16);
    for (let i = 0; i < n1; i += 16) {
      for (let k = 0; k < 16; k++) acc[k] = fma(x[ix + i + k], y[iy + i + k], acc[k]);
    }
    // Each accumulator's halves added (lanes 0+2, 1+3), the four accumulators pairwise, then the
    // two remaining lanes.
    const half = (k: number, l: number) => acc[4 * k + l] + acc[4 * k + l + 2];
    const lane = (l: number) => (half(0, l) + half(1, l)) + (half(2, l) + half(3, l));
    dot = lane(0) + lane(1);
  }
  for (let i = n1; i < n; i++) dot += y[iy + i] * x[ix + i];
  return dot;
}

/** daxpy, unit stride: y += alpha x, fused for the first multiple of 16 elements. */
export function daxpy(n: number, alpha: number, x: Float64Array, ix: number, y: Float64Array, iy: number): void {
  const n1 = n & -16;
  for (let i = 0; i < n1; i++) y[iy + i] = fma(alpha, x[ix + i], y[iy + i]);
  for (let i = n1; i < n; i++) y[iy + i] += alpha * x[ix + i];
}

/** dgemv 'T': y(j) += alpha sum_i A(i, j) x(i) over m rows and n columns (y by stride incy).
 *  Rows in whole groups of four go through the SIMD kernels (four columns at a time with FMA
 *  lanes, then pairs and singles without FMA) and are added times alpha; the last m % 4 rows are
 *  added afterwards in plain C with x premultiplied by alpha. */
export function dgemvT(m: number, n: number, alpha: number, a: Float64Array, ia: number, lda: number,
  x: Float64Array, ix: number, incx: number, y: Float64Array, iy: number, incy: number): void {
  const xs = new Float64Array(m);
  for (let i = 0; i < m; i++) xs[i] = x[ix + i * incx];
  const m3 = m & 3, nb = m - m3;
  if (nb > 0) {
    const n4 = n & -4;
    for (let j = 0; j < n4; j++) {
      const col = ia + j * lda;
      let l0 = 0, l1 = 0, l2 = 0, l3 = 0;
      for (let i = 0; i < nb; i += 4) {
        l0 = fma(a[col + i], xs[i], l0);
        l1 = fma(a[col + i + 1], xs[i + 1], l1);
        l2 = fma(a[col + i + 2], xs[i + 2], l2);
        l3 = fma(a[col + i + 3], xs[i + 3], l3);
      }
      y[iy + j * incy] += ((l0 + l2) + (l1 + l3)) * alpha;
    }
    let j = n4;
    if ((n & 2) !== 0) {
      for (const jj of [j, j + 1]) {
        const col = ia + jj * lda;
        let even = 0, odd = 0;
        for (let i = 0; i < nb; i += 2) {
          even += a[col + i] * xs[i];
          odd += a[col + i + 1] * xs[i + 1];
        }
        y[iy + jj * incy] += (even + odd) * alpha;
      }
      j += 2;
    }
    if ((n & 1) !== 0) {
      const col = ia + j * lda;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < nb; i += 4) {
        s0 += a[col + i] * xs[i];
        s1 += a[col + i + 1] * xs[i + 1];
        s2 += a[col + i + 2] * xs[i + 2];
        s3 += a[col + i + 3] * xs[i + 3];
      }
      y[iy + j * incy] += ((s0 + s2) + (s1 + s3)) * alpha;
    }
  }
  if (m3 === 0) return;
  const x0 = xs[nb] * alpha, x1 = m3 >= 2 ? xs[nb + 1] * alpha : 0, x2 = m3 === 3 ? xs[nb + 2] * alpha : 0;
  for (let j = 0; j < n; j++) {
    const col = ia + nb + j * lda;
    // gcc contracts y += a0 x0 (+ a1 x1 (+ a2 x2)) into FMAs: y + fma(a2, x2, fma(a0, x0, a1 x1)),
    // and for a single row fma(a0, x0, y).
    if (m3 === 1) {
      y[iy + j * incy] = fma(a[col], x0, y[iy + j * incy]);
      continue;
    }
    let t = fma(a[col], x0, a[col + 1] * x1);
    if (m3 === 3) t = fma(a[col + 2], x2, t);
    y[iy + j * incy] += t;
  }
}

/** dgemv 'N': y(i) += alpha sum_j A(i, j) x(j) (y unit stride, x by incx). Rows in groups of
 *  four: four columns at a time as fma(a2, x2, a0 x0) + fma(a3, x3, a1 x1), fused into y times
 *  alpha; leftover columns one by one with x premultiplied by alpha. The last m % 4 rows: a
 *  plain running sum, then y += alpha * sum. */
export function dgemvN(m: number, n: number, alpha: number, a: Float64Array, ia: number, lda: number,
  x: Float64Array, ix: number, incx: number, y: Float64Array, iy: number): void {
  const m3 = m & 3, nb = m - m3;
  const X = (j: number) => x[ix + j * incx];
  if (nb > 0) {
    const n4 = n & -4;
    for (let j = 0; j < n4; j += 4) {
      const c0 = ia + j * lda, c1 = c0 + lda, c2 = c1 + lda, c3 = c2 + lda;
      const x0 = X(j), x1 = X(j + 1), x2 = X(j + 2), x3 = X(j + 3);
      for (let i = 0; i < nb; i++) {
        const t = fma(a[c2 + i], x2, a[c0 + i] * x0) + fma(a[c3 + i], x3, a[c1 + i] * x1);
        y[iy + i] = fma(alpha, t, y[iy + i]);
      }
    }
    for (let j = n4; j < n; j++) {
      const c = ia + j * lda, xa = X(j) * alpha;
      for (let i = 0; i < nb; i++) y[iy + i] += a[c + i] * xa;
    }
  }
  for (let i = nb; i < m; i++) {
    let t = 0;
    for (let j = 0; j < n; j++) t += a[ia + i + j * lda] * X(j);
    y[iy + i] += alpha * t;
  }
}

/** dger: A += alpha x y', one axpy per column with alpha * y(j). */
export function dger(m: number, n: number, alpha: number, x: Float64Array, ix: number, incx: number,
  y: Float64Array, a: Float64Array, ia: number, lda: number): void {
  let xs = x, xo = ix;
  if (incx !== 1) {
    xs = new Float64Array(m);
    for (let i = 0; i < m; i++) xs[i] = x[ix + i * incx];
    xo = 0;
  }
  for (let j = 0; j < n; j++) daxpy(m, alpha * y[j], xs, xo, a, ia + j * lda);
}

/** dsymv, lower, beta 0: y = alpha A x for the m x m block at a[ia]; OpenBLAS's dsymv_L order
 *  (columns in fours: the four diagonal terms first, then the rows below, then alpha * the dot
 *  products; long columns through its AVX2 kernel). */
export function dsymvLower(m: number, alpha: number, a: Float64Array, ia: number, lda: number,
  x: Float64Array, ix: number, y: Float64Array): void {
  for (let i = 0; i < m; i++) y[i] = 0;
  const A = (i: number, j: number) => a[ia + i + j * lda];
  const X = (i: number) => x[ix + i];
  const m4 = m & -4;
  for (let j = 0; j < m4; j += 4) {
    const t1 = [alpha * X(j), alpha * X(j + 1), alpha * X(j + 2), alpha * X(j + 3)];
    const t2 = [0, 0, 0, 0];
    for (let c = 0; c < 4; c++) y[j + c] = madd(t1[c], A(j + c, j + c), y[j + c]);
    for (let c = 0; c < 3; c++) {
      for (let i = j + c + 1; i < j + 4; i++) {
        y[i] = madd(t1[c], A(i, j + c), y[i]);
        t2[c] = madd(A(i, j + c), X(i), t2[c]);
      }
    }
    let from = j + 4;
    if (m - (j + 1) >= 12) {
      // The AVX2 kernel for whole groups of four rows: y fused column by column, the dot
      // products in four FMA lanes (row mod 4), folded as (l0 + l2) + (l1 + l3), then added.
      const m2 = m & -4;
      if (m2 > j + 4) {
        for (let c = 0; c < 4; c++) {
          const l = [0, 0, 0, 0];
          for (let i = j + 4; i < m2; i++) l[i & 3] = fma(X(i), A(i, j + c), l[i & 3]);
          t2[c] = ((l[0] + l[2]) + (l[1] + l[3])) + t2[c];
        }
        for (let i = j + 4; i < m2; i++) for (let c = 0; c < 4; c++) y[i] = fma(t1[c], A(i, j + c), y[i]);
        from = m2;
      }
    }
    for (let i = from; i < m; i++) {
      for (let c = 0; c < 4; c++) {
        y[i] = madd(t1[c], A(i, j + c), y[i]);
        t2[c] = madd(A(i, j + c), X(i), t2[c]);
      }
    }
    for (let c = 0; c < 4; c++) y[j + c] = madd(alpha, t2[c], y[j + c]);
  }
  for (let j = m4; j < m; j++) {
    const t1 = alpha * X(j);
    let t2 = 0;
    y[j] = madd(t1, A(j, j), y[j]);
    for (let i = j + 1; i < m; i++) {
      y[i] = madd(t1, A(i, j), y[i]);
      t2 = madd(A(i, j), X(i), t2);
    }
    y[j] = madd(alpha, t2, y[j]);
  }
}

/** dsymv, upper, beta 0, as OpenBLAS's dsymv_U: the reference order below 16 rows; otherwise
 *  columns in fours (rows below a multiple of 8 through the AVX2 kernel: y fused column by column,
 *  dot products in FMA lanes; the next rows in plain C), then the leftover columns one by one. */
export function dsymvUpper(m: number, alpha: number, a: Float64Array, ia: number, lda: number,
  x: Float64Array, ix: number, y: Float64Array): void {
  for (let i = 0; i < m; i++) y[i] = 0;
  const A = (i: number, j: number) => a[ia + i + j * lda];
  const X = (i: number) => x[ix + i];
  if (m < 16) {
    for (let j = 0; j < m; j++) {
      const t1 = alpha * X(j);
      let t2 = 0;
      for (let i = 0; i < j; i++) {
        y[i] += t1 * A(i, j);
        t2 += A(i, j) * X(i);
      }
      y[j] += t1 * A(j, j) + alpha * t2;
    }
    return;
  }
  const m2 = m - (m % 4);
  let j = 0;
  for (; j < m2; j += 4) {
    const t1 = [alpha * X(j), alpha * X(j + 1), alpha * X(j + 2), alpha * X(j + 3)];
    const t2 = [0, 0, 0, 0];
    const j1 = j & -8;
    if (j1 > 0) {
      for (let c = 0; c < 4; c++) {
        const l = [0, 0, 0, 0];
        for (let i = 0; i < j1; i++) l[i & 3] = fma(X(i), A(i, j + c), l[i & 3]);
        t2[c] = ((l[0] + l[2]) + (l[1] + l[3])) + t2[c];
      }
      for (let i = 0; i < j1; i++) for (let c = 0; c < 4; c++) y[i] = fma(t1[c], A(i, j + c), y[i]);
    }
    if (j1 < j) {
      const s2 = [0, 0, 0, 0];
      for (let i = j1; i < j; i++) {
        y[i] += t1[0] * A(i, j) + t1[1] * A(i, j + 1) + t1[2] * A(i, j + 2) + t1[3] * A(i, j + 3);
        for (let c = 0; c < 4; c++) s2[c] += A(i, j + c) * X(i);
      }
      for (let c = 0; c < 4; c++) t2[c] += s2[c];
    }
    for (let c = 0; c < 4; c++) {
      const col = j + c;
      let tt = t2[c];
      for (let i = j; i < col; i++) {
        y[i] += t1[c] * A(i, col);
        tt += A(i, col) * X(i);
      }
      y[col] += t1[c] * A(col, col) + alpha * tt;
    }
  }
  for (; j < m; j++) {
    const t1 = alpha * X(j);
    let t2 = 0;
    const j1 = j & -8;
    for (let i = 0; i < j1; i++) {
      y[i] += t1 * A(i, j);
      t2 += A(i, j) * X(i);
    }
    for (let i = j1; i < j; i++) {
      y[i] += t1 * A(i, j);
      t2 += A(i, j) * X(i);
    }
    y[j] += t1 * A(j, j) + alpha * t2;
  }
}

/** dsyr2: A += alpha (x y' + y x') on one triangle, as OpenBLAS's syr2 driver: two axpys per
 *  column (alpha x(j) times y, then alpha y(j) times x). */
export function dsyr2(upper: boolean, m: number, alpha: number, x: Float64Array, ix: number,
  y: Float64Array, a: Float64Array, ia: number, lda: number): void {
  for (let j = 0; j < m; j++) {
    const col = ia + j * lda;
    if (upper) {
      daxpy(j + 1, alpha * x[ix + j], y, 0, a, col);
      daxpy(j + 1, alpha * y[j], x, ix, a, col);
    } else {
      daxpy(m - j, alpha * x[ix + j], y, j, a, col + j);
      daxpy(m - j, alpha * y[j], x, ix + j, a, col + j);
    }
  }
}

/** a * b + c, two roundings (this C is not contracted to FMA in numpy's build). */
const madd = (a: number, b: number, c: number) => a * b + c;
