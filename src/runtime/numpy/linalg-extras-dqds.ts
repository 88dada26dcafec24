// LAPACK's dqds (dlasq1 -> dlasq2..6): the singular values of a bidiagonal matrix without vectors,
// which is what numpy's svd(compute_uv=False), matrix_rank and cond get from dgesdd. Transcribed
// step by step (IEEE branches; LAPACK's 1-based z indices kept, z[0] unused) so the bits match.
import { dlas2 } from './linalg-extras-bidiag-2x2.js';
import { dlasq4 } from './linalg-extras-dqds-shift.js';

const EPS = 1.1102230246251565e-16;
const SAFMIN = 2.2250738585072014e-308;
const CBIAS = 1.5, HUNDRD = 100;
const QURTR = 0.25, HALF = 0.5;

/** The state dlasq2 threads through dlasq3..6 (Fortran in/out arguments). */
export interface Q {
  z: Float64Array; i0: number; n0: number; pp: number; dmin: number; sigma: number; desig: number; qmax: number;
  nfail: number; iter: number; ndiv: number; ttype: number; dmin1: number; dmin2: number;
  dn: number; dn1: number; dn2: number; g: number; tau: number;
}

function swapEnds(z: Float64Array, i0: number, n0: number, withOdd: boolean): void {
  const ipn4 = 4 * (i0 + n0);
  for (let i4 = 4 * i0; i4 <= 2 * (i0 + n0 - 1); i4 += 4) {
    let t = z[i4 - 3]; z[i4 - 3] = z[ipn4 - i4 - 3]; z[ipn4 - i4 - 3] = t;
    if (withOdd) { t = z[i4 - 2]; z[i4 - 2] = z[ipn4 - i4 - 2]; z[ipn4 - i4 - 2] = t; }
    t = z[i4 - 1]; z[i4 - 1] = z[ipn4 - i4 - 5]; z[ipn4 - i4 - 5] = t;
    if (withOdd) { t = z[i4]; z[i4] = z[ipn4 - i4 - 4]; z[ipn4 - i4 - 4] = t; }
  }
}

/** dlasq1: singular values of the bidiagonal (d, e), descending, into d. Returns info. */
export function dlasq1(n: number, d: Float64Array, e: Float64Array): number {
  if (n === 0) return 0;
  if (n === 1) { d[0] = Math.abs(d[0]); return 0; }
  if (n === 2) {
    const [smin, smax] = dlas2(d[0], e[0], d[1]);
    d[0] = smax; d[1] = smin;
    return 0;
  }
  let sigmx = 0;
  for (let i = 0; i < n - 1; i++) {
    d[i] = Math.abs(d[i]);
    sigmx = Math.max(sigmx, Math.abs(e[i]));
  }
  d[n - 1] = Math.abs(d[n - 1]);
  if (sigmx === 0) {
    d.subarray(0, n).sort().reverse();
    return 0;
  }
  for (let i = 0; i < n; i++) sigmx = Math.max(sigmx, d[i]);
  const eps = 2 * EPS; // dlamch('Precision') = eps * base
  const scale = Math.sqrt(eps / SAFMIN);
  const z = new Float64Array(4 * n + 1);
  for (let i = 0; i < n; i++) z[2 * i + 1] = d[i];
  for (let i = 0; i < n - 1; i++) z[2 * i + 2] = e[i];
  // dlascl 'G' from sigmx to scale (the plain-ratio case), then squares.
  for (let i = 1; i <= 2 * n - 1; i++) z[i] = mulScaled(z[i], sigmx, scale);
  for (let i = 1; i <= 2 * n - 1; i++) z[i] = z[i] * z[i];
  z[2 * n] = 0;
  const info = dlasq2(n, z);
  if (info === 0) {
    for (let i = 0; i < n; i++) d[i] = Math.sqrt(z[i + 1]);
    for (let i = 0; i < n; i++) d[i] = mulScaled(d[i], scale, sigmx);
  }
  return info;
}

/** dlascl 'G': x times cto/cfrom, in safe steps when the ratio itself would under/overflow. */
export function mulScaled(x: number, cfrom: number, cto: number): number {
  const smlnum = SAFMIN, bignum = 1 / smlnum;
  let cfromc = cfrom, ctoc = cto, r = x;
  for (;;) {
    const cfrom1 = cfromc * smlnum;
    if (cfrom1 === cfromc) { r *= ctoc / cfromc; return r; }
    const cto1 = ctoc / bignum;
    if (Math.abs(cfrom1) > Math.abs(ctoc) && ctoc !== 0) { r *= smlnum; cfromc = cfrom1; }
    else if (Math.abs(cto1) > Math.abs(cfromc)) { r *= bignum; ctoc = cto1; }
    else { r *= ctoc / cfromc; return r; }
  }
}

