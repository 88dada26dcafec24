// RandomState's distribution methods (np.random.binomial, gamma, ...): numpy's mtrand.pyx
// argument handling (names, defaults, constraints and their messages) over the legacy draws.
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { cyParams } from './random-args.js';
import { np } from './dtype.js';
import { NdArray, arrayFromPy, makeArray, numElements } from './ndarray.js';
import type { MT19937 } from './mt19937.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { Cons, Param, drawPlain, drawWith, randomBytes } from './random-cont.js';
import * as C from './random-dist-common.js';
import * as L from './random-legacy-dists.js';
import { mvnArgs, mvnTransform } from './random-mvn.js';
import { pyNumber } from './ndarray.js';
import { getState, setState } from './random-legacy-state.js';
import { multinomialShape, kahanSum, pvalsArray } from './random-multinomial-args.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const one = new PyFloat(1);
const zero = new PyFloat(0);
const P = (value: PyValue, name: string, cons: Cons = Cons.None): Param => ({ value, name, cons });

/** A method with float parameters `names` (constraints `cons`) drawing `draw(values)`. */
function contMethod(fname: string, names: string[], cons: Cons[], defaults: Record<string, PyValue>, draw: (p: Float64Array) => number, int = false): Fn {
  const params = cyParams(fname, [...names, 'size'], { ...defaults, size: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    return drawWith(p.size, names.map((n, i) => P(p[n], n, cons[i])), draw, { int });
  };
}

/** np.any(np.greater(a, b)) style comparisons over broadcast parameters. */
function anyPair(a: PyValue, b: PyValue, test: (x: number, y: number) => boolean): boolean {
  const x = arrayFromPy(a, np.float64);
  const y = arrayFromPy(b, np.float64);
  const shape = broadcastShapes(x.shape, y.shape);
  const xm = broadcastIndex(x.shape, shape);
  const ym = broadcastIndex(y.shape, shape);
  for (let i = 0; i < numElements(shape); i++) if (test(x.data[xm ? xm[i] : i], y.data[ym ? ym[i] : i])) return true;
  return false;
}

/** triangular's checks (shared with Generator): left <= mode <= right, left != right. */
export function triangularChecks(left: PyValue, mode: PyValue, right: PyValue): void {
  if (anyPair(left, mode, (l, m) => l > m)) throw valueError('left > mode');
  if (anyPair(mode, right, (m, r) => m > r)) throw valueError('mode > right');
  if (anyPair(left, right, (l, r) => l === r)) throw valueError('left == right');
}

/** A Python int parameter as C's long conversion takes it (floats refused). */
export function longArg(v: PyValue): number {
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return Math.trunc(v.v); // Cython's C-long conversion truncates floats
  const a = arrayFromPy(v);
  if (a.ndim !== 0 || !(a.dtype.isInt || a.dtype === np.bool)) throw typeError('only integer scalar arrays can be converted to a scalar index');
  return a.data[0];
}

const multinomialParams = cyParams('multinomial', ['n', 'pvals', 'size'], { size: null });
function multinomial(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = multinomialParams(args, kwargs);
  const n = longArg(q.n);
  const pix = pvalsArray(q.pvals);
  const d = pix.length;
  if (d && kahanSum(pix, d - 1) > 1.0 + 1e-12) throw valueError('sum(pvals[:-1]) > 1.0');
  const shape = multinomialShape(q.size, d);
  const out = new Float64Array(numElements(shape));
  if (n < 0) throw valueError('n < 0');
  const niter = d ? out.length / d : 0;
  for (let i = 0; i < niter; i++) C.multinomialInto(rng, n, pix, out, i * d);
  return makeArray(np.int64, shape, out);
}

const dirichletParams = cyParams('dirichlet', ['alpha', 'size'], { size: null });
function dirichlet(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = dirichletParams(args, kwargs);
  const alpha = arrayFromPy(q.alpha, np.float64);
  if (alpha.ndim !== 1) throw valueError(`object of too small depth for desired array`);
  if (alpha.data.some((x) => x <= 0)) throw valueError('alpha <= 0');
  const k = alpha.size;
  const shape = multinomialShape(q.size, k);
  const out = new Float64Array(numElements(shape));
  for (let i = 0; i < out.length; i += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      out[i + j] = L.standardGamma(rng, alpha.data[j]);
      acc += out[i + j];
    }
    const invacc = 1 / acc;
    for (let j = 0; j < k; j++) out[i + j] *= invacc;
  }
  return makeArray(np.float64, shape, out);
}

