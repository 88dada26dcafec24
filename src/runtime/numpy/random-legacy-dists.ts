// RandomState's own continuous distributions (numpy/random/src/legacy/legacy-distributions.c):
// they keep numpy 1.16's algorithms so old seeds reproduce: the polar-method gauss with its
// cached second value, -log(1 - U) exponentials and Marsaglia-Tsang gammas on those.
import type { MT19937 } from './mt19937.js';
import { exp, gammaByRejection, log, log1p, pow, poisson } from './random-dist-common.js';

const { sqrt } = Math;

/** legacy_gauss: the polar method; every other call returns the cached second value. */
export function gauss(rng: MT19937): number {
  if (rng.gaussCached !== null) {
    const t = rng.gaussCached;
    rng.gaussCached = null;
    return t;
  }
  const [x1, x2, r2] = rng.polarPoint();
  const f = sqrt((-2.0 * log(r2)) / r2);
  rng.gaussCached = f * x1;
  return f * x2;
}

export const standardExponential = (rng: MT19937) => -log(1.0 - rng.nextDouble());

export function standardGamma(rng: MT19937, shape: number): number {
  if (shape === 1.0) return standardExponential(rng);
  if (shape === 0.0) return 0.0;
  return gammaByRejection(rng, shape, () => standardExponential(rng), () => gauss(rng));
}

export const chisquare = (rng: MT19937, df: number) => 2.0 * standardGamma(rng, df / 2.0);

export function beta(rng: MT19937, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    // Johnk's algorithm
    for (;;) {
      const U = rng.nextDouble();
      const V = rng.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      if (X + Y <= 1.0) {
        if (X + Y > 0) return X / (X + Y);
        let logX = log(U) / a;
        let logY = log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const Ga = standardGamma(rng, a);
  const Gb = standardGamma(rng, b);
  return Ga / (Ga + Gb);
}

export const f = (rng: MT19937, dfnum: number, dfden: number) => (chisquare(rng, dfnum) * dfden) / (chisquare(rng, dfden) * dfnum);

export function standardT(rng: MT19937, df: number): number {
  const num = gauss(rng);
  const denom = standardGamma(rng, df / 2);
  return (sqrt(df / 2) * num) / sqrt(denom);
}

export function standardCauchy(rng: MT19937): number {
  const a = gauss(rng);
  return a / gauss(rng);
}

export function wald(rng: MT19937, mean: number, scale: number): number {
  const mu2l = mean / (2 * scale);
  let Y = gauss(rng);
  Y = mean * Y * Y;
  const X = mean + mu2l * (Y - sqrt(4 * scale * Y + Y * Y));
  const U = rng.nextDouble();
  return U <= mean / (mean + X) ? X : (mean * mean) / X;
}

export const pareto = (rng: MT19937, a: number) => exp(standardExponential(rng) / a) - 1;
export const weibull = (rng: MT19937, a: number) => (a === 0.0 ? 0.0 : pow(standardExponential(rng), 1 / a));
export const power = (rng: MT19937, a: number) => pow(1 - exp(-standardExponential(rng)), 1 / a);
export const rayleigh = (rng: MT19937, mode: number) => mode * sqrt(-2.0 * log1p(-rng.nextDouble()));
export const lognormal = (rng: MT19937, mean: number, sigma: number) => exp(mean + sigma * gauss(rng));

export function noncentralChisquare(rng: MT19937, df: number, nonc: number): number {
  if (nonc === 0) return chisquare(rng, df);
  if (1 < df) {
    const chi2 = chisquare(rng, df - 1);
    const n = gauss(rng) + sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(rng, nonc / 2.0);
  const out = chisquare(rng, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

export function noncentralF(rng: MT19937, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(rng, dfnum, nonc) * dfden;
  return t / (chisquare(rng, dfden) * dfnum);
}

export function negativeBinomial(rng: MT19937, n: number, p: number): number {
  const Y = ((1 - p) / p) * standardGamma(rng, n);
  return poisson(rng, Y);
}
