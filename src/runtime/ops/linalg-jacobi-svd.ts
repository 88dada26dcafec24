// TF's Svd kernel calls Eigen::BDCSVD, which hands matrices with fewer than 16 columns to
// JacobiSVD (two-sided Jacobi with a column-pivoting QR preconditioner for non-square input).
// This is a scalar port of that path, rounding every step with `r` as linalg-eigen.ts does.
import { applyHouseholderLeft, householderQ, makeHouseholderColumn, Round } from './linalg-eigen.js';

const EPS = { f32: 1.1920928955078125e-7, f64: 2.220446049250313e-16 };
const MIN_NORMAL = { f32: 1.1754943508222875e-38, f64: 2.2250738585072014e-308 };

function seqSquaredNorm(count: number, at: (i: number) => number, r: Round): number {
  if (count === 0) return 0;
  let s = r(at(0) * at(0));
  for (let i = 1; i < count; i++) s = r(s + r(at(i) * at(i)));
  return s;
}

interface ColPivQr {
  qr: Float64Array; // m x n: R above the diagonal, the reflectors below
  tau: Float64Array;
  indices: number[]; // indices[i]: the input column at position i
}

/** Eigen's ColPivHouseholderQR (row-major m x n, in a copy): the column with the largest
 *  (downdated) norm pivots at each step. */
function colPivHouseholderQr(input: Float64Array, m: number, n: number, r: Round, f64: boolean): ColPivQr {
  const a = Float64Array.from(input);
  const size = Math.min(m, n);
  const eps = f64 ? EPS.f64 : EPS.f32;
  const tau = new Float64Array(size);
  const direct = new Float64Array(n);
  for (let j = 0; j < n; j++) direct[j] = r(Math.sqrt(seqSquaredNorm(m, (i) => a[i * n + j], r)));
  const updated = Float64Array.from(direct);
  const indices = Array.from({ length: n }, (_, i) => i);
  const downdateThreshold = r(Math.sqrt(eps));
  for (let k = 0; k < size; k++) {
    let best = k;
    for (let j = k + 1; j < n; j++) if (updated[j] > updated[best]) best = j;
    if (best !== k) {
      for (let i = 0; i < m; i++) [a[i * n + k], a[i * n + best]] = [a[i * n + best], a[i * n + k]];
      [updated[k], updated[best]] = [updated[best], updated[k]];
      [direct[k], direct[best]] = [direct[best], direct[k]];
      [indices[k], indices[best]] = [indices[best], indices[k]];
    }
    // makeHouseholderInPlace on column k below row k, then H applied to the columns after k.
    tau[k] = makeHouseholderColumn(a, m, n, k, r, f64);
    applyHouseholderLeft(a, n, k, m - k, k + 1, n - k - 1, (i) => a[(k + 1 + i) * n + k], tau[k], r);
    for (let j = k + 1; j < n; j++) {
      if (updated[j] === 0) continue;
      let temp = r(Math.abs(a[k * n + j]) / updated[j]);
      temp = r(r(1 + temp) * r(1 - temp));
      if (temp < 0) temp = 0;
      const ratio = r(updated[j] / direct[j]);
      const temp2 = r(temp * r(ratio * ratio));
      if (temp2 <= downdateThreshold) {
        direct[j] = r(Math.sqrt(seqSquaredNorm(m - k - 1, (i) => a[(k + 1 + i) * n + j], r)));
        updated[j] = direct[j];
      } else {
        updated[j] = r(updated[j] * r(Math.sqrt(temp)));
      }
    }
  }
  return { qr: a, tau, indices };
}

/** Rotates columns p, q of a row-major matrix: x' = c x + s y, y' = -s x + c y. */
function rotateCols(a: Float64Array, rows: number, cols: number, p: number, q: number, c: number, s: number, r: Round): void {
  if (c === 1 && s === 0) return;
  for (let i = 0; i < rows; i++) {
    const x = a[i * cols + p];
    const y = a[i * cols + q];
    a[i * cols + p] = r(r(c * x) + r(s * y));
    a[i * cols + q] = r(r(-s * x) + r(c * y));
  }
}

function rotateRows(a: Float64Array, cols: number, p: number, q: number, c: number, s: number, r: Round): void {
  if (c === 1 && s === 0) return;
  for (let j = 0; j < cols; j++) {
    const x = a[p * cols + j];
    const y = a[q * cols + j];
    a[p * cols + j] = r(r(c * x) + r(s * y));
    a[q * cols + j] = r(r(-s * x) + r(c * y));
  }
}

export interface SvdResult {
  s: Float64Array;
  u: Float64Array | null; // m x (full ? m : k)
  v: Float64Array | null; // n x (full ? n : k)
  ok: boolean; // false for non-finite input (TF fills the outputs with NaN)
}

