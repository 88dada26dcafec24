// The distributions numpy's RandomState and Generator share (numpy/random/src/distributions/
// distributions.c and the legacy copies kept for RandomState's stream), written over any source
// of uniform doubles. Every draw, comparison and libm call happens in numpy's order so the
// results match bit for bit; transcendental functions go through glibc's libm (V8's Math.log
// etc. can differ in the last bit).
import { LibmCode, libm } from '../../interpreter/stdlib/libm.js';

/** The uniform source: MT19937's random_sample or PCG64's next_double. */
export interface Uniform {
  nextDouble(): number;
}

export const log = (x: number) => libm(LibmCode.Log, x);
export const exp = (x: number) => libm(LibmCode.Exp, x);
export const log1p = (x: number) => libm(LibmCode.Log1p, x);
export const expm1 = (x: number) => libm(LibmCode.Expm1, x);
export const pow = (x: number, y: number) => libm(LibmCode.Pow, x, y);
export const cos = (x: number) => libm(LibmCode.Cos, x);
export const acos = (x: number) => libm(LibmCode.Acos, x);
const { sqrt, floor, ceil, abs } = Math;

/**
 * standard_gamma for shape != 0, 1 as both numpy generations compute it: Johnk-style rejection
 * below 1, Marsaglia and Tsang's method above. They differ only in their exponential and normal
 * sources (the legacy ones for RandomState, the ziggurat ones for Generator).
 */
export function gammaByRejection(u: Uniform, shape: number, exponential: () => number, normal: () => number): number {
  if (shape < 1.0) {
    for (;;) {
      const U = u.nextDouble();
      const V = exponential();
      if (U <= 1.0 - shape) {
        const X = pow(U, 1 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1.0 - shape + shape * Y, 1 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / sqrt(9 * b);
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = normal();
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = u.nextDouble();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}

/** random_loggam: log(gamma(x)) by Stirling's series (numpy's own, not libm's lgamma). */
const LOGGAM_A = [8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059];
export function loggam(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1 / x0) * (1 / x0);
  const lg2pi = 1.8378770664093453;
  let gl0 = LOGGAM_A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += LOGGAM_A[k];
  }
  let gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * log(x0) - x0;
  if (x < 7) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1);
      x0 -= 1;
    }
  }
  return gl;
}

export function laplace(u: Uniform, loc: number, scale: number): number {
  for (;;) {
    const U = u.nextDouble();
    if (U >= 0.5) return loc - scale * log(2.0 - U - U);
    if (U > 0) return loc + scale * log(U + U);
  }
}

export function gumbel(u: Uniform, loc: number, scale: number): number {
  for (;;) {
    const U = 1.0 - u.nextDouble();
    if (U < 1.0) return loc - scale * log(-log(U));
  }
}

export function logistic(u: Uniform, loc: number, scale: number): number {
  for (;;) {
    const U = u.nextDouble();
    if (U > 0) return loc + scale * log(U / (1.0 - U));
  }
}

export function triangular(u: Uniform, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const U = u.nextDouble();
  if (U <= ratio) return left + sqrt(U * leftprod);
  return right - sqrt((1.0 - U) * rightprod);
}

function poissonMult(u: Uniform, lam: number): number {
  const enlam = exp(-lam);
  let X = 0;
  let prod = 1.0;
  for (;;) {
    prod *= u.nextDouble();
    if (prod > enlam) X += 1;
    else return X;
  }
}

