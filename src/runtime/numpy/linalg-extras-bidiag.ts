// The bidiagonal SVD numpy's dgesdd runs for n <= 25: dbdsqr's implicit zero-shift / shifted QR
// sweeps (Demmel-Kahan) with dlasv2/dlas2 for 2x2 blocks, rotations accumulated into VT (rows)
// and U (columns), then sign fix-up and sorting as dbdsqr, dlasdq and dbdsdc do them; values
// only go through dqds (linalg-extras-dqds.ts) as in LAPACK. Column-major Float64Arrays; d (n),
// e (n - 1) are 0-based.
import { fma, fortranSign as sign } from './linalg-extras-householder.js';
import { dlas2, dlasv2 } from './linalg-extras-bidiag-2x2.js';
import { dlartg } from './linalg-extras-symmetric.js';
import { dlasq1 } from './linalg-extras-dqds.js';

const EPS = 1.1102230246251565e-16;
const UNFL = 2.2250738585072014e-308;
const MAXITR = 6;

/** A matrix view: element (i, j) at a[off + i + j * ld]. */
export interface View { a: Float64Array; off: number; ld: number }

/** dlasr side 'L', pivot 'V': rows r0..r0+mm-1 of `x` (ncols columns) rotated by planes j, j+1. */
function rotateRows(forward: boolean, mm: number, ncols: number, c: Float64Array, s: Float64Array, ci: number, x: View, r0: number): void {
  const one = (j: number) => {
    const ct = c[ci + j], st = s[ci + j];
    if (ct === 1 && st === 0) return;
    for (let i = 0; i < ncols; i++) {
      const p = x.off + r0 + j + i * x.ld;
      const temp = x.a[p + 1];
      x.a[p + 1] = ct * temp - st * x.a[p];
      x.a[p] = st * temp + ct * x.a[p];
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) one(j);
  else for (let j = mm - 2; j >= 0; j--) one(j);
}

/** dlasr side 'R', pivot 'V': columns c0..c0+mm-1 of `x` (nrows rows). */
export function rotateCols(forward: boolean, nrows: number, mm: number, c: Float64Array, s: Float64Array, ci: number, x: View, c0: number): void {
  const one = (j: number) => {
    const ct = c[ci + j], st = s[ci + j];
    if (ct === 1 && st === 0) return;
    const p = x.off + (c0 + j) * x.ld, q = p + x.ld;
    for (let i = 0; i < nrows; i++) {
      const temp = x.a[q + i];
      x.a[q + i] = ct * temp - st * x.a[p + i];
      x.a[p + i] = st * temp + ct * x.a[p + i];
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) one(j);
  else for (let j = mm - 2; j >= 0; j--) one(j);
}

/** drot on rows i, i+1 of vt (ncvt columns) or columns i, i+1 of u (nru rows): numpy's OpenBLAS
 *  build compiles its drot with FMA (c x + s y and c y - s x each fused once). */
function rotRows(n: number, x: View, r: number, c: number, s: number): void {
  for (let j = 0; j < n; j++) {
    const p = x.off + r + j * x.ld;
    const a = x.a[p], b = x.a[p + 1];
    x.a[p] = fma(c, a, s * b);
    x.a[p + 1] = fma(c, b, -(s * a));
  }
}
function rotCols(n: number, x: View, col: number, c: number, s: number): void {
  const p = x.off + col * x.ld, q = p + x.ld;
  for (let i = 0; i < n; i++) {
    const a = x.a[p + i], b = x.a[q + i];
    x.a[p + i] = fma(c, a, s * b);
    x.a[q + i] = fma(c, b, -(s * a));
  }
}

function swapRows(n: number, x: View, r1: number, r2: number): void {
  for (let j = 0; j < n; j++) {
    const p = x.off + r1 + j * x.ld, q = x.off + r2 + j * x.ld;
    const t = x.a[p]; x.a[p] = x.a[q]; x.a[q] = t;
  }
}
function swapCols(n: number, x: View, c1: number, c2: number): void {
  for (let i = 0; i < n; i++) {
    const p = x.off + i + c1 * x.ld, q = x.off + i + c2 * x.ld;
    const t = x.a[p]; x.a[p] = x.a[q]; x.a[q] = t;
  }
}

/** dbdsqr, upper bidiagonal: d becomes the singular values (descending), VT := P' VT (ncvt
 *  columns), U := U Q (nru rows), C := Q' C (ncc columns). Returns LAPACK's info (> 0: no
 *  convergence). */
export function dbdsqr(n: number, d: Float64Array, e: Float64Array, ncvt: number, vt: View, nru: number, u: View, ncc = 0, c: View = u): number {
  if (n === 0) return 0;
  if (n > 1) {
    const w = new Float64Array(4 * n);
    const nm1 = n - 1, nm12 = 2 * nm1, nm13 = 3 * nm1;
    const tolmul = Math.max(10, Math.min(100, EPS ** -0.125));
    const tol = tolmul * EPS;
    let smax = 0;
    for (let i = 0; i < n; i++) smax = Math.max(smax, Math.abs(d[i]));
    for (let i = 0; i < n - 1; i++) smax = Math.max(smax, Math.abs(e[i]));
    let sminoa = Math.abs(d[0]);
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 1; i < n; i++) {
        mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = sminoa / Math.sqrt(n);
    const thresh = Math.max(tol * sminoa, MAXITR * (n * (n * UNFL)));
    const maxitdivn = MAXITR * n;
    let iterdivn = 0, iter = -1, oldll = -1, oldm = -1, idir = 0;
    // 1-based indices below, as the Fortran: D(i) = d[i - 1], E(i) = e[i - 1].
    let m = n;
    const D = (i: number) => d[i - 1], E = (i: number) => e[i - 1];
    for (;;) {
      if (m <= 1) break;
      if (iter >= n) {
        iter -= n;
        iterdivn++;
        if (iterdivn >= maxitdivn) {
          let info = 0;
          for (let i = 0; i < n - 1; i++) if (e[i] !== 0) info++;
          return info;
        }
      }
      smax = Math.abs(D(m));
      let ll = 0;
      let split = false;
      for (let lll = 1; lll <= m - 1; lll++) {
        ll = m - lll;
        const abss = Math.abs(D(ll)), abse = Math.abs(E(ll));
        if (abse <= thresh) { split = true; break; }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        e[ll - 1] = 0;
        if (ll === m - 1) { m = m - 1; continue; }
      } else ll = 0;
      ll = ll + 1;
      if (ll === m - 1) {
        const [sigmn, sigmx, sinr, cosr, sinl, cosl] = dlasv2(D(m - 1), E(m - 1), D(m));
        d[m - 2] = sigmx;
        e[m - 2] = 0;
        d[m - 1] = sigmn;
        if (ncvt > 0) rotRows(ncvt, vt, m - 2, cosr, sinr);
        if (nru > 0) rotCols(nru, u, m - 2, cosl, sinl);
        if (ncc > 0) rotRows(ncc, c, m - 2, cosl, sinl);
        m = m - 2;
        continue;
      }
      if (ll > oldm || m < oldll) idir = Math.abs(D(ll)) >= Math.abs(D(m)) ? 1 : 2;
      let smin = 0;
      let restart = false;
      if (idir === 1) {
        if (Math.abs(E(m - 1)) <= Math.abs(tol) * Math.abs(D(m))) { e[m - 2] = 0; continue; }
        let mu = Math.abs(D(ll));
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(E(lll)) <= tol * mu) { e[lll - 1] = 0; restart = true; break; }
          mu = Math.abs(D(lll + 1)) * (mu / (mu + Math.abs(E(lll))));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(E(ll)) <= Math.abs(tol) * Math.abs(D(ll))) { e[ll - 1] = 0; continue; }
        let mu = Math.abs(D(m));
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(E(lll)) <= tol * mu) { e[lll - 1] = 0; restart = true; break; }
          mu = Math.abs(D(lll)) * (mu / (mu + Math.abs(E(lll))));
          smin = Math.min(smin, mu);
        }
      }
      if (restart) continue;
      oldll = ll;
      oldm = m;
      let shift: number;
      if (n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol)) {
        shift = 0;
      } else {
        let sll: number;
        if (idir === 1) { sll = Math.abs(D(ll)); shift = dlas2(D(m - 1), E(m - 1), D(m))[0]; }
        else { sll = Math.abs(D(m)); shift = dlas2(D(ll), E(ll), D(ll + 1))[0]; }
        if (sll > 0) {
          const q = shift / sll;
          if (q * q < EPS) shift = 0;
        }
      }
      iter = iter + m - ll;
      const mm = m - ll + 1;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0, r = 0;
          for (let i = ll; i <= m - 1; i++) {
            [cs, sn, r] = dlartg(D(i) * cs, E(i));
            if (i > ll) e[i - 2] = oldsn * r;
            let di: number;
            [oldcs, oldsn, di] = dlartg(oldcs * r, D(i + 1) * sn);
            d[i - 1] = di;
            w[i - ll] = cs; w[i - ll + nm1] = sn; w[i - ll + nm12] = oldcs; w[i - ll + nm13] = oldsn;
          }
          const h = D(m) * cs;
          d[m - 1] = h * oldcs;
          e[m - 2] = h * oldsn;
          if (ncvt > 0) rotateRows(true, mm, ncvt, w, w.subarray(nm1), 0, vt, ll - 1);
          if (nru > 0) rotateCols(true, nru, mm, w.subarray(nm12), w.subarray(nm13), 0, u, ll - 1);
          if (ncc > 0) rotateRows(true, mm, ncc, w.subarray(nm12), w.subarray(nm13), 0, c, ll - 1);
          if (Math.abs(E(m - 1)) <= thresh) e[m - 2] = 0;
        } else {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0, r = 0;
          for (let i = m; i >= ll + 1; i--) {
            [cs, sn, r] = dlartg(D(i) * cs, E(i - 1));
            if (i < m) e[i - 1] = oldsn * r;
            let di: number;
            [oldcs, oldsn, di] = dlartg(oldcs * r, D(i - 1) * sn);
            d[i - 1] = di;
            w[i - ll - 1] = cs; w[i - ll - 1 + nm1] = -sn; w[i - ll - 1 + nm12] = oldcs; w[i - ll - 1 + nm13] = -oldsn;
          }
          const h = D(ll) * cs;
          d[ll - 1] = h * oldcs;
          e[ll - 1] = h * oldsn;
          if (ncvt > 0) rotateRows(false, mm, ncvt, w.subarray(nm12), w.subarray(nm13), 0, vt, ll - 1);
          if (nru > 0) rotateCols(false, nru, mm, w, w.subarray(nm1), 0, u, ll - 1);
          if (ncc > 0) rotateRows(false, mm, ncc, w, w.subarray(nm1), 0, c, ll - 1);
          if (Math.abs(E(ll)) <= thresh) e[ll - 1] = 0;
        }
      } else if (idir === 1) {
        let f = (Math.abs(D(ll)) - shift) * (sign(1, D(ll)) + shift / D(ll));
        let g = E(ll);
        for (let i = ll; i <= m - 1; i++) {
          const [cosr, sinr, r1] = dlartg(f, g);
          if (i > ll) e[i - 2] = r1;
          f = cosr * D(i) + sinr * E(i);
          e[i - 1] = cosr * E(i) - sinr * D(i);
          g = sinr * D(i + 1);
          d[i] = cosr * D(i + 1);
          const [cosl, sinl, r2] = dlartg(f, g);
          d[i - 1] = r2;
          f = cosl * E(i) + sinl * D(i + 1);
          d[i] = cosl * D(i + 1) - sinl * E(i);
          if (i < m - 1) {
            g = sinl * E(i + 1);
            e[i] = cosl * E(i + 1);
          }
          w[i - ll] = cosr; w[i - ll + nm1] = sinr; w[i - ll + nm12] = cosl; w[i - ll + nm13] = sinl;
        }
        e[m - 2] = f;
        if (ncvt > 0) rotateRows(true, mm, ncvt, w, w.subarray(nm1), 0, vt, ll - 1);
        if (nru > 0) rotateCols(true, nru, mm, w.subarray(nm12), w.subarray(nm13), 0, u, ll - 1);
        if (ncc > 0) rotateRows(true, mm, ncc, w.subarray(nm12), w.subarray(nm13), 0, c, ll - 1);
        if (Math.abs(E(m - 1)) <= thresh) e[m - 2] = 0;
      } else {
        let f = (Math.abs(D(m)) - shift) * (sign(1, D(m)) + shift / D(m));
        let g = E(m - 1);
        for (let i = m; i >= ll + 1; i--) {
          const [cosr, sinr, r1] = dlartg(f, g);
          if (i < m) e[i - 1] = r1;
          f = cosr * D(i) + sinr * E(i - 1);
          e[i - 2] = cosr * E(i - 1) - sinr * D(i);
          g = sinr * D(i - 1);
          d[i - 2] = cosr * D(i - 1);
          const [cosl, sinl, r2] = dlartg(f, g);
          d[i - 1] = r2;
          f = cosl * E(i - 1) + sinl * D(i - 1);
          d[i - 2] = cosl * D(i - 1) - sinl * E(i - 1);
          if (i > ll + 1) {
            g = sinl * E(i - 2);
            e[i - 3] = cosl * E(i - 2);
          }
          w[i - ll - 1] = cosr; w[i - ll - 1 + nm1] = -sinr; w[i - ll - 1 + nm12] = cosl; w[i - ll - 1 + nm13] = -sinl;
        }
        e[ll - 1] = f;
        if (Math.abs(E(ll)) <= thresh) e[ll - 1] = 0;
        if (ncvt > 0) rotateRows(false, mm, ncvt, w.subarray(nm12), w.subarray(nm13), 0, vt, ll - 1);
        if (nru > 0) rotateCols(false, nru, mm, w, w.subarray(nm1), 0, u, ll - 1);
        if (ncc > 0) rotateRows(false, mm, ncc, w, w.subarray(nm1), 0, c, ll - 1);
      }
    }
  }
  // Make the singular values positive (flipping VT's rows), then sort them descending.
  for (let i = 0; i < n; i++) {
    if (d[i] < 0) {
      d[i] = -d[i];
      if (ncvt > 0) for (let j = 0; j < ncvt; j++) vt.a[vt.off + i + j * vt.ld] *= -1;
    }
  }
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1, smin = d[0];
    for (let j = 2; j <= n + 1 - i; j++) if (d[j - 1] <= smin) { isub = j; smin = d[j - 1]; }
    const last = n + 1 - i;
    if (isub !== last) {
      d[isub - 1] = d[last - 1];
      d[last - 1] = smin;
      if (ncvt > 0) swapRows(ncvt, vt, isub - 1, last - 1);
      if (nru > 0) swapCols(nru, u, isub - 1, last - 1);
      if (ncc > 0) swapRows(ncc, c, isub - 1, last - 1);
    }
  }
  return 0;
}