function dlasq2(n: number, z: Float64Array): number {
  const eps = 2 * EPS, tol = eps * HUNDRD, tol2 = tol * tol;
  // n >= 3 here (dlasq1 handles smaller).
  z[2 * n] = 0;
  let emin = z[2], qmax = 0, zmax = 0, d = 0, e = 0;
  for (let k = 1; k <= 2 * (n - 1); k += 2) {
    if (z[k] < 0) return -(200 + k);
    if (z[k + 1] < 0) return -(200 + k + 1);
    d += z[k];
    e += z[k + 1];
    qmax = Math.max(qmax, z[k]);
    emin = Math.min(emin, z[k + 1]);
    zmax = Math.max(qmax, zmax, z[k + 1]);
  }
  if (z[2 * n - 1] < 0) return -(200 + 2 * n - 1);
  d += z[2 * n - 1];
  qmax = Math.max(qmax, z[2 * n - 1]);
  if (e === 0) {
    for (let k = 2; k <= n; k++) z[k] = z[2 * k - 1];
    z.subarray(1, n + 1).sort().reverse();
    z[2 * n - 1] = d;
    return 0;
  }
  const trace = d + e;
  if (trace === 0) { z[2 * n - 1] = 0; return 0; }
  for (let k = 2 * n; k >= 2; k -= 2) {
    z[2 * k] = 0;
    z[2 * k - 1] = z[k];
    z[2 * k - 2] = 0;
    z[2 * k - 3] = z[k - 1];
  }
  let i0 = 1, n0 = n;
  if (CBIAS * z[4 * i0 - 3] < z[4 * n0 - 3]) swapEnds(z, i0, n0, false);
  let pp = 0;
  for (let k = 1; k <= 2; k++) {
    d = z[4 * n0 + pp - 3];
    for (let i4 = 4 * (n0 - 1) + pp; i4 >= 4 * i0 + pp; i4 -= 4) {
      if (z[i4 - 1] <= tol2 * d) { z[i4 - 1] = -0; d = z[i4 - 3]; }
      else d = z[i4 - 3] * (d / (d + z[i4 - 1]));
    }
    emin = z[4 * i0 + pp + 1];
    d = z[4 * i0 + pp - 3];
    for (let i4 = 4 * i0 + pp; i4 <= 4 * (n0 - 1) + pp; i4 += 4) {
      z[i4 - 2 * pp - 2] = d + z[i4 - 1];
      if (z[i4 - 1] <= tol2 * d) {
        z[i4 - 1] = -0;
        z[i4 - 2 * pp - 2] = d;
        z[i4 - 2 * pp] = 0;
        d = z[i4 + 1];
      } else if (SAFMIN * z[i4 + 1] < z[i4 - 2 * pp - 2] && SAFMIN * z[i4 - 2 * pp - 2] < z[i4 + 1]) {
        const temp = z[i4 + 1] / z[i4 - 2 * pp - 2];
        z[i4 - 2 * pp] = z[i4 - 1] * temp;
        d = d * temp;
      } else {
        z[i4 - 2 * pp] = z[i4 + 1] * (z[i4 - 1] / z[i4 - 2 * pp - 2]);
        d = z[i4 + 1] * (d / z[i4 - 2 * pp - 2]);
      }
      emin = Math.min(emin, z[i4 - 2 * pp]);
    }
    z[4 * n0 - pp - 2] = d;
    qmax = z[4 * i0 - pp - 2];
    for (let i4 = 4 * i0 - pp + 2; i4 <= 4 * n0 - pp - 2; i4 += 4) qmax = Math.max(qmax, z[i4]);
    pp = 1 - pp;
  }
  const q: Q = {
    z, i0, n0, pp: 0, dmin: 0, sigma: 0, desig: 0, qmax, nfail: 0, iter: 2, ndiv: 2 * (n0 - i0),
    ttype: 0, dmin1: 0, dmin2: 0, dn: 0, dn1: 0, dn2: 0, g: 0, tau: 0,
  };
  for (let iwhila = 1; iwhila <= n + 1; iwhila++) {
    if (q.n0 < 1) {
      for (let k = 2; k <= n; k++) z[k] = z[4 * k - 3];
      z.subarray(1, n + 1).sort().reverse();
      return 0;
    }
    q.desig = 0;
    q.sigma = q.n0 === n ? 0 : -z[4 * q.n0 - 1];
    if (q.sigma < 0) return 1;
    let emax = 0;
    emin = q.n0 > q.i0 ? Math.abs(z[4 * q.n0 - 5]) : 0;
    let qmin = z[4 * q.n0 - 3];
    qmax = qmin;
    let i4 = 4 * q.n0;
    for (; i4 >= 8; i4 -= 4) {
      if (z[i4 - 5] <= 0) break;
      if (qmin >= 4 * emax) {
        qmin = Math.min(qmin, z[i4 - 3]);
        emax = Math.max(emax, z[i4 - 5]);
      }
      qmax = Math.max(qmax, z[i4 - 7] + z[i4 - 5]);
      emin = Math.min(emin, z[i4 - 5]);
    }
    if (i4 < 8) i4 = 4;
    q.i0 = i4 / 4;
    q.pp = 0;
    if (q.n0 - q.i0 > 1) {
      let dee = z[4 * q.i0 - 3], deemin = dee, kmin = q.i0;
      for (let j4 = 4 * q.i0 + 1; j4 <= 4 * q.n0 - 3; j4 += 4) {
        dee = z[j4] * (dee / (dee + z[j4 - 2]));
        if (dee <= deemin) { deemin = dee; kmin = (j4 + 3) / 4; }
      }
      if ((kmin - q.i0) * 2 < q.n0 - kmin && deemin <= HALF * z[4 * q.n0 - 3]) {
        q.pp = 2;
        swapEnds(z, q.i0, q.n0, true);
      }
    }
    q.dmin = -Math.max(0, qmin - 2 * Math.sqrt(qmin) * Math.sqrt(emax));
    q.qmax = qmax;
    const nbig = 100 * (q.n0 - q.i0 + 1);
    let done = false;
    for (let iwhilb = 1; iwhilb <= nbig; iwhilb++) {
      if (q.i0 > q.n0) { done = true; break; }
      dlasq3(q);
      q.pp = 1 - q.pp;
      if (q.pp === 0 && q.n0 - q.i0 >= 3) {
        if (z[4 * q.n0] <= tol2 * q.qmax || z[4 * q.n0 - 1] <= tol2 * q.sigma) {
          let splt = q.i0 - 1;
          q.qmax = z[4 * q.i0 - 3];
          emin = z[4 * q.i0 - 1];
          let oldemn = z[4 * q.i0];
          for (let j4 = 4 * q.i0; j4 <= 4 * (q.n0 - 3); j4 += 4) {
            if (z[j4] <= tol2 * z[j4 - 3] || z[j4 - 1] <= tol2 * q.sigma) {
              z[j4 - 1] = -q.sigma;
              splt = j4 / 4;
              q.qmax = 0;
              emin = z[j4 + 3];
              oldemn = z[j4 + 4];
            } else {
              q.qmax = Math.max(q.qmax, z[j4 + 1]);
              emin = Math.min(emin, z[j4 - 1]);
              oldemn = Math.min(oldemn, z[j4]);
            }
          }
          z[4 * q.n0 - 1] = emin;
          z[4 * q.n0] = oldemn;
          q.i0 = splt + 1;
        }
      }
    }
    if (!done) return 2; // (LAPACK then returns the partial d/e; numpy reports no convergence)
  }
  return 3;
}

