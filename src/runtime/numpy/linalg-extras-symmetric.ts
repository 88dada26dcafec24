// numpy.linalg.eigh/eigvalsh's LAPACK path (dsyevd for n <= 25): dsytd2 reduces the symmetric
// matrix to tridiagonal form by Householder reflectors; eigenvalues only: dsterf (root-free QL/QR);
// with vectors: dsteqr (implicit QL/QR with Wilkinson shifts, rotations accumulated into Z, then a
// selection sort) and dorm2r applies the reflectors to Z. Column-major Float64Arrays throughout.
import { daxpy, ddot, dsymvLower, dsymvUpper, dsyr2 } from './linalg-extras-blas.js';
import { dlapy2, dlarfg, dlarfLeft, fortranSign as sign } from './linalg-extras-householder.js';

const EPS = 1.1102230246251565e-16;
const SAFMIN = 2.2250738585072014e-308;
const MAXIT = 30;

/** dsytd2 with uplo 'L' or 'U': d (n), e (n - 1), tau (n - 1); the reflectors stay in a. */
export function dsytd2(upper: boolean, n: number, a: Float64Array, lda: number, d: Float64Array, e: Float64Array, tau: Float64Array): void {
  const w = new Float64Array(n);
  const at = (i: number, j: number) => i + j * lda;
  if (upper) {
    for (let i = n - 2; i >= 0; i--) {
      // Reflector H(i) annihilates A(0:i-1, i+1).
      const taui = dlarfg(i + 1, a, at(i, i + 1), at(0, i + 1), 1);
      e[i] = a[at(i, i + 1)];
      if (taui !== 0) {
        a[at(i, i + 1)] = 1;
        symvUpdate(true, i + 1, a, lda, at(0, 0), at(0, i + 1), taui, w);
        a[at(i, i + 1)] = e[i];
      }
      d[i + 1] = a[at(i + 1, i + 1)];
      tau[i] = taui;
    }
    if (n > 0) d[0] = a[0];
    return;
  }
  for (let i = 0; i < n - 1; i++) {
    const taui = dlarfg(n - i - 1, a, at(i + 1, i), at(Math.min(i + 2, n - 1), i), 1);
    e[i] = a[at(i + 1, i)];
    if (taui !== 0) {
      a[at(i + 1, i)] = 1;
      symvUpdate(false, n - i - 1, a, lda, at(i + 1, i + 1), at(i + 1, i), taui, w);
      a[at(i + 1, i)] = e[i];
    }
    d[i] = a[at(i, i)];
    tau[i] = taui;
  }
  if (n > 0) d[n - 1] = a[at(n - 1, n - 1)];
}

/** The rank-2 update of one dsytd2 step on the m x m block at a[ib] with v at a[iv]:
 *  x = taui A v (dsymv), w = x - (taui/2)(x.v) v (ddot, daxpy), A -= v w' + w v' (dsyr2). */
function symvUpdate(upper: boolean, m: number, a: Float64Array, lda: number, ib: number, iv: number, taui: number, w: Float64Array): void {
  if (upper) dsymvUpper(m, taui, a, ib, lda, a, iv, w);
  else dsymvLower(m, taui, a, ib, lda, a, iv, w);
  const alpha = -0.5 * taui * ddot(m, w, 0, a, iv);
  daxpy(m, alpha, a, iv, w, 0);
  dsyr2(upper, m, -1, a, iv, w, a, ib, lda);
}

/** Applies dsytd2's Q to the n x n matrix z from the left (dormtr, side 'L', no transpose). */
export function applyTridiagQ(upper: boolean, n: number, a: Float64Array, lda: number, tau: Float64Array, z: Float64Array, ldz: number): void {
  const work = new Float64Array(n);
  const k = n - 1;
  if (upper) {
    // dorm2l on A(0:n-2, 1:n-1): Q = H(k-1) ... H(0), applied with i ascending.
    for (let i = 0; i < k; i++) {
      const col = (i + 1) * lda;
      const aii = a[col + i];
      a[col + i] = 1;
      dlarfLeft(i + 1, n, a, col, 1, tau[i], z, 0, ldz, work);
      a[col + i] = aii;
    }
    return;
  }
  // dorm2r on A(1:n-1, 0:n-2) and Z(1:n-1, :): i descending.
  for (let i = k - 1; i >= 0; i--) {
    const d = i + 1 + i * lda;
    const aii = a[d];
    a[d] = 1;
    dlarfLeft(k - i, n, a, d, 1, tau[i], z, i + 1, ldz, work);
    a[d] = aii;
  }
}

