// math.gamma and math.lgamma. CPython does not use the C library here: it evaluates a Lanczos
// approximation (g ≈ 6.0247, 13 terms, the coefficients published with Boost's lanczos13m53) with
// its own reflection and error rules, so we follow the same arithmetic step for step, calling
// glibc for exp/pow/log/sin/cos.
import { overflowError, valueError } from '../objects/exceptions.js';
import { LibmCode, libm, cExp as exp, cLog as log, cPow as pow } from './libm.js';

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const NUM = [
  23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093,
  35711959237.35566804944018545154716670596, 17921034426.03720969991975575445893111267,
  6039542586.35202800506429164430729792107, 1439720407.311721673663223072794912393972,
  248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287,
  2876370.628935372441225409051620849613599, 186056.2653952234950402949897160456992822,
  8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
  2.506628274631000270164908177133837338626,
];
/** Coefficients of x(x+1)...(x+11), lowest degree first. */
const DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];
const LOG_PI = 1.144729885849400174143427351353058711647;


function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  // For large x the rational function is evaluated in 1/x to avoid overflow.
  if (x < 5) {
    for (let i = NUM.length - 1; i >= 0; i--) {
      num = num * x + NUM[i];
      den = den * x + DEN[i];
    }
  } else {
    for (let i = 0; i < NUM.length; i++) {
      num = num / x + NUM[i];
      den = den / x + DEN[i];
    }
  }
  return num / den;
}

/** sin(pi*x), exact at the multiples of 1/2. */
function sinPi(x: number): number {
  const y = libm(LibmCode.Fmod, Math.abs(x), 2);
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = libm(LibmCode.Sin, Math.PI * y); break;
    case 1: r = libm(LibmCode.Cos, Math.PI * (y - 0.5)); break;
    case 2: r = libm(LibmCode.Sin, Math.PI * (1 - y)); break;
    case 3: r = -libm(LibmCode.Cos, Math.PI * (y - 1.5)); break;
    default: r = libm(LibmCode.Sin, Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

/** (n-1)! for the integers where gamma is exact. */
const INTEGRAL: number[] = [];
for (let i = 0, f = 1; i < 23; i++) {
  INTEGRAL.push(f);
  f *= i + 1;
}

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) return INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinPi(x);
    throw rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, carried into the correction term.
  let z = absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinPi(absx)) / absx) * exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140) r *= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - log(Math.abs(sinPi(absx))) - log(absx) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}
