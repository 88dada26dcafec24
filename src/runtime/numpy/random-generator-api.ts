// Generator's distribution methods (rng.binomial, rng.gamma, ...): numpy's _generator.pyx
// argument handling (names, defaults, constraints and their messages) over the modern draws.
import { PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { linAlgErrorType } from './linalg-lu.js';
import { PyFloat, PyTuple } from '../../interpreter/objects/values.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpDType, dtypeArg, np } from './dtype.js';
import { NdArray, arrayFromPy, makeArray, numElements, writeBack } from './ndarray.js';
import { broadcastIndex } from './broadcast.js';
import type { PCG64 } from './pcg64.js';
import { standardNormal } from './pcg64-draws.js';
import { Cons, Param, broadcastDraws, checkArray, checkScalar, drawPlain, drawWith, randomBytes } from './random-cont.js';
import * as C from './random-dist-common.js';
import * as G from './random-generator-dists.js';
import { longArg, triangularChecks } from './random-legacy-api.js';
import { kahanSum, multinomialShape } from './random-multinomial-args.js';
import { broadcastArgs, checkOut, cyParams, fillOut, sizeShape } from './random-args.js';
import { generatorTransform, mvnArgs, mvnTransform } from './random-mvn.js';
import { pyNumber } from './ndarray.js';
import { multivariateHypergeometric } from './random-mvhg.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const one = new PyFloat(1);
const zero = new PyFloat(0);
const P = (value: PyValue, name: string, cons: Cons = Cons.None): Param => ({ value, name, cons });

function contMethod(fname: string, names: string[], cons: Cons[], defaults: Record<string, PyValue>, draw: (p: Float64Array) => number, int = false): Fn {
  const params = cyParams(fname, [...names, 'size'], { ...defaults, size: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    return drawWith(p.size, names.map((n, i) => P(p[n], n, cons[i])), draw, { int });
  };
}

/** float64 or float32, else numpy's "Unsupported dtype" TypeError. */
function floatDtype(v: PyValue, method: string): NpDType {
  const t = dtypeArg(v) ?? np.float64;
  if (t !== np.float64 && t !== np.float32) throw typeError(`Unsupported dtype dtype('${t.name}') for ${method}`);
  return t;
}




const stdExpParams = cyParams('standard_exponential', ['size', 'dtype', 'method', 'out'], { size: null, dtype: np.float64, method: 'zig', out: null });
const stdGammaParams = cyParams('standard_gamma', ['shape', 'size', 'dtype', 'out'], { size: null, dtype: np.float64, out: null });

/** standard_gamma(shape, out=...): cont's check_output, then one draw per element of `out`
 *  with the shape parameter broadcast to it. */
function gammaIntoOut(out: PyValue, size: number[] | null, shapeParam: PyValue, draw: (v: Float64Array) => number): PyValue {
  checkOut(out, size, np.float64);
  const a = arrayFromPy(shapeParam, np.float64);
  if (a.ndim === 0) {
    checkScalar(a.data[0], 'shape', Cons.NonNegative);
    const v = Float64Array.of(a.data[0]);
    return fillOut(out, null, np.float64, () => draw(v));
  }
  checkArray(a, 'shape', Cons.NonNegative);
  const res = broadcastDraws(out.shape, [a], draw);
  out.data.set(res.data);
  writeBack(out);
  return out;
}

/** cont_f: standard_gamma(dtype=float32), the parameter rounded to float first. */
function gammaF(bg: PCG64, shapeParam: PyValue, size: number[] | null, out: PyValue): PyValue {
  if (out !== null) checkOut(out, size, np.float32);
  const a = arrayFromPy(shapeParam, np.float64);
  const af = makeArray(np.float64, a.shape, Float64Array.from(a.data as ArrayLike<number>, Math.fround));
  const draw = (v: Float64Array) => G.standardGammaF(bg, v[0]);
  if (af.ndim > 0) {
    checkArray(af, 'shape', Cons.NonNegative);
    const res = broadcastDraws(out !== null ? (out as NdArray).shape : size, [af], draw, np.float32);
    if (out === null) return res;
    (out as NdArray).data.set(res.data);
    writeBack(out as NdArray);
    return out;
  }
  const v = Float64Array.of(af.data[0]);
  checkScalar(v[0], 'shape', Cons.NonNegative);
  if (out !== null) return fillOut(out, null, np.float32, () => draw(v));
  return drawPlain(size === null ? null : new PyTuple(size), () => draw(v), np.float32);
}

const binomialParams = cyParams('binomial', ['n', 'p', 'size'], { size: null });
function binomial(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = binomialParams(args, kwargs);
  const pa = arrayFromPy(q.p, np.float64);
  const na = arrayFromPy(q.n);
  const draw = (v: Float64Array) => C.binomial(bg, v[0], v[1], false);
  if (pa.ndim === 0 && na.ndim === 0) {
    return drawWith(q.size, [P(new PyFloat(pa.data[0]), 'p', Cons.Bounded01), P(longArg(q.n), 'n', Cons.NonNegative)], draw, { int: true });
  }
  return drawWith(q.size, [P(q.p, 'p', Cons.Bounded01), P(na, 'n', Cons.NonNegative)], draw, { int: true });
}

const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;
const negBinParams = cyParams('negative_binomial', ['n', 'p', 'size'], { size: null });
function negativeBinomial(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = negBinParams(args, kwargs);
  const pa = arrayFromPy(q.p, np.float64);
  const na = arrayFromPy(q.n, np.float64);
  const scalar = pa.ndim === 0 && na.ndim === 0;
  if (scalar) {
    checkScalar(na.data[0], 'n', Cons.PositiveNotNan);
    checkScalar(pa.data[0], 'p', Cons.BoundedGt01);
  } else {
    checkArray(na, 'n', Cons.PositiveNotNan);
    checkArray(pa, 'p', Cons.BoundedGt01);
  }
  const shape = broadcastArgs([pa.shape, na.shape]);
  const pm = broadcastIndex(pa.shape, shape);
  const nm = broadcastIndex(na.shape, shape);
  for (let i = 0; i < numElements(shape); i++) {
    const p = pa.data[pm ? pm[i] : i];
    const n = na.data[nm ? nm[i] : i];
    if (((1 - p) / p) * (n + 10 * Math.sqrt(n)) > POISSON_LAM_MAX) throw valueError('n too large or p too small, see Generator.negative_binomial Notes');
  }
  return drawWith(q.size, [P(na, 'n'), P(pa, 'p')], (v) => G.negativeBinomial(bg, v[0], v[1]), { int: true });
}

const HYPERGEOM_MAX = 1e9;
const hyperParams = cyParams('hypergeometric', ['ngood', 'nbad', 'nsample', 'size'], { size: null });
function hypergeometric(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = hyperParams(args, kwargs);
  const arrs = [q.ngood, q.nbad, q.nsample].map((v) => arrayFromPy(v));
  const shape = arrs.every((a) => a.ndim === 0) ? [] : broadcastArgs(arrs.map((a) => a.shape));
  const maps = arrs.map((a) => broadcastIndex(a.shape, shape));
  const at = (k: number, i: number) => Math.trunc(arrs[k].data[maps[k] ? maps[k]![i] : i]); // int64 conversion
  let tooBig = false;
  let short = false;
  for (let i = 0; i < numElements(shape); i++) {
    if (at(0, i) >= HYPERGEOM_MAX || at(1, i) >= HYPERGEOM_MAX) tooBig = true;
    if (at(0, i) + at(1, i) < at(2, i)) short = true;
  }
  if (tooBig) throw valueError('both ngood and nbad must be less than 1000000000');
  if (short) throw valueError('ngood + nbad < nsample');
  const params = [P(q.ngood, 'ngood', Cons.NonNegative), P(q.nbad, 'nbad', Cons.NonNegative), P(q.nsample, 'nsample', Cons.NonNegative)];
  return drawWith(q.size, params, (v) => G.hypergeometric(bg, v[0], v[1], v[2]), { int: true, ints: [true, true, true] });
}

const multinomialParams = cyParams('multinomial', ['n', 'pvals', 'size'], { size: null });
function multinomial(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = multinomialParams(args, kwargs);
  const on = arrayFromPy(q.n);
  const parr = arrayFromPy(q.pvals, np.float64);
  const d = parr.ndim >= 1 ? parr.shape[parr.ndim - 1] : 0;
  if (d === 0) throw valueError('pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.');
  checkArray(parr, 'pvals', Cons.Bounded01);
  const pix = Float64Array.from(parr.data as ArrayLike<number>);
  for (let off = 0; off < pix.length; off += d) {
    if (kahanSum(pix.subarray(off, off + d), d - 1) > 1.0 + 1e-12) throw valueError(`sum(pvals${parr.ndim === 1 ? '[:-1]' : '[...,:-1]'}) > 1.0`);
  }
  if (on.ndim !== 0 || parr.ndim > 1) {
    checkArray(on, 'n', Cons.NonNegative);
    const rowsShape = parr.shape.slice(0, -1);
    const size = sizeShape(q.size);
    const itShape = broadcastArgs(size === null ? [on.shape, rowsShape] : [on.shape, rowsShape, size]);
    if (size !== null && (itShape.length !== size.length || itShape.some((x, i) => x !== size[i]))) {
      const t = (s: number[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
      throw valueError(`Output size ${t(size)} is not compatible with broadcast dimensions of inputs ${t(itShape)}.`);
    }
    const nm = broadcastIndex(on.shape, itShape);
    const rm = broadcastIndex(rowsShape, itShape);
    const count = numElements(itShape);
    const out = new Float64Array(count * d);
    for (let i = 0; i < count; i++) {
      const row = rm ? rm[i] : i;
      C.multinomialInto(bg, on.data[nm ? nm[i] : i], pix.subarray(row * d, row * d + d), out, i * d);
    }
    return makeArray(np.int64, [...itShape, d], out);
  }
  const shape = multinomialShape(q.size, d);
  const out = new Float64Array(numElements(shape));
  const n = longArg(q.n);
  if (n < 0) throw valueError('n < 0');
  for (let off = 0; off < out.length; off += d) C.multinomialInto(bg, n, pix, out, off);
  return makeArray(np.int64, shape, out);
}

const dirichletParams = cyParams('dirichlet', ['alpha', 'size'], { size: null });
function dirichlet(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = dirichletParams(args, kwargs);
  const alphaArr = arrayFromPy(q.alpha, np.float64);
  if (alphaArr.ndim !== 1) throw valueError('object of too small depth for desired array');
  const alpha = Float64Array.from(alphaArr.data as ArrayLike<number>);
  if (alpha.some((x) => x < 0)) throw valueError('alpha < 0');
  const k = alpha.length;
  const shape = multinomialShape(q.size, k);
  const out = new Float64Array(numElements(shape));
  if (k > 0 && Math.max(...alpha) < 0.1) {
    // Stick-breaking with betas: gammas this small underflow.
    const csum = new Float64Array(k);
    let acc = 0.0;
    for (let j = k - 1; j >= 0; j--) csum[j] = acc += alpha[j];
    if (acc > 0) {
      for (let i = 0; i < out.length; i += k) {
        let rest = 1.0;
        for (let j = 0; j < k - 1; j++) {
          const v = G.beta(bg, alpha[j], csum[j + 1]);
          out[i + j] = rest * v;
          rest *= 1.0 - v;
          if (csum[j + 1] === 0) break;
        }
        out[i + k - 1] = rest;
      }
    }
  } else {
    for (let i = 0; i < out.length; i += k) {
      let acc = 0.0;
      for (let j = 0; j < k; j++) {
        out[i + j] = G.standardGamma(bg, alpha[j]);
        acc += out[i + j];
      }
      const inv = 1.0 / acc;
      for (let j = 0; j < k; j++) out[i + j] *= inv;
    }
  }
  return makeArray(np.float64, shape, out);
}

const mvnParams = cyParams('multivariate_normal', ['mean', 'cov', 'size', 'check_valid', 'tol'], { size: null, check_valid: 'warn', tol: new PyFloat(1e-8), method: 'svd' }, ['method']);
function multivariateNormal(bg: PCG64, args: PyValue[], kwargs: Kwargs): PyValue {
  const q = mvnParams(args, kwargs);
  const method = q.method;
  if (method !== 'svd' && method !== 'eigh' && method !== 'cholesky') throw valueError("method must be one of {'eigh', 'svd', 'cholesky'}");
  const a = mvnArgs(q.mean, q.cov, q.size, method === 'cholesky' ? 'ignore' : q.check_valid, pyNumber(q.tol));
  const z = Float64Array.from({ length: numElements(a.finalShape) }, () => standardNormal(bg));
  if (method === 'eigh') return generatorTransform({ ...a, checkValid: q.check_valid }, z, 'eigh');
  if (method === 'cholesky' && a.diag !== null) {
    // cholesky of a diagonal matrix is diag(sqrt(d)): no reordering; dpotrf refuses d <= 0.
    const diag = a.diag;
    if (diag.some((d) => !(d > 0))) throw new PyBaseException(linAlgErrorType, ['Matrix is not positive definite']);
    const n = diag.length;
    const out = new Float64Array(z.length);
    for (let i = 0; i < out.length; i++) out[i] = a.mean.data[i % n] + z[i] * Math.sqrt(diag[i % n]);
    return makeArray(np.float64, a.finalShape, out);
  }
  if (method === 'cholesky') return generatorTransform(a, z, 'cholesky');
  return mvnTransform(a, z, false);
}

const bytesParams = cyParams('bytes', ['length']);
const triangularParams = cyParams('triangular', ['left', 'mode', 'right', 'size'], { size: null });

/** Generator distribution methods drawing from the PCG64 `bg`. */
export function generatorDistributions(bg: PCG64): Record<string, Fn> {
  const search = (p: number) => C.geometricSearch(bg, p);
  return {
    bytes: (args, kwargs) => randomBytes(bytesParams(args, kwargs).length, () => bg.nextUint32()),
    standard_exponential: (args, kwargs) => {
      const q = stdExpParams(args, kwargs);
      const dtype = floatDtype(q.dtype, 'standard_exponential');
      const zig = q.method === 'zig';
      if (dtype === np.float32) {
        const draw = zig ? () => G.standardExponentialF(bg) : () => G.standardExponentialInvF(bg);
        return q.out === null ? drawPlain(q.size, draw, np.float32) : fillOut(q.out, sizeShape(q.size), np.float32, draw);
      }
      const draw = zig ? () => G.standardExponential(bg) : () => G.standardExponentialInv(bg);
      return q.out === null ? drawPlain(q.size, draw) : fillOut(q.out, sizeShape(q.size), np.float64, draw);
    },
    standard_gamma: (args, kwargs) => {
      const q = stdGammaParams(args, kwargs);
      if (floatDtype(q.dtype, 'standard_gamma') === np.float32) return gammaF(bg, q.shape, sizeShape(q.size), q.out);
      const draw = (v: Float64Array) => G.standardGamma(bg, v[0]);
      if (q.out === null) return drawWith(q.size, [P(q.shape, 'shape', Cons.NonNegative)], draw);
      return gammaIntoOut(q.out, sizeShape(q.size), q.shape, draw);
    },
    beta: contMethod('beta', ['a', 'b'], [Cons.Positive, Cons.Positive], {}, (v) => G.beta(bg, v[0], v[1])),
    exponential: contMethod('exponential', ['scale'], [Cons.NonNegative], { scale: one }, (v) => v[0] * G.standardExponential(bg)),
    gamma: contMethod('gamma', ['shape', 'scale'], [Cons.NonNegative, Cons.NonNegative], { scale: one }, (v) => v[1] * G.standardGamma(bg, v[0])),
    f: contMethod('f', ['dfnum', 'dfden'], [Cons.Positive, Cons.Positive], {}, (v) => G.f(bg, v[0], v[1])),
    noncentral_f: contMethod('noncentral_f', ['dfnum', 'dfden', 'nonc'], [Cons.Positive, Cons.Positive, Cons.NonNegative], {}, (v) => G.noncentralF(bg, v[0], v[1], v[2])),
    chisquare: contMethod('chisquare', ['df'], [Cons.Positive], {}, (v) => G.chisquare(bg, v[0])),
    noncentral_chisquare: contMethod('noncentral_chisquare', ['df', 'nonc'], [Cons.Positive, Cons.NonNegative], {}, (v) => G.noncentralChisquare(bg, v[0], v[1])),
    standard_cauchy: (args, kwargs) => drawPlain(cyParams('standard_cauchy', ['size'], { size: null })(args, kwargs).size, () => G.standardCauchy(bg)),
    standard_t: contMethod('standard_t', ['df'], [Cons.Positive], {}, (v) => G.standardT(bg, v[0])),
    vonmises: contMethod('vonmises', ['mu', 'kappa'], [Cons.None, Cons.NonNegative], {}, (v) => C.vonmises(bg, v[0], v[1], () => standardNormal(bg))),
    pareto: contMethod('pareto', ['a'], [Cons.Positive], {}, (v) => G.pareto(bg, v[0])),
    weibull: contMethod('weibull', ['a'], [Cons.NonNegative], {}, (v) => G.weibull(bg, v[0])),
    power: contMethod('power', ['a'], [Cons.Positive], {}, (v) => G.power(bg, v[0])),
    laplace: contMethod('laplace', ['loc', 'scale'], [Cons.None, Cons.NonNegative], { loc: zero, scale: one }, (v) => C.laplace(bg, v[0], v[1])),
    gumbel: contMethod('gumbel', ['loc', 'scale'], [Cons.None, Cons.NonNegative], { loc: zero, scale: one }, (v) => C.gumbel(bg, v[0], v[1])),
    logistic: contMethod('logistic', ['loc', 'scale'], [Cons.None, Cons.NonNegative], { loc: zero, scale: one }, (v) => C.logistic(bg, v[0], v[1])),
    lognormal: contMethod('lognormal', ['mean', 'sigma'], [Cons.None, Cons.NonNegative], { mean: zero, sigma: one }, (v) => G.lognormal(bg, v[0], v[1])),
    rayleigh: contMethod('rayleigh', ['scale'], [Cons.NonNegative], { scale: one }, (v) => G.rayleigh(bg, v[0])),
    wald: contMethod('wald', ['mean', 'scale'], [Cons.Positive, Cons.Positive], {}, (v) => G.wald(bg, v[0], v[1])),
    triangular: (args, kwargs) => {
      const q = triangularParams(args, kwargs);
      triangularChecks(q.left, q.mode, q.right);
      return drawWith(q.size, [P(q.left, ''), P(q.mode, ''), P(q.right, '')], (v) => C.triangular(bg, v[0], v[1], v[2]));
    },
    binomial: (args, kwargs) => binomial(bg, args, kwargs),
    negative_binomial: (args, kwargs) => negativeBinomial(bg, args, kwargs),
    poisson: contMethod('poisson', ['lam'], [Cons.Poisson], { lam: one }, (v) => C.poisson(bg, v[0]), true),
    zipf: contMethod('zipf', ['a'], [Cons.Gt1], {}, (v) => C.zipf(bg, v[0], false), true),
    geometric: contMethod('geometric', ['p'], [Cons.BoundedGt01], {}, (v) => G.geometric(bg, v[0], search), true),
    hypergeometric: (args, kwargs) => hypergeometric(bg, args, kwargs),
    logseries: contMethod('logseries', ['p'], [Cons.BoundedLt01], {}, (v) => C.logseries(bg, v[0], false), true),
    multinomial: (args, kwargs) => multinomial(bg, args, kwargs),
    dirichlet: (args, kwargs) => dirichlet(bg, args, kwargs),
    multivariate_normal: (args, kwargs) => multivariateNormal(bg, args, kwargs),
    multivariate_hypergeometric: (args, kwargs) => multivariateHypergeometric(bg, args, kwargs),
  };
}