/** dlartg (LAPACK 3.10+): the plane rotation [c s; -s c] [f; g] = [r; 0]. */
export function dlartg(f: number, g: number): [number, number, number] {
  const rtmin = Math.sqrt(SAFMIN), rtmax = Math.sqrt(1 / SAFMIN / 2);
  const f1 = Math.abs(f), g1 = Math.abs(g);
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), g1];
  if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
    const d = Math.sqrt(f * f + g * g);
    const r = sign(d, f);
    return [f1 / d, g / r, r];
  }
  const u = Math.min(1 / SAFMIN, Math.max(SAFMIN, f1, g1));
  const fs = f / u, gs = g / u;
  const d = Math.sqrt(fs * fs + gs * gs);
  const r = sign(d, f);
  return [Math.abs(fs) / d, gs / r, r * u];
}

/** dlae2/dlaev2: eigenvalues rt1 (larger |.|), rt2 of [[a, b], [b, c]] and the unit eigenvector
 *  (cs, sn) of rt1. */
export function dlaev2(a: number, b: number, c: number): [number, number, number, number] {
  const sm = a + c, df = a - c, adf = Math.abs(df), tb = b + b, ab = Math.abs(tb);
  const [acmx, acmn] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  let rt: number;
  if (adf > ab) { const q = ab / adf; rt = adf * Math.sqrt(1 + q * q); }
  else if (adf < ab) { const q = adf / ab; rt = ab * Math.sqrt(1 + q * q); }
  else rt = ab * Math.sqrt(2);
  let rt1: number, rt2: number, sgn1: number;
  if (sm < 0) { rt1 = 0.5 * (sm - rt); sgn1 = -1; rt2 = (acmx / rt1) * acmn - (b / rt1) * b; }
  else if (sm > 0) { rt1 = 0.5 * (sm + rt); sgn1 = 1; rt2 = (acmx / rt1) * acmn - (b / rt1) * b; }
  else { rt1 = 0.5 * rt; rt2 = -0.5 * rt; sgn1 = 1; }
  let cs: number, sgn2: number;
  if (df >= 0) { cs = df + rt; sgn2 = 1; } else { cs = df - rt; sgn2 = -1; }
  let cs1: number, sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1; sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) { const tn = cs1; cs1 = -sn1; sn1 = tn; }
  return [rt1, rt2, cs1, sn1];
}

/** dlasr side 'R', pivot 'V': Z(:, l0..l0+mm-1) times the rotations in c/s (offsets ci),
 *  forward or backward. */
