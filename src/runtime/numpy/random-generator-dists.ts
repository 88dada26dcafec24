// The Generator's own distributions (numpy/random/src/distributions/distributions.c): the
// 256-strip exponential ziggurat and the gammas, betas, t, F, ... built on it and on the normal
// ziggurat, plus the new hypergeometric. Draw for draw what numpy's C code consumes.
import type { PCG64 } from './pcg64.js';
import { standardNormal, standardNormalF } from './pcg64-draws.js';
import { FE_DOUBLE, FE_FLOAT, KE_DOUBLE, KE_FLOAT, WE_DOUBLE, WE_FLOAT, ZIGGURAT_EXP_R } from './ziggurat-exp-tables.js';
import { LOGFACT } from './random-logfact-table.js';
import { exp, expm1, gammaByRejection, log, log1p, pow, poisson } from './random-dist-common.js';
import { expf, log1pf, logf, powf, randomInterval } from './pcg64-draws.js';

const { sqrt, floor } = Math;

/** random_standard_exponential: 53 bits past an 8-bit strip index of one 64-bit word. */
export function standardExponential(bg: PCG64): number {
  for (;;) {
    bg.nextUint64();
    const { hi, lo } = bg;
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * 2097152 + (lo >>> 11); // word >> 11
    const x = ri * WE_DOUBLE[idx];
    if (ri < KE_DOUBLE[idx]) return x;
    if (idx === 0) return ZIGGURAT_EXP_R - log1p(-bg.nextDouble());
    if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * bg.nextDouble() + FE_DOUBLE[idx] < exp(-x)) return x;
    // otherwise numpy draws a fresh exponential
  }
}

const f32 = Math.fround;
const WE_F = Float32Array.from(WE_FLOAT);
const FE_F = Float32Array.from(FE_FLOAT);
const ZIGGURAT_EXP_R_F = f32(ZIGGURAT_EXP_R);

/** random_standard_exponential_f: the float32 ziggurat on one 32-bit word, float arithmetic. */
export function standardExponentialF(bg: PCG64): number {
  for (;;) {
    const r = bg.nextUint32() >>> 1;
    const idx = r & 0xff;
    const ri = r >>> 8;
    const x = f32(ri * WE_F[idx]);
    if (ri < KE_FLOAT[idx]) return x;
    if (idx === 0) return f32(ZIGGURAT_EXP_R_F - log1pf(-bg.nextFloat()));
    if (f32(f32(f32(FE_F[idx - 1] - FE_F[idx]) * bg.nextFloat()) + FE_F[idx]) < expf(-x)) return x;
  }
}

/** The float32 'inv' method: double log1p of a float uniform, rounded to float. */
export const standardExponentialInvF = (bg: PCG64) => f32(-log1p(-bg.nextFloat()));

export const standardExponentialInv = (bg: PCG64) => -log1p(-bg.nextDouble());

export function standardGamma(bg: PCG64, shape: number): number {
  if (shape === 1.0) return standardExponential(bg);
  if (shape === 0.0) return 0.0;
  return gammaByRejection(bg, shape, () => standardExponential(bg), () => standardNormal(bg));
}

/** random_standard_gamma_f: the same algorithms in float arithmetic (libm's float functions). */
export function standardGammaF(bg: PCG64, shape: number): number {
  if (shape === 1.0) return standardExponentialF(bg);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    const inv = f32(1 / shape);
    for (;;) {
      const U = bg.nextFloat();
      const V = standardExponentialF(bg);
      if (U <= f32(1 - shape)) {
        const X = powf(U, inv);
        if (X <= V) return X;
      } else {
        const Y = -logf(f32(f32(1 - U) / shape));
        const X = powf(f32(f32(1 - shape) + f32(shape * Y)), inv);
        if (X <= f32(V + Y)) return X;
      }
    }
  }
  const b = f32(shape - f32(1 / 3));
  const c = f32(1 / f32(Math.sqrt(f32(9 * b))));
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = standardNormalF(bg);
      V = f32(1 + f32(c * X));
    } while (V <= 0.0);
    V = f32(f32(V * V) * V);
    const U = bg.nextFloat();
    const X2 = f32(X * X);
    if (U < f32(1 - f32(f32(f32(0.0331) * X2) * X2))) return f32(b * V);
    if (logf(U) < f32(f32(f32(0.5 * X) * X) + f32(b * f32(f32(1 - V) + logf(V))))) return f32(b * V);
  }
}

export function beta(bg: PCG64, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (a < 3e-103 && b < 3e-103) {
      const U = bg.nextDouble();
      return (a + b) * U < a ? 1 : 0;
    }
    for (;;) {
      const U = bg.nextDouble();
      const V = bg.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      const XpY = X + Y;
      if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        const logX = log(U) / a;
        const logY = log(V) / b;
        const delta = logX - logY;
        if (delta > 0) return exp(-log1p(exp(-delta)));
        return exp(delta - log1p(exp(delta)));
      }
    }
  }
  const Ga = standardGamma(bg, a);
  const Gb = standardGamma(bg, b);
  return Ga / (Ga + Gb);
}

export const chisquare = (bg: PCG64, df: number) => 2.0 * standardGamma(bg, df / 2.0);