/** JacobiSVD of a row-major m x n matrix. */
export function jacobiSvd(a: Float64Array, m: number, n: number, computeUv: boolean, full: boolean, r: Round, f64: boolean): SvdResult {
  const k = Math.min(m, n);
  const uCols = full ? m : k;
  const vCols = full ? n : k;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    const v = Math.abs(a[i]);
    if (Number.isNaN(v)) scale = NaN;
    else if (v > scale) scale = v;
  }
  if (!Number.isFinite(scale)) return { s: new Float64Array(k), u: null, v: null, ok: false };
  if (scale === 0) scale = 1;
  const scaled = a.map((x) => r(x / scale));
  const w = new Float64Array(k * k);
  let u: Float64Array = new Float64Array(m * uCols);
  let v: Float64Array = new Float64Array(n * vCols);
  if (m === n) {
    w.set(scaled);
    for (let i = 0; i < Math.min(m, uCols); i++) u[i * uCols + i] = 1;
    for (let i = 0; i < Math.min(n, vCols); i++) v[i * vCols + i] = 1;
  } else if (m > n) {
    const qr = colPivHouseholderQr(scaled, m, n, r, f64);
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) w[i * n + j] = qr.qr[i * n + j];
    u = householderQ(qr.qr, qr.tau, m, n, uCols, r);
    v = new Float64Array(n * n);
    qr.indices.forEach((col, i) => (v[col * n + i] = 1));
  } else {
    const t = new Float64Array(n * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) t[j * m + i] = scaled[i * n + j];
    const qr = colPivHouseholderQr(t, n, m, r, f64);
    for (let i = 0; i < m; i++) for (let j = i; j < m; j++) w[j * m + i] = qr.qr[i * m + j];
    v = householderQ(qr.qr, qr.tau, n, m, vCols, r);
    u = new Float64Array(m * m);
    qr.indices.forEach((col, i) => (u[col * m + i] = 1));
  }
  const uc = m === n ? uCols : m < n ? m : uCols;
  const vc = m === n ? vCols : m > n ? n : vCols;
  const precision = r(2 * (f64 ? EPS.f64 : EPS.f32));
  const considerZero = f64 ? MIN_NORMAL.f64 : MIN_NORMAL.f32;
  let maxDiag = 0;
  for (let i = 0; i < k; i++) maxDiag = Math.max(maxDiag, Math.abs(w[i * k + i]));
  let finished = false;
  while (!finished) {
    finished = true;
    for (let p = 1; p < k; p++) {
      for (let q = 0; q < p; q++) {
        const threshold = Math.max(considerZero, r(precision * maxDiag));
        if (!(Math.abs(w[p * k + q]) > threshold || Math.abs(w[q * k + p]) > threshold)) continue;
        finished = false;
        // real_2x2_jacobi_svd on [[w_pp, w_pq], [w_qp, w_qq]]
        let m00 = w[p * k + p], m01 = w[p * k + q], m10 = w[q * k + p], m11 = w[q * k + q];
        const t = r(m00 + m11);
        const d = r(m10 - m01);
        let c1 = 1, s1 = 0;
        if (!(Math.abs(d) < considerZero)) {
          const uu = r(t / d);
          const tmp = r(Math.sqrt(r(1 + r(uu * uu))));
          s1 = r(1 / tmp);
          c1 = r(uu / tmp);
        }
        if (!(c1 === 1 && s1 === 0)) {
          [m00, m10] = [r(r(c1 * m00) + r(s1 * m10)), r(r(-s1 * m00) + r(c1 * m10))];
          [m01, m11] = [r(r(c1 * m01) + r(s1 * m11)), r(r(-s1 * m01) + r(c1 * m11))];
        }
        // makeJacobi(m00, m01, m11)
        let c2 = 1, s2 = 0;
        const deno = r(2 * Math.abs(m01));
        if (!(deno < considerZero)) {
          const tau = r(r(m00 - m11) / deno);
          const wv = r(Math.sqrt(r(r(tau * tau) + 1)));
          const tt = tau > 0 ? r(1 / r(tau + wv)) : r(1 / r(tau - wv));
          const signT = tt > 0 ? 1 : -1;
          const nn = r(1 / r(Math.sqrt(r(r(tt * tt) + 1))));
          s2 = r(r(-signT * (m01 / Math.abs(m01)) * Math.abs(tt)) * nn);
          c2 = nn;
        }
        // j_left = rot1 * j_right^T
        const cl = r(r(c1 * c2) - r(s1 * -s2));
        const sl = r(r(c1 * -s2) + r(s1 * c2));
        rotateRows(w, k, p, q, cl, sl, r);
        if (computeUv) rotateCols(u, m, uc, p, q, cl, sl, r);
        rotateCols(w, k, k, p, q, c2, -s2, r);
        if (computeUv) rotateCols(v, n, vc, p, q, c2, -s2, r);
        maxDiag = Math.max(maxDiag, Math.max(Math.abs(w[p * k + p]), Math.abs(w[q * k + q])));
      }
    }
  }
  const s = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const d = w[i * k + i];
    s[i] = Math.abs(d);
    if (computeUv && d < 0) for (let row = 0; row < m; row++) u[row * uc + i] = -u[row * uc + i];
  }
  for (let i = 0; i < k; i++) s[i] = r(s[i] * scale);
  for (let i = 0; i < k; i++) {
    let pos = i;
    for (let j = i + 1; j < k; j++) if (s[j] > s[pos]) pos = j;
    if (s[pos] === 0) break;
    if (pos !== i) {
      [s[i], s[pos]] = [s[pos], s[i]];
      if (computeUv) {
        for (let row = 0; row < m; row++) [u[row * uc + i], u[row * uc + pos]] = [u[row * uc + pos], u[row * uc + i]];
        for (let row = 0; row < n; row++) [v[row * vc + i], v[row * vc + pos]] = [v[row * vc + pos], v[row * vc + i]];
      }
    }
  }
  return { s, u: computeUv ? u : null, v: computeUv ? v : null, ok: true };
}