function dlasq3(q: Q): void {
  const z = q.z;
  const n0in = q.n0;
  const eps = 2 * EPS, tol = eps * HUNDRD, tol2 = tol * tol;
  for (;;) {
    if (q.n0 < q.i0) return;
    let nn = 4 * q.n0 + q.pp;
    let deflate1 = q.n0 === q.i0, deflate2 = false;
    if (!deflate1) {
      if (q.n0 === q.i0 + 1) deflate2 = true;
      else if (!(z[nn - 5] > tol2 * (q.sigma + z[nn - 3]) && z[nn - 2 * q.pp - 4] > tol2 * z[nn - 7])) deflate1 = true;
      else if (!(z[nn - 9] > tol2 * q.sigma && z[nn - 2 * q.pp - 8] > tol2 * z[nn - 11])) deflate2 = true;
    }
    if (deflate1) {
      z[4 * q.n0 - 3] = z[4 * q.n0 + q.pp - 3] + q.sigma;
      q.n0 -= 1;
      continue;
    }
    if (deflate2) {
      if (z[nn - 3] > z[nn - 7]) { const s = z[nn - 3]; z[nn - 3] = z[nn - 7]; z[nn - 7] = s; }
      let t = HALF * ((z[nn - 7] - z[nn - 3]) + z[nn - 5]);
      if (z[nn - 5] > z[nn - 3] * tol2 && t !== 0) {
        let s = z[nn - 3] * (z[nn - 5] / t);
        if (s <= t) s = z[nn - 3] * (z[nn - 5] / (t * (1 + Math.sqrt(1 + s / t))));
        else s = z[nn - 3] * (z[nn - 5] / (t + Math.sqrt(t) * Math.sqrt(t + s)));
        t = z[nn - 7] + (s + z[nn - 5]);
        z[nn - 3] = z[nn - 3] * (z[nn - 7] / t);
        z[nn - 7] = t;
      }
      z[4 * q.n0 - 7] = z[nn - 7] + q.sigma;
      z[4 * q.n0 - 3] = z[nn - 3] + q.sigma;
      q.n0 -= 2;
      continue;
    }
    nn = 0;
    break;
  }
  if (q.pp === 2) q.pp = 0;
  const { i0, n0 } = q;
  let pp = q.pp;
  if (q.dmin <= 0 || n0 < n0in) {
    if (CBIAS * z[4 * i0 + pp - 3] < z[4 * n0 + pp - 3]) {
      swapEnds(z, i0, n0, true);
      if (n0 - i0 <= 4) {
        z[4 * n0 + pp - 1] = z[4 * i0 + pp - 1];
        z[4 * n0 - pp] = z[4 * i0 - pp];
      }
      q.dmin2 = Math.min(q.dmin2, z[4 * n0 + pp - 1]);
      z[4 * n0 + pp - 1] = Math.min(z[4 * n0 + pp - 1], z[4 * i0 + pp - 1], z[4 * i0 + pp + 3]);
      z[4 * n0 - pp] = Math.min(z[4 * n0 - pp], z[4 * i0 - pp], z[4 * i0 - pp + 4]);
      q.qmax = Math.max(q.qmax, z[4 * i0 + pp - 3], z[4 * i0 + pp + 1]);
      q.dmin = -0;
    }
  }
  dlasq4(q, n0in);
  pp = q.pp;
  let useDlasq6 = false;
  for (;;) {
    dlasq5(q);
    q.ndiv += n0 - i0 + 2;
    q.iter += 1;
    if (q.dmin >= 0 && q.dmin1 >= 0) break;
    if (q.dmin < 0 && q.dmin1 > 0 && z[4 * (n0 - 1) - pp] < tol * (q.sigma + q.dn1) && Math.abs(q.dn) < tol * q.sigma) {
      z[4 * (n0 - 1) - pp + 2] = 0;
      q.dmin = 0;
      break;
    }
    if (q.dmin < 0) {
      q.nfail += 1;
      if (q.ttype < -22) q.tau = 0;
      else if (q.dmin1 > 0) { q.tau = (q.tau + q.dmin) * (1 - 2 * eps); q.ttype -= 11; }
      else { q.tau = QURTR * q.tau; q.ttype -= 12; }
      continue;
    }
    if (Number.isNaN(q.dmin)) {
      if (q.tau === 0) { useDlasq6 = true; break; }
      q.tau = 0;
      continue;
    }
    useDlasq6 = true;
    break;
  }
  if (useDlasq6) {
    dlasq6(q);
    q.ndiv += n0 - i0 + 2;
    q.iter += 1;
    q.tau = 0;
  }
  if (q.tau < q.sigma) {
    q.desig += q.tau;
    const t = q.sigma + q.desig;
    q.desig -= t - q.sigma;
    q.sigma = t;
  } else {
    const t = q.sigma + q.tau;
    q.desig = q.sigma - (t - q.tau) + q.desig;
    q.sigma = t;
  }
}