export function f(bg: PCG64, dfnum: number, dfden: number): number {
  const s1 = chisquare(bg, dfnum) * dfden;
  const s2 = chisquare(bg, dfden) * dfnum;
  return s1 / s2;
}

export function standardCauchy(bg: PCG64): number {
  const a = standardNormal(bg);
  return a / standardNormal(bg);
}

export const pareto = (bg: PCG64, a: number) => expm1(standardExponential(bg) / a);
export const weibull = (bg: PCG64, a: number) => (a === 0.0 ? 0.0 : pow(standardExponential(bg), 1 / a));
export const power = (bg: PCG64, a: number) => pow(-expm1(-standardExponential(bg)), 1 / a);
export const rayleigh = (bg: PCG64, mode: number) => mode * sqrt(2.0 * standardExponential(bg));
export const lognormal = (bg: PCG64, mean: number, sigma: number) => exp(mean + sigma * standardNormal(bg));

export function standardT(bg: PCG64, df: number): number {
  const num = standardNormal(bg);
  const denom = standardGamma(bg, df / 2);
  return (sqrt(df / 2) * num) / sqrt(denom);
}

export function wald(bg: PCG64, mean: number, scale: number): number {
  let Y = standardNormal(bg);
  Y = mean * Y * Y;
  const d = 1 + sqrt(1 + (4 * scale) / Y);
  const X = mean * (1 - 2 / d);
  const U = bg.nextDouble();
  return U <= mean / (mean + X) ? X : (mean * mean) / X;
}

export function noncentralChisquare(bg: PCG64, df: number, nonc: number): number {
  if (Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisquare(bg, df);
  if (1 < df) {
    const chi2 = chisquare(bg, df - 1);
    const n = standardNormal(bg) + sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(bg, nonc / 2.0);
  return chisquare(bg, df + 2 * i);
}

export function noncentralF(bg: PCG64, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(bg, dfnum, nonc) * dfden;
  return t / (chisquare(bg, dfden) * dfnum);
}

export function negativeBinomial(bg: PCG64, n: number, p: number): number {
  const Y = ((1 - p) / p) * standardGamma(bg, n);
  return poisson(bg, Y);
}

/** random_geometric: search for p >= 1/3, else inversion on a ziggurat exponential. */
export function geometric(bg: PCG64, p: number, search: (p: number) => number): number {
  if (p >= 0.333333333333333333333333) return search(p);
  const z = Math.ceil(-standardExponential(bg) / log1p(-p));
  return z >= 9.223372036854776e18 ? 9223372036854775807 : z;
}

/** logfactorial(k): the table below 126, Stirling's series above. */
function logfactorial(k: number): number {
  if (k < LOGFACT.length) return LOGFACT[k];
  const halfln2pi = 0.9189385332046728;
  return (k + 0.5) * log(k) - k + (halfln2pi + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)));
}

function hypergeometricSample(bg: PCG64, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const half = Math.trunc(total / 2);
  let computed = sample > half ? total - sample : sample;
  let remainingTotal = total;
  let remainingGood = good;
  while (computed > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
    --remainingTotal;
    if (randomInterval(bg, remainingTotal) < remainingGood) --remainingGood;
    --computed;
  }
  if (remainingTotal === remainingGood) remainingGood -= computed;
  return sample > half ? remainingGood : good - remainingGood;
}

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;
function hypergeometricHrua(bg: PCG64, good: number, bad: number, sample: number): number {
  const popsize = good + bad;
  const computed = Math.min(sample, popsize - sample);
  const mingoodbad = Math.min(good, bad);
  const maxgoodbad = Math.max(good, bad);
  const p = mingoodbad / popsize;
  const q = maxgoodbad / popsize;
  const mu = computed * p;
  const a = mu + 0.5;
  const v = ((popsize - computed) * computed * p * q) / (popsize - 1);
  const c = sqrt(v + 0.5);
  const h = D1 * c + D2;
  const m = floor(((computed + 1) * (mingoodbad + 1)) / (popsize + 2));
  const g = logfactorial(m) + logfactorial(mingoodbad - m) + logfactorial(computed - m) + logfactorial(maxgoodbad - computed + m);
  const b = Math.min(Math.min(computed, mingoodbad) + 1, floor(a + 16 * c));
  let K: number;
  for (;;) {
    const U = bg.nextDouble();
    const V = bg.nextDouble();
    const X = a + (h * (V - 0.5)) / U;
    if (X < 0.0 || X >= b) continue;
    K = floor(X);
    const gp = logfactorial(K) + logfactorial(mingoodbad - K) + logfactorial(computed - K) + logfactorial(maxgoodbad - computed + K);
    const T = g - gp;
    if (U * (4.0 - U) - 3.0 <= T) break;
    if (U * (U - T) >= 1) continue;
    if (2.0 * log(U) <= T) break;
  }
  if (good > bad) K = computed - K;
  if (computed < sample) K = good - K;
  return K;
}

/** random_hypergeometric: ratio-of-uniforms (HRUA) away from the edges, else direct sampling. */
export function hypergeometric(bg: PCG64, good: number, bad: number, sample: number): number {
  if (sample >= 10 && sample <= good + bad - 10) return hypergeometricHrua(bg, good, bad, sample);
  return hypergeometricSample(bg, good, bad, sample);
}
