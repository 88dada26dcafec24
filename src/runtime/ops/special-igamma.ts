// The regularized incomplete gamma functions P(a, x) (igamma) and Q(a, x) (igammac) as Eigen's
// igamma_generic_impl / igammac_impl compute their values (Cephes: a power series for x < max(1, a),
// otherwise a continued fraction), every step rounded to the dtype. Eigen has no packet version,
// so TF evaluates every element this way. log, exp and lgamma are glibc's for float64; float32
// rounds the double results where Eigen calls logf/expf/lgammaf.
import { cExp, cLog, libm, LibmCode } from '../../interpreter/stdlib/libm.js';
import { Round, roundFloat32 } from './special-cephes.js';

const ITERATIONS = 2000;

interface Limits {
  machep: number;
  big: number;
  biginv: number;
  /** log of the dtype's largest finite value. */
  logMax: number;
}

function limits(r: Round): Limits {
  if (r === roundFloat32) {
    const machep = 5.960464477539063e-8;
    return { machep, big: 1 / machep, biginv: machep, logMax: Math.fround(cLog(3.4028234663852886e38)) };
  }
  const eps = 2.220446049250313e-16;
  return { machep: eps / 2, big: 1 / eps, biginv: eps, logMax: cLog(Number.MAX_VALUE) };
}

/** x^a e^-x / Gamma(a), or 0 where that underflows (or is NaN). */
function mainTerm(r: Round, l: Limits, a: number, x: number): number {
  const logax = r(r(r(a * r(cLog(x))) - x) - r(libm(LibmCode.Lgamma, a)));
  if (logax < -l.logMax || Number.isNaN(logax)) return 0;
  return r(cExp(logax));
}

/** Q(a, x) by its continued fraction (x > 1 and x > a). */
function igammacContinuedFraction(r: Round, a: number, x: number): number {
  const l = limits(r);
  if (!Number.isFinite(x)) return 0;
  const ax = mainTerm(r, l, a, x);
  if (ax === 0) return 0;
  let y = r(1 - a);
  let z = r(r(x + y) + 1);
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = r(x + 1);
  let qkm1 = r(z * x);
  let ans = r(pkm1 / qkm1);
  for (let i = 0; i < ITERATIONS; i++) {
    c = r(c + 1);
    y = r(y + 1);
    z = r(z + 2);
    const yc = r(y * c);
    const pk = r(r(pkm1 * z) - r(pkm2 * yc));
    const qk = r(r(qkm1 * z) - r(qkm2 * yc));
    if (qk !== 0) {
      const prev = ans;
      ans = r(pk / qk);
      if (Math.abs(r(prev - ans)) <= r(l.machep * Math.abs(ans))) break;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (Math.abs(pk) > l.big) {
      pkm2 = r(pkm2 * l.biginv);
      pkm1 = r(pkm1 * l.biginv);
      qkm2 = r(qkm2 * l.biginv);
      qkm1 = r(qkm1 * l.biginv);
    }
  }
  return r(ans * ax);
}

/** P(a, x) by its power series. */
function igammaSeries(r: Round, a: number, x: number): number {
  const l = limits(r);
  let ax = mainTerm(r, l, a, x);
  if (ax === 0) return 0;
  ax = r(ax / a);
  let rr = a;
  let c = 1;
  let ans = 1;
  for (let i = 0; i < ITERATIONS; i++) {
    rr = r(rr + 1);
    c = r(c * r(x / rr));
    ans = r(ans + c);
    if (c <= r(l.machep * ans)) break;
  }
  return r(ans * ax);
}

export function igamma(r: Round, a: number, x: number): number {
  if (x === 0) return 0;
  if (x < 0 || a <= 0 || Number.isNaN(a) || Number.isNaN(x)) return NaN;
  if (x > 1 && x > a) return r(1 - igammacContinuedFraction(r, a, x));
  return igammaSeries(r, a, x);
}

export function igammac(r: Round, a: number, x: number): number {
  if (x < 0 || a <= 0 || Number.isNaN(a) || Number.isNaN(x)) return NaN;
  if (x < 1 || x < a) return r(1 - igammaSeries(r, a, x));
  return igammacContinuedFraction(r, a, x);
}