const binomialParams = cyParams('binomial', ['n', 'p', 'size'], { size: null });
function binomial(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = binomialParams(args, kwargs);
  const pa = arrayFromPy(q.p, np.float64);
  const na = arrayFromPy(q.n);
  if (pa.ndim === 0 && na.ndim === 0) {
    const p = pa.data[0];
    const n = longArg(q.n);
    return drawWith(q.size, [P(new PyFloat(p), 'p', Cons.Bounded01), P(n, 'n', Cons.LegacyNonNegLong)], (v) => C.binomial(rng, v[0], v[1], true), { int: true });
  }
  return drawWith(q.size, [P(q.p, 'p', Cons.Bounded01), P(na, 'n', Cons.LegacyNonNegLong)], (v) => C.binomial(rng, v[0], v[1], true), { int: true });
}

const hyperParams = cyParams('hypergeometric', ['ngood', 'nbad', 'nsample', 'size'], { size: null });
function hypergeometric(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = hyperParams(args, kwargs);
  const [g, b, s] = [q.ngood, q.nbad, q.nsample].map((v) => arrayFromPy(v));
  if (g.ndim === 0 && b.ndim === 0 && s.ndim === 0) {
    const [ng, nb, ns] = [q.ngood, q.nbad, q.nsample].map(longArg);
    if (ng + nb < ns) throw valueError('ngood + nbad < nsample');
  } else {
    if (anySum(g, b, s)) throw valueError('ngood + nbad < nsample');
  }
  const params = [P(q.ngood, 'ngood', Cons.LegacyNonNegLong), P(q.nbad, 'nbad', Cons.NonNegative), P(q.nsample, 'nsample', Cons.Gte1)];
  return drawWith(q.size, params, (v) => C.legacyHypergeometric(rng, v[0], v[1], v[2]), { int: true, ints: [true, true, true] });
}

/** np.any(ngood + nbad < nsample) over broadcast arrays. */
function anySum(g: NdArray, b: NdArray, s: NdArray): boolean {
  const shape = broadcastShapes(g.shape, b.shape, s.shape);
  const maps = [g, b, s].map((a) => broadcastIndex(a.shape, shape));
  const at = (a: NdArray, k: number, i: number) => Math.trunc(a.data[maps[k] ? maps[k]![i] : i]); // int64 conversion
  for (let i = 0; i < numElements(shape); i++) if (at(g, 0, i) + at(b, 1, i) < at(s, 2, i)) return true;
  return false;
}

const mvnParams = cyParams('multivariate_normal', ['mean', 'cov', 'size', 'check_valid', 'tol'], { size: null, check_valid: 'warn', tol: new PyFloat(1e-8) });
function multivariateNormal(rng: MT19937, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = mvnParams(args, kwargs);
  const a = mvnArgs(q.mean, q.cov, q.size, q.check_valid, pyNumber(q.tol));
  const z = Float64Array.from({ length: numElements(a.finalShape) }, () => L.gauss(rng));
  return mvnTransform(a, z, true);
}

const bytesParams = cyParams('bytes', ['length']);
const triangularParams = cyParams('triangular', ['left', 'mode', 'right', 'size'], { size: null });