/** Hoermann's transformed rejection (PTRS) for lam >= 10. */
function poissonPtrs(u: Uniform, lam: number): number {
  const slam = sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = u.nextDouble() - 0.5;
    const V = u.nextDouble();
    const us = 0.5 - abs(U);
    const k = floor(((2 * a) / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (log(V) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

export function poisson(u: Uniform, lam: number): number {
  if (lam >= 10) return poissonPtrs(u, lam);
  if (lam === 0) return 0;
  return poissonMult(u, lam);
}

/** Binomial by inversion; `legacy` computes q**n as exp(n log q) (RandomState), else exp(n log1p(-p)). */
function binomialInversion(u: Uniform, n: number, p: number, legacy: boolean): number {
  const q = 1.0 - p;
  const qn = exp(legacy ? n * log(q) : n * log1p(-p));
  const np_ = n * p;
  const bound = Math.trunc(Math.min(n, np_ + 10.0 * sqrt(np_ * q + 1)));
  let X = 0;
  let px = qn;
  let U = u.nextDouble();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = u.nextDouble();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

/** Kachitvichyanukul and Schmeiser's BTPE for n*min(p, 1-p) > 30. */
function binomialBtpe(u: Uniform, n: number, p: number): number {
  const r = Math.min(p, 1.0 - p);
  const q = 1.0 - r;
  const fm = n * r + r;
  const m = floor(fm);
  const p1 = floor(2.195 * sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  let y: number;
  for (;;) {
    // Step 10
    const nrq = n * r * q;
    const uu = u.nextDouble() * p4;
    let v = u.nextDouble();
    if (uu <= p1) {
      y = floor(xm - p1 * v + uu);
      break;
    }
    if (uu <= p2) {
      // Step 20
      const x = xl + (uu - p1) / c;
      v = v * c + 1.0 - abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = floor(x);
    } else if (uu <= p3) {
      // Step 30
      y = floor(xl + log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (uu - p2) * laml;
    } else {
      // Step 40
      y = floor(xr - log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (uu - p3) * lamr;
    }
    // Step 50
    const k = abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const s = r / q;
      const aa = s * (n + 1);
      let F = 1.0;
      if (m < y) for (let i = m + 1; i <= y; i++) F *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) F /= aa / i - s;
      if (v > F) continue;
      break;
    }
    // Step 52
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    const stirling = (v2: number, v1: number) => (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v1 / 166320;
    if (A > xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q)) + stirling(f2, f1) + stirling(z2, z) + stirling(x2, x1) + stirling(w2, w)) continue;
    break;
  }
  // Step 60
  if (p > 0.5) y = n - y;
  return y;
}

/** random_binomial (Generator, and multinomial everywhere) or legacy_random_binomial (RandomState). */
export function binomial(u: Uniform, p: number, n: number, legacy: boolean): number {
  if (!legacy && (n === 0 || p === 0)) return 0;
  if (p <= 0.5) {
    return p * n <= 30.0 ? binomialInversion(u, n, p, legacy) : binomialBtpe(u, n, p);
  }
  const q = 1.0 - p;
  return q * n <= 30.0 ? n - binomialInversion(u, n, q, legacy) : n - binomialBtpe(u, n, q);
}

/** random_multinomial: successive binomials on the remaining count (into `out` at `offset`). */
export function multinomialInto(u: Uniform, n: number, pix: Float64Array, out: Float64Array, offset: number): void {
  const d = pix.length;
  let remaining = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    out[offset + j] = binomial(u, pix[j] / remaining, dn, false);
    dn -= out[offset + j];
    if (dn <= 0) break;
    remaining -= pix[j];
  }
  if (dn > 0) out[offset + d - 1] = dn;
}

export function geometricSearch(u: Uniform, p: number): number {
  let X = 1;
  let sum = p;
  let prod = p;
  const q = 1.0 - p;
  const U = u.nextDouble();
  while (U > sum) {
    prod *= q;
    sum += prod;
    X++;
  }
  return X;
}

export function legacyGeometric(u: Uniform, p: number): number {
  if (p >= 0.333333333333333333333333) return geometricSearch(u, p);
  return ceil(log1p(-u.nextDouble()) / log(1 - p));
}

/** legacy_logseries (RandomState) or random_logseries (Generator: log1p/expm1). */
export function logseries(u: Uniform, p: number, legacy: boolean): number {
  const r = legacy ? log(1.0 - p) : log1p(-p);
  for (;;) {
    const V = u.nextDouble();
    if (V >= p) return 1;
    const U = u.nextDouble();
    const q = legacy ? 1.0 - exp(r * U) : -expm1(r * U);
    if (V <= q * q) {
      const result = floor(1 + log(V) / log(q));
      if (result < 1 || V === 0) continue;
      return result;
    }
    return V >= q ? 1 : 2;
  }
}

const RAND_INT_MAX = 9223372036854775807;

/** legacy_random_zipf (RandomState) or random_zipf (Generator: U drawn from (Umin, 1]). */
export function zipf(u: Uniform, a: number, legacy: boolean): number {
  if (!legacy && a >= 1025) return 1;
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  const Umin = legacy ? 0 : pow(RAND_INT_MAX, -am1);
  for (;;) {
    let U: number;
    if (legacy) U = 1.0 - u.nextDouble();
    else {
      const U01 = u.nextDouble();
      U = U01 * Umin + (1 - U01);
    }
    const V = u.nextDouble();
    const X = floor(pow(U, -1.0 / am1));
    if (X > RAND_INT_MAX || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return X;
  }
}

function hypergeometricHyp(u: Uniform, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0.0) {
    const U = u.nextDouble();
    y -= floor(U + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;
function hypergeometricHrua(u: Uniform, good: number, bad: number, sample: number): number {
  const mingoodbad = Math.min(good, bad);
  const popsize = good + bad;
  const maxgoodbad = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingoodbad / popsize;
  const d5 = 1.0 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = sqrt(((popsize - m) * sample * d4 * d5) / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = floor(((m + 1) * (mingoodbad + 1)) / (popsize + 2));
  const d10 = loggam(d9 + 1) + loggam(mingoodbad - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgoodbad - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1.0, floor(d6 + 16 * d7));
  let Z: number;
  for (;;) {
    const X = u.nextDouble();
    const Y = u.nextDouble();
    const W = d6 + (d8 * (Y - 0.5)) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = floor(W);
    const T = d10 - (loggam(Z + 1) + loggam(mingoodbad - Z + 1) + loggam(m - Z + 1) + loggam(maxgoodbad - m + Z + 1));
    if (X * (4.0 - X) - 3.0 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}

/** RandomState's hypergeometric (HYP for small samples, HRUA above 10). */
export function legacyHypergeometric(u: Uniform, good: number, bad: number, sample: number): number {
  if (sample > 10) return hypergeometricHrua(u, good, bad, sample);
  if (sample > 0) return hypergeometricHyp(u, good, bad, sample);
  return 0;
}

/** von Mises by Best and Fisher's rejection; the Generator switches to a wrapped normal past
 *  kappa 1e6 (`normal` given), RandomState keeps the rejection loop. */
export function vonmises(u: Uniform, mu: number, kappa: number, normal: (() => number) | null): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * u.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) s = 1 / kappa + kappa;
  else if (normal === null || kappa <= 1e6) {
    const r = 1 + sqrt(1 + 4 * kappa * kappa);
    const rho = (r - sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    let result = mu + sqrt(1 / kappa) * normal();
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  let W: number;
  for (;;) {
    const U = u.nextDouble();
    const Z = cos(Math.PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W);
    const V = u.nextDouble();
    if (Y * (2 - Y) - V >= 0 || log(Y / V) + 1 - Y >= 0) break;
  }
  const U = u.nextDouble();
  let result = acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}
