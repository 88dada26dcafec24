// dsterf: the eigenvalues of a symmetric tridiagonal matrix without vectors (Pal-Walker-Kahan's
// root-free QL/QR), which is what numpy.linalg.eigvalsh gets from dsyevd.
import { dlapy2, fortranSign as sign } from './linalg-extras-householder.js';
import { dlaev2, maxAbs, scaleRange, unscaleRange } from './linalg-extras-symmetric.js';

const EPS = 1.1102230246251565e-16;
const SAFMIN = 2.2250738585072014e-308;
const MAXIT = 30;

/** dsterf: eigenvalues only, Pal-Walker-Kahan's root-free QL/QR, then an ascending sort. */
export function dsterf(n: number, d: Float64Array, e: Float64Array): number {
  if (n <= 1) return 0;
  const eps2 = EPS * EPS;
  const ssfmax = Math.sqrt(1 / SAFMIN) / 3, ssfmin = Math.sqrt(SAFMIN) / eps2;
  const nmaxit = n * MAXIT;
  let jtot = 0;
  let l1 = 0;
  for (;;) {
    if (l1 > n - 1) break;
    if (l1 > 0) e[l1 - 1] = 0;
    let m = l1;
    for (; m < n - 1; m++) {
      if (Math.abs(e[m]) <= Math.sqrt(Math.abs(d[m])) * Math.sqrt(Math.abs(d[m + 1])) * EPS) { e[m] = 0; break; }
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
    for (let i = l; i < lend; i++) e[i] = e[i] ** 2;
    if (Math.abs(d[lend]) < Math.abs(d[l])) { lend = lsv; l = lendsv; }
    if (lend >= l) {
      for (;;) {
        let mm = l;
        if (l !== lend) {
          for (; mm < lend; mm++) if (Math.abs(e[mm]) <= eps2 * Math.abs(d[mm] * d[mm + 1])) break;
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
          const rte = Math.sqrt(e[l]);
          const [rt1, rt2] = dlaev2(d[l], rte, d[l + 1]);
          d[l] = rt1; d[l + 1] = rt2; e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const rte = Math.sqrt(e[l]);
        let sigma = (d[l + 1] - p) / (2 * rte);
        let r = dlapy2(sigma, 1);
        sigma = p - rte / (sigma + sign(r, sigma));
        let c = 1, s = 0;
        let gamma = d[m] - sigma;
        p = gamma * gamma;
        for (let i = m - 1; i >= l; i--) {
          const bb = e[i];
          r = p + bb;
          if (i !== m - 1) e[i + 1] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma;
          const alpha = d[i];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i + 1] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l] = s * p;
        d[l] = sigma + gamma;
      }
    } else {
      for (;;) {
        let mm = l;
        for (; mm > lend; mm--) if (Math.abs(e[mm - 1]) <= eps2 * Math.abs(d[mm] * d[mm - 1])) break;
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
          const rte = Math.sqrt(e[l - 1]);
          const [rt1, rt2] = dlaev2(d[l], rte, d[l - 1]);
          d[l] = rt1; d[l - 1] = rt2; e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const rte = Math.sqrt(e[l - 1]);
        let sigma = (d[l - 1] - p) / (2 * rte);
        let r = dlapy2(sigma, 1);
        sigma = p - rte / (sigma + sign(r, sigma));
        let c = 1, s = 0;
        let gamma = d[m] - sigma;
        p = gamma * gamma;
        for (let i = m; i <= l - 1; i++) {
          const bb = e[i];
          r = p + bb;
          if (i !== m) e[i - 1] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma;
          const alpha = d[i + 1];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l - 1] = s * p;
        d[l] = sigma + gamma;
      }
    }
    if (iscale === 1) unscaleRange(d, e, lsv, lendsv, ssfmax, anorm, false);
    else if (iscale === 2) unscaleRange(d, e, lsv, lendsv, ssfmin, anorm, false);
    if (jtot >= nmaxit) {
      let info = 0;
      for (let i = 0; i < n - 1; i++) if (e[i] !== 0) info++;
      return info;
    }
  }
  d.sort();
  return 0;
}