/** dlasq5 (IEEE): one dqds transform with shift tau; a NaN/negative d shows up in dmin. */
function dlasq5(q: Q): void {
  const z = q.z, { i0, n0, pp, sigma } = q;
  let tau = q.tau;
  if (n0 - i0 - 1 <= 0) return;
  const dthresh = 2 * EPS * (sigma + tau);
  if (tau < dthresh * HALF) tau = 0;
  q.tau = tau;
  let j4 = 4 * i0 + pp - 3;
  let emin = z[j4 + 4];
  let d = z[j4] - tau;
  let dmin = d;
  let dmin1 = -z[j4];
  const clamp = tau === 0;
  if (pp === 0) {
    for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
      z[j4 - 2] = d + z[j4 - 1];
      const temp = z[j4 + 1] / z[j4 - 2];
      d = d * temp - tau;
      if (clamp && d < dthresh) d = 0;
      dmin = Math.min(dmin, d);
      z[j4] = z[j4 - 1] * temp;
      emin = Math.min(z[j4], emin);
    }
  } else {
    for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
      z[j4 - 3] = d + z[j4];
      const temp = z[j4 + 2] / z[j4 - 3];
      d = d * temp - tau;
      if (clamp && d < dthresh) d = 0;
      dmin = Math.min(dmin, d);
      z[j4 - 1] = z[j4] * temp;
      emin = Math.min(z[j4 - 1], emin);
    }
  }
  const dnm2 = d;
  const dmin2 = dmin;
  j4 = 4 * (n0 - 2) - pp;
  let j4p2 = j4 + 2 * pp - 1;
  z[j4 - 2] = dnm2 + z[j4p2];
  z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
  const dnm1 = z[j4p2 + 2] * (dnm2 / z[j4 - 2]) - tau;
  dmin = Math.min(dmin, dnm1);
  dmin1 = dmin;
  j4 += 4;
  j4p2 = j4 + 2 * pp - 1;
  z[j4 - 2] = dnm1 + z[j4p2];
  z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
  const dn = z[j4p2 + 2] * (dnm1 / z[j4 - 2]) - tau;
  dmin = Math.min(dmin, dn);
  z[j4 + 2] = dn;
  z[4 * n0 - pp] = emin;
  Object.assign(q, { dmin, dmin1, dmin2, dn, dn1: dnm1, dn2: dnm2 });
}