function rotateColumns(forward: boolean, n: number, mm: number, c: Float64Array, s: Float64Array, ci: number, z: Float64Array, ldz: number, l0: number): void {
  const one = (j: number) => {
    const ct = c[ci + j], st = s[ci + j];
    if (ct === 1 && st === 0) return;
    const p = (l0 + j) * ldz, q = (l0 + j + 1) * ldz;
    for (let i = 0; i < n; i++) {
      const temp = z[q + i];
      z[q + i] = ct * temp - st * z[p + i];
      z[p + i] = st * temp + ct * z[p + i];
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) one(j);
  else for (let j = mm - 2; j >= 0; j--) one(j);
}

export const maxAbs = (d: Float64Array, e: Float64Array, l: number, lend: number) => {
  let anorm = 0;
  for (let i = l; i <= lend; i++) {
    const v = Math.abs(d[i]);
    if (anorm < v || Number.isNaN(v)) anorm = v;
  }
  for (let i = l; i < lend; i++) {
    const v = Math.abs(e[i]);
    if (anorm < v || Number.isNaN(v)) anorm = v;
  }
  return anorm;
};

/** dsteqr, compz 'I' when z is given (z starts as the identity), 'N' otherwise. Returns LAPACK's
 *  info (> 0: that many off-diagonals failed to converge). d, e are 0-based. */
export function dsteqr(n: number, d: Float64Array, e: Float64Array, z: Float64Array | null, ldz: number): number {
  if (n <= 1) return 0;
  const eps2 = EPS * EPS;
  const ssfmax = Math.sqrt(1 / SAFMIN) / 3, ssfmin = Math.sqrt(SAFMIN) / eps2;
  const wc = new Float64Array(n), ws = new Float64Array(n);
  const nmaxit = n * MAXIT;
  let jtot = 0;
  let l1 = 0;
  for (;;) {
    if (l1 > n - 1) break;
    if (l1 > 0) e[l1 - 1] = 0;
    let m = l1;
    for (; m < n - 1; m++) {
      const tst = Math.abs(e[m]);
      if (tst === 0) break;
      if (tst <= Math.sqrt(Math.abs(d[m])) * Math.sqrt(Math.abs(d[m + 1])) * EPS) { e[m] = 0; break; }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    const anorm = maxAbs(d, e, l, lend);
    let iscale = 0;
    if (anorm === 0) continue;
    if (anorm > ssfmax) { iscale = 1; scaleRange(d, e, l, lend, anorm, ssfmax); }
    else if (anorm < ssfmin) { iscale = 2; scaleRange(d, e, l, lend, anorm, ssfmin); }
    if (Math.abs(d[lend]) < Math.abs(d[l])) { lend = lsv; l = lendsv; }
    if (lend > l) {
      // QL iteration.
      for (;;) {
        let mm = l;
        if (l !== lend) {
          for (; mm < lend; mm++) {
            const tst = Math.abs(e[mm]) ** 2;
            if (tst <= (eps2 * Math.abs(d[mm])) * Math.abs(d[mm + 1]) + SAFMIN) break;
          }
        } else mm = lend;
        m = mm;
        if (m < lend) e[m] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l++;
          if (l <= lend) continue;
          break;
        }
        if (m === l + 1) {
          const [rt1, rt2, c, s] = dlaev2(d[l], e[l], d[l + 1]);
          if (z) { wc[l] = c; ws[l] = s; rotateColumns(false, n, 2, wc, ws, l, z, ldz, l); }
          d[l] = rt1; d[l + 1] = rt2; e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l + 1] - p) / (2 * e[l]);
        let r = dlapy2(g, 1);
        g = d[m] - p + e[l] / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * e[i], b = c * e[i];
          [c, s, r] = dlartg(g, f);
          if (i !== m - 1) e[i + 1] = r;
          g = d[i + 1] - p;
          r = (d[i] - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          if (z) { wc[i] = c; ws[i] = -s; }
        }
        if (z) rotateColumns(false, n, m - l + 1, wc, ws, l, z, ldz, l);
        d[l] = d[l] - p;
        e[l] = g;
      }
    } else {
      // QR iteration.
      for (;;) {
        let mm = l;
        if (l !== lend) {
          for (; mm > lend; mm--) {
            const tst = Math.abs(e[mm - 1]) ** 2;
            if (tst <= (eps2 * Math.abs(d[mm])) * Math.abs(d[mm - 1]) + SAFMIN) break;
          }
        } else mm = lend;
        m = mm;
        if (m > lend) e[m - 1] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l--;
          if (l >= lend) continue;
          break;
        }
        if (m === l - 1) {
          const [rt1, rt2, c, s] = dlaev2(d[l - 1], e[l - 1], d[l]);
          if (z) { wc[m] = c; ws[m] = s; rotateColumns(true, n, 2, wc, ws, m, z, ldz, l - 1); }
          d[l - 1] = rt1; d[l] = rt2; e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l - 1] - p) / (2 * e[l - 1]);
        let r = dlapy2(g, 1);
        g = d[m] - p + e[l - 1] / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * e[i], b = c * e[i];
          [c, s, r] = dlartg(g, f);
          if (i !== m) e[i - 1] = r;
          g = d[i] - p;
          r = (d[i + 1] - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          if (z) { wc[i] = c; ws[i] = s; }
        }
        if (z) rotateColumns(true, n, l - m + 1, wc, ws, m, z, ldz, m);
        d[l] = d[l] - p;
        e[l - 1] = g;
      }
    }
    if (iscale === 1) unscaleRange(d, e, lsv, lendsv, ssfmax, anorm, true);
    else if (iscale === 2) unscaleRange(d, e, lsv, lendsv, ssfmin, anorm, true);
    if (jtot >= nmaxit) {
      let info = 0;
      for (let i = 0; i < n - 1; i++) if (e[i] !== 0) info++;
      return info;
    }
  }
  // Selection sort (few vector swaps), as dsteqr sorts when vectors are wanted.
  for (let ii = 1; ii < n; ii++) {
    const i = ii - 1;
    let k = i, p = d[i];
    for (let j = ii; j < n; j++) if (d[j] < p) { k = j; p = d[j]; }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      if (z) for (let r = 0; r < n; r++) {
        const t = z[r + i * ldz];
        z[r + i * ldz] = z[r + k * ldz];
        z[r + k * ldz] = t;
      }
    }
  }
  return 0;
}

/** dlascl 'G' from cfrom to cto on d[l..lend] and e[l..lend-1] (the plain-ratio case). */
export function scaleRange(d: Float64Array, e: Float64Array, l: number, lend: number, cfrom: number, cto: number): void {
  unscaleRange(d, e, l, lend, cfrom, cto, true);
}

export function unscaleRange(d: Float64Array, e: Float64Array, l: number, lend: number, cfrom: number, cto: number, withE: boolean): void {
  const mul = cto / cfrom;
  for (let i = l; i <= lend; i++) d[i] *= mul;
  if (withE) for (let i = l; i < lend; i++) e[i] *= mul;
}
