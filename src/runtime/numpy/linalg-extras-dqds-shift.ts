// dlasq4: dqds's shift choice (the ttype cases of LAPACK), transcribed with its 1-based z indices.
// An early return keeps the previous tau, as the Fortran leaves its output argument untouched.
import type { Q } from './linalg-extras-dqds.js';

const CNST1 = 0.563, CNST2 = 1.01, CNST3 = 1.05, QURTR = 0.25, THIRD = 0.333, HALF = 0.5, HUNDRD = 100;

export function dlasq4(q: Q, n0in: number): void {
  const z = q.z, { i0, n0, pp } = q;
  const { dmin, dmin1, dmin2, dn, dn1, dn2 } = q;
  if (dmin <= 0) { q.tau = -dmin; q.ttype = -1; return; }
  const nn = 4 * n0 + pp;
  let s = 0, a2 = 0, b1 = 0, b2 = 0, gam = 0, np = 0;
  if (n0in === n0) {
    if (dmin === dn || dmin === dn1) {
      b1 = Math.sqrt(z[nn - 3]) * Math.sqrt(z[nn - 5]);
      b2 = Math.sqrt(z[nn - 7]) * Math.sqrt(z[nn - 9]);
      a2 = z[nn - 7] + z[nn - 5];
      if (dmin === dn && dmin1 === dn1) {
        const gap2 = dmin2 - a2 - dmin2 * QURTR;
        const gap1 = gap2 > 0 && gap2 > b2 ? a2 - dn - (b2 / gap2) * b2 : a2 - dn - (b1 + b2);
        if (gap1 > 0 && gap1 > b1) {
          s = Math.max(dn - (b1 / gap1) * b1, HALF * dmin);
          q.ttype = -2;
        } else {
          s = 0;
          if (dn > b1) s = dn - b1;
          if (a2 > b1 + b2) s = Math.min(s, a2 - (b1 + b2));
          s = Math.max(s, THIRD * dmin);
          q.ttype = -3;
        }
      } else {
        q.ttype = -4;
        s = QURTR * dmin;
        if (dmin === dn) {
          gam = dn;
          a2 = 0;
          if (z[nn - 5] > z[nn - 7]) return;
          b2 = z[nn - 5] / z[nn - 7];
          np = nn - 9;
        } else {
          np = nn - 2 * pp;
          gam = dn1;
          if (z[np - 4] > z[np - 2]) return;
          a2 = z[np - 4] / z[np - 2];
          if (z[nn - 9] > z[nn - 11]) return;
          b2 = z[nn - 9] / z[nn - 11];
          np = nn - 13;
        }
        a2 = a2 + b2;
        for (let i4 = np; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          if (b2 === 0) break;
          b1 = b2;
          if (z[i4] > z[i4 - 2]) return;
          b2 = b2 * (z[i4] / z[i4 - 2]);
          a2 = a2 + b2;
          if (HUNDRD * Math.max(b2, b1) < a2 || CNST1 < a2) break;
        }
        a2 = CNST3 * a2;
        if (a2 < CNST1) s = (gam * (1 - Math.sqrt(a2))) / (1 + a2);
      }
    } else if (dmin === dn2) {
      q.ttype = -5;
      s = QURTR * dmin;
      np = nn - 2 * pp;
      b1 = z[np - 2];
      b2 = z[np - 6];
      gam = dn2;
      if (z[np - 8] > b2 || z[np - 4] > b1) return;
      a2 = (z[np - 8] / b2) * (1 + z[np - 4] / b1);
      if (n0 - i0 > 2) {
        b2 = z[nn - 13] / z[nn - 15];
        a2 = a2 + b2;
        for (let i4 = nn - 17; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          if (b2 === 0) break;
          b1 = b2;
          if (z[i4] > z[i4 - 2]) return;
          b2 = b2 * (z[i4] / z[i4 - 2]);
          a2 = a2 + b2;
          if (HUNDRD * Math.max(b2, b1) < a2 || CNST1 < a2) break;
        }
        a2 = CNST3 * a2;
      }
      if (a2 < CNST1) s = (gam * (1 - Math.sqrt(a2))) / (1 + a2);
    } else {
      if (q.ttype === -6) q.g = q.g + THIRD * (1 - q.g);
      else if (q.ttype === -18) q.g = QURTR * THIRD;
      else q.g = QURTR;
      s = q.g * dmin;
      q.ttype = -6;
    }
  } else if (n0in === n0 + 1) {
    if (dmin1 === dn1 && dmin2 === dn2) {
      q.ttype = -7;
      s = THIRD * dmin1;
      if (z[nn - 5] > z[nn - 7]) return;
      b1 = z[nn - 5] / z[nn - 7];
      b2 = b1;
      if (b2 !== 0) {
        for (let i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          a2 = b1;
          if (z[i4] > z[i4 - 2]) return;
          b1 = b1 * (z[i4] / z[i4 - 2]);
          b2 = b2 + b1;
          if (HUNDRD * Math.max(b1, a2) < b2) break;
        }
      }
      b2 = Math.sqrt(CNST3 * b2);
      a2 = dmin1 / (1 + b2 * b2);
      const gap2 = HALF * dmin2 - a2;
      if (gap2 > 0 && gap2 > b2 * a2) s = Math.max(s, a2 * (1 - CNST2 * a2 * (b2 / gap2) * b2));
      else { s = Math.max(s, a2 * (1 - CNST2 * b2)); q.ttype = -8; }
    } else {
      s = QURTR * dmin1;
      if (dmin1 === dn1) s = HALF * dmin1;
      q.ttype = -9;
    }
  } else if (n0in === n0 + 2) {
    if (dmin2 === dn2 && 2 * z[nn - 5] < z[nn - 7]) {
      q.ttype = -10;
      s = THIRD * dmin2;
      if (z[nn - 5] > z[nn - 7]) return;
      b1 = z[nn - 5] / z[nn - 7];
      b2 = b1;
      if (b2 !== 0) {
        for (let i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          if (z[i4] > z[i4 - 2]) return;
          b1 = b1 * (z[i4] / z[i4 - 2]);
          b2 = b2 + b1;
          if (HUNDRD * b1 < b2) break;
        }
      }
      b2 = Math.sqrt(CNST3 * b2);
      a2 = dmin2 / (1 + b2 * b2);
      const gap2 = z[nn - 7] + z[nn - 9] - Math.sqrt(z[nn - 11]) * Math.sqrt(z[nn - 9]) - a2;
      if (gap2 > 0 && gap2 > b2 * a2) s = Math.max(s, a2 * (1 - CNST2 * a2 * (b2 / gap2) * b2));
      else s = Math.max(s, a2 * (1 - CNST2 * b2));
    } else {
      s = QURTR * dmin2;
      q.ttype = -11;
    }
  } else if (n0in > n0 + 2) {
    s = 0;
    q.ttype = -12;
  }
  q.tau = s;
}