/** dbdsdc (n <= 25 path) on an upper or lower bidiagonal: lower ones are first rotated to upper;
 *  U and VT start as the identity (n x n) when vectors are wanted. */
export function dbdsdc(lower: boolean, n: number, d: Float64Array, e: Float64Array, vectors: boolean, u: View, vt: View): number {
  if (n === 0) return 0;
  if (n === 1) {
    if (vectors) {
      u.a[u.off] = sign(1, d[0]);
      vt.a[vt.off] = 1;
    }
    d[0] = Math.abs(d[0]);
    return 0;
  }
  const wc = new Float64Array(n), ws = new Float64Array(n);
  if (lower) {
    for (let i = 0; i < n - 1; i++) {
      const [cs, sn, r] = dlartg(d[i], e[i]);
      d[i] = r;
      e[i] = sn * d[i + 1];
      d[i + 1] = cs * d[i + 1];
      wc[i] = cs;
      ws[i] = -sn;
    }
  }
  if (vectors) {
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
      u.a[u.off + i + j * u.ld] = i === j ? 1 : 0;
      vt.a[vt.off + i + j * vt.ld] = i === j ? 1 : 0;
    }
  }
  if (!vectors) {
    // Values only: dbdsqr hands the problem to dqds; should dqds give up, continue with sweeps.
    const d0 = Float64Array.from(d), e0 = Float64Array.from(e);
    if (dlasq1(n, d, e) === 0) return 0;
    d.set(d0);
    e.set(e0);
  }
  const info = dbdsqr(n, d, e, vectors ? n : 0, vt, vectors ? n : 0, u);
  if (info !== 0) return info;
  // dlasdq sorts ascending, then dbdsdc descending (swapping vectors each time).
  for (let i = 0; i < n; i++) {
    let isub = i, smin = d[i];
    for (let j = i + 1; j < n; j++) if (d[j] < smin) { isub = j; smin = d[j]; }
    if (isub !== i) {
      d[isub] = d[i];
      d[i] = smin;
      if (vectors) { swapRows(n, vt, isub, i); swapCols(n, u, isub, i); }
    }
  }
  for (let i = 0; i < n - 1; i++) {
    let kk = i, p = d[i];
    for (let j = i + 1; j < n; j++) if (d[j] > p) { kk = j; p = d[j]; }
    if (kk !== i) {
      d[kk] = d[i];
      d[i] = p;
      if (vectors) { swapCols(n, u, i, kk); swapRows(n, vt, i, kk); }
    }
  }
  if (lower && vectors) rotateRows(false, n, n, wc, ws, 0, u, 0);
  return 0;
}

/** dlasdq for an upper bidiagonal (sqre 0): dbdsqr, then dlasdq's own sort (ascending, swapping
 *  VT's rows, U's columns and C's rows). */
export function dlasdq(n: number, d: Float64Array, e: Float64Array, ncvt: number, vt: View, nru: number, u: View, ncc: number, c: View): number {
  const info = dbdsqr(n, d, e, ncvt, vt, nru, u, ncc, c);
  if (info !== 0) return info;
  for (let i = 0; i < n; i++) {
    let isub = i, smin = d[i];
    for (let j = i + 1; j < n; j++) if (d[j] < smin) { isub = j; smin = d[j]; }
    if (isub !== i) {
      d[isub] = d[i];
      d[i] = smin;
      if (ncvt > 0) swapRows(ncvt, vt, isub, i);
      if (nru > 0) swapCols(nru, u, isub, i);
      if (ncc > 0) swapRows(ncc, c, isub, i);
    }
  }
  return 0;
}