/** The RandomState distribution methods drawing from `rng`. */
export function legacyDistributions(rng: MT19937): Record<string, Fn> {
  const sizeOnly = (name: string, draw: () => number): Fn => {
    const params = cyParams(name, ['size'], { size: null });
    return (args, kwargs) => drawPlain(params(args, kwargs).size, draw);
  };
  return {
    get_state: (args, kwargs) => getState(rng, args, kwargs),
    bytes: (args, kwargs) => randomBytes(bytesParams(args, kwargs).length, () => rng.nextUint32()),
    set_state: (args) => setState(rng, args),
    normal: contMethod('normal', ['loc', 'scale'], [Cons.None, Cons.NonNegative], { loc: zero, scale: one }, (v) => v[0] + v[1] * L.gauss(rng)),
    beta: contMethod('beta', ['a', 'b'], [Cons.Positive, Cons.Positive], {}, (v) => L.beta(rng, v[0], v[1])),
    exponential: contMethod('exponential', ['scale'], [Cons.NonNegative], { scale: one }, (v) => v[0] * L.standardExponential(rng)),
    standard_exponential: sizeOnly('standard_exponential', () => L.standardExponential(rng)),
    standard_gamma: contMethod('standard_gamma', ['shape'], [Cons.NonNegative], {}, (v) => L.standardGamma(rng, v[0])),
    gamma: contMethod('gamma', ['shape', 'scale'], [Cons.NonNegative, Cons.NonNegative], { scale: one }, (v) => v[1] * L.standardGamma(rng, v[0])),
    f: contMethod('f', ['dfnum', 'dfden'], [Cons.Positive, Cons.Positive], {}, (v) => L.f(rng, v[0], v[1])),
    noncentral_f: contMethod('noncentral_f', ['dfnum', 'dfden', 'nonc'], [Cons.Positive, Cons.Positive, Cons.NonNegative], {}, (v) => L.noncentralF(rng, v[0], v[1], v[2])),
    chisquare: contMethod('chisquare', ['df'], [Cons.Positive], {}, (v) => L.chisquare(rng, v[0])),
    noncentral_chisquare: contMethod('noncentral_chisquare', ['df', 'nonc'], [Cons.Positive, Cons.NonNegative], {}, (v) => L.noncentralChisquare(rng, v[0], v[1])),
    standard_cauchy: sizeOnly('standard_cauchy', () => L.standardCauchy(rng)),
    standard_t: contMethod('standard_t', ['df'], [Cons.Positive], {}, (v) => L.standardT(rng, v[0])),
    vonmises: contMethod('vonmises', ['mu', 'kappa'], [Cons.None, Cons.NonNegative], {}, (v) => C.vonmises(rng, v[0], v[1], null)),
    pareto: contMethod('pareto', ['a'], [Cons.Positive], {}, (v) => L.pareto(rng, v[0])),
    weibull: contMethod('weibull', ['a'], [Cons.NonNegative], {}, (v) => L.weibull(rng, v[0])),
    power: contMethod('power', ['a'], [Cons.Positive], {}, (v) => L.power(rng, v[0])),
    laplace: contMethod('laplace', ['loc', 'scale'], [Cons.None, Cons.NonNegative], { loc: zero, scale: one }, (v) => C.laplace(rng, v[0], v[1])),
    gumbel: contMethod('gumbel', ['loc', 'scale'], [Cons.None, Cons.NonNegative], { loc: zero, scale: one }, (v) => C.gumbel(rng, v[0], v[1])),
    logistic: contMethod('logistic', ['loc', 'scale'], [Cons.None, Cons.NonNegative], { loc: zero, scale: one }, (v) => C.logistic(rng, v[0], v[1])),
    lognormal: contMethod('lognormal', ['mean', 'sigma'], [Cons.None, Cons.NonNegative], { mean: zero, sigma: one }, (v) => L.lognormal(rng, v[0], v[1])),
    rayleigh: contMethod('rayleigh', ['scale'], [Cons.NonNegative], { scale: one }, (v) => L.rayleigh(rng, v[0])),
    wald: contMethod('wald', ['mean', 'scale'], [Cons.Positive, Cons.Positive], {}, (v) => L.wald(rng, v[0], v[1])),
    triangular: (args, kwargs) => {
      const q = triangularParams(args, kwargs);
      triangularChecks(q.left, q.mode, q.right);
      return drawWith(q.size, [P(q.left, ''), P(q.mode, ''), P(q.right, '')], (v) => C.triangular(rng, v[0], v[1], v[2]));
    },
    binomial: (args, kwargs) => binomial(rng, args, kwargs),
    negative_binomial: contMethod('negative_binomial', ['n', 'p'], [Cons.Positive, Cons.Bounded01], {}, (v) => L.negativeBinomial(rng, v[0], v[1]), true),
    poisson: contMethod('poisson', ['lam'], [Cons.LegacyPoisson], { lam: one }, (v) => C.poisson(rng, v[0]), true),
    zipf: contMethod('zipf', ['a'], [Cons.Gt1], {}, (v) => C.zipf(rng, v[0], true), true),
    geometric: contMethod('geometric', ['p'], [Cons.BoundedGt01], {}, (v) => C.legacyGeometric(rng, v[0]), true),
    hypergeometric: (args, kwargs) => hypergeometric(rng, args, kwargs),
    logseries: contMethod('logseries', ['p'], [Cons.BoundedLt01], {}, (v) => C.logseries(rng, v[0], true), true),
    multinomial: (args, kwargs) => multinomial(rng, args, kwargs),
    multivariate_normal: (args, kwargs) => multivariateNormal(rng, args, kwargs),
    dirichlet: (args, kwargs) => dirichlet(rng, args, kwargs),
  };
}