/** dlasq6: one dqd transform without shift (the safe fallback). */
function dlasq6(q: Q): void {
  const z = q.z, { i0, n0, pp } = q;
  if (n0 - i0 - 1 <= 0) return;
  let j4 = 4 * i0 + pp - 3;
  let emin = z[j4 + 4];
  let d = z[j4];
  let dmin = d;
  const step = (a: number, b: number, c: number, prev: number): [number, number, boolean] => {
    // z[a] = prev + z[b]; returns [new z at the e slot, new d, zero-pivot]
    z[a] = prev + z[b];
    if (z[a] === 0) return [0, z[c], true];
    if (SAFMIN * z[c] < z[a] && SAFMIN * z[a] < z[c]) {
      const temp = z[c] / z[a];
      return [z[b] * temp, prev * temp, false];
    }
    return [z[c] * (z[b] / z[a]), z[c] * (prev / z[a]), false];
  };
  for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
    const [ev, dv, zero] = pp === 0 ? step(j4 - 2, j4 - 1, j4 + 1, d) : step(j4 - 3, j4, j4 + 2, d);
    z[pp === 0 ? j4 : j4 - 1] = ev;
    d = dv;
    if (zero) { dmin = d; emin = 0; }
    dmin = Math.min(dmin, d);
    emin = Math.min(emin, ev);
  }
  const dnm2 = d;
  const dmin2 = dmin;
  j4 = 4 * (n0 - 2) - pp;
  let j4p2 = j4 + 2 * pp - 1;
  let [ev, dnm1, zero] = step(j4 - 2, j4p2, j4p2 + 2, dnm2);
  z[j4] = ev;
  if (zero) { dmin = dnm1; emin = 0; }
  dmin = Math.min(dmin, dnm1);
  const dmin1 = dmin;
  j4 += 4;
  j4p2 = j4 + 2 * pp - 1;
  let dn: number;
  [ev, dn, zero] = step(j4 - 2, j4p2, j4p2 + 2, dnm1);
  z[j4] = ev;
  if (zero) { dmin = dn; emin = 0; }
  dmin = Math.min(dmin, dn);
  z[j4 + 2] = dn;
  z[4 * n0 - pp] = emin;
  Object.assign(q, { dmin, dmin1, dmin2, dn, dn1: dnm1, dn2: dnm2 });
}
