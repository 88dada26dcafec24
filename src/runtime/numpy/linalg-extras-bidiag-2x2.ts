// The 2 x 2 upper-triangular singular value problems of LAPACK's bidiagonal SVD: dlas2 (values
// only) and dlasv2 (values and both rotations, with LAPACK's sign conventions).
import { fortranSign as sign } from './linalg-extras-householder.js';

const EPS = 1.1102230246251565e-16;

/** dlas2: singular values (min, max) of [[f, g], [0, h]]. */
export function dlas2(f: number, g: number, h: number): [number, number] {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h);
  const fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    if (fhmx === 0) return [0, ga];
    const q = Math.min(fhmx, ga) / Math.max(fhmx, ga);
    return [0, Math.max(fhmx, ga) * Math.sqrt(1 + q * q)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, q = ga / fhmx, au = q * q;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
  const p = as * au, q = at * au;
  const c = 1 / (Math.sqrt(1 + p * p) + Math.sqrt(1 + q * q));
  const ssmin = fhmn * c * au;
  return [ssmin + ssmin, ga / (c + c)];
}

/** dlasv2: the SVD of [[f, g], [0, h]]: [ssmin, ssmax, snr, csr, snl, csl]. */
export function dlasv2(f: number, g: number, h: number): [number, number, number, number, number, number] {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha; ssmax = fa; clt = 1; crt = 1; slt = 0; srt = 0;
  } else {
    let gasmal = true;
    ssmin = 0; ssmax = 0; clt = 0; crt = 0; slt = 0; srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const dd = fa - ha;
      let l = dd === fa ? 1 : dd / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m, tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) {
        t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(dd, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  let csl: number, snl: number, csr: number, snr: number;
  if (swap) { csl = srt; snl = crt; csr = slt; snr = clt; }
  else { csl = clt; snl = slt; csr = crt; snr = srt; }
  let tsign = 1;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  if (pmax === 3) tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h));
  return [ssmin, ssmax, snr, csr, snl, csl];
}

