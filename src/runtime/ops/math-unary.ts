// tf.math unary functions beyond elementwise.ts: tan, expm1, erf(c), softplus, inverse and
// hyperbolic trig, rint, lgamma, and the float predicates is_nan/is_inf/is_finite.
// Float dtypes only (TF's registry for these ops), checked with TF's text.
import type { MathUnaryOp, UnaryOp } from '../native/binding.js';
import { bool as boolDtype } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { defineOp, GradCheckInput, OpDef, runOp } from './registry.js';
import { Digamma } from './math-digamma.js';
import { checkAllowedDtype } from './math-dtype-check.js';
import * as api from './api.js';
import * as M from './math-api.js';

type UnaryGrad = (dy: Tensor, x: Tensor, y: Tensor) => Tensor;

function mathUnary(name: string, kernel: { basic: UnaryOp } | { math: MathUnaryOp }, grad?: UnaryGrad, range?: GradCheckInput['range']): OpDef<null> {
  const predicate = 'math' in kernel && kernel.math.startsWith('is_');
  return defineOp<null>({
    name,
    infer: ([x]) => {
      checkAllowedDtype(name, x.dtype);
      return { shape: x.shape.slice(), dtype: predicate ? boolDtype : x.dtype };
    },
    kernel: (be, [x]) =>
      'basic' in kernel
        ? be.unary(kernel.basic, x.dtype.code, x.storage, x.size)
        : be.mathUnary(kernel.math, x.dtype.code, x.storage, x.size),
    grad: grad ? (dy, [x], y) => [grad(dy, x, y)] : undefined,
    gradCheck: grad ? [[], [5], [2, 3]].map((shape) => ({ inputs: [{ shape, range }], attrs: null })) : undefined,
  });
}

const c = api.scalarLike;
/** 1 - x² (the radicand of the inverse-trig derivatives). */
const oneMinusSquare = (x: Tensor) => api.sub(api.onesLike(x), api.mul(x, x));
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

// TF's _TanGrad: dy * square(reciprocal(cos(x))).
export const Tan = mathUnary('Tan', { basic: 'tan' }, (dy, x) => {
  const secx = api.reciprocal(api.cos(x));
  return api.mul(dy, api.mul(secx, secx));
}, [-1, 1]);
export const Expm1 = mathUnary('Expm1', { basic: 'expm1' }, (dy, x) => api.mul(dy, M.exp(x)));
// TF's _ErfGrad: grad * (2/sqrt(pi)) * exp(-square(x)), left to right.
export const Erf = mathUnary('Erf', { basic: 'erf' }, (dy, x) => api.mul(api.mul(dy, c(TWO_OVER_SQRT_PI, x)), M.exp(api.neg(M.square(x)))));
// (dy * -2/sqrt(pi)) * exp(-x^2), grouped as TF's _ErfcGrad so the float bits match.
export const Erfc = mathUnary('Erfc', { math: 'erfc' }, (dy, x) => api.mul(api.mul(dy, c(-TWO_OVER_SQRT_PI, x)), M.exp(api.neg(api.mul(x, x)))));
export const Softplus = mathUnary('Softplus', { basic: 'softplus' }, (dy, x) => api.mul(dy, M.sigmoid(x)));
export const Asin = mathUnary('Asin', { math: 'asin' }, (dy, x) => api.realDiv(dy, M.sqrt(oneMinusSquare(x))), [-0.9, 0.9]);
export const Acos = mathUnary('Acos', { math: 'acos' }, (dy, x) => api.neg(api.realDiv(dy, M.sqrt(oneMinusSquare(x)))), [-0.9, 0.9]);
// TF's _AtanGrad: grad * reciprocal(1 + square(x)).
export const Atan = mathUnary('Atan', { math: 'atan' }, (dy, x) => api.mul(dy, api.reciprocal(api.add(api.onesLike(x), M.square(x)))));
export const Sinh = mathUnary('Sinh', { math: 'sinh' }, (dy, x) => api.mul(dy, M.cosh(x)));
export const Cosh = mathUnary('Cosh', { math: 'cosh' }, (dy, x) => api.mul(dy, M.sinh(x)));
export const Asinh = mathUnary('Asinh', { math: 'asinh' }, (dy, _x, y) => api.realDiv(dy, M.cosh(y)));
export const Acosh = mathUnary('Acosh', { math: 'acosh' }, (dy, _x, y) => api.realDiv(dy, M.sinh(y)), [1.5, 3]);
export const Atanh = mathUnary('Atanh', { math: 'atanh' }, (dy, x) => api.realDiv(dy, oneMinusSquare(x)), [-0.9, 0.9]);
export const Rint = mathUnary('Rint', { math: 'rint' });
// TF's _LgammaGrad: dy * digamma(x).
export const Lgamma = mathUnary('Lgamma', { math: 'lgamma' }, (dy, x) => api.mul(dy, runOp(Digamma, [x], null)), [0.5, 3]);
export const IsNan = mathUnary('IsNan', { math: 'is_nan' });
export const IsInf = mathUnary('IsInf', { math: 'is_inf' });
export const IsFinite = mathUnary('IsFinite', { math: 'is_finite' });
