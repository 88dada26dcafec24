// Elementwise ops: binary ops with broadcasting and TF's same-dtype rule, and unary math.
// Each op is one definition: rule, kernel, gradient.
import type { BinaryOp, UnaryOp } from '../native/binding.js';
import { bool as boolDtype, DType } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { Tensor } from '../tensor.js';
import { defineOp, GradCheckCase, GradCheckInput, OpDef, runOp } from './registry.js';
import * as G from './grad-kernels.js';
import { broadcastShapes, unbroadcast } from './broadcast.js';
import { cppDtypeName } from './dtype-text.js';
import { checkAllowedDtype } from './math-dtype-check.js';
import { withIntegerDivisionCheck } from './math-errors.js';
import * as api from './api.js';

type Grad = (dy: Tensor, x: Tensor, y: Tensor, z: Tensor) => [Tensor | null, Tensor | null];

export function checkSameDtype(name: string, inputs: readonly Tensor[]): void {
  const expected = inputs[0].dtype;
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i].dtype !== expected) {
      throw invalidArgument(
        `cannot compute ${name} as input #${i}(zero-based) was expected to be a ${cppDtypeName(expected)} tensor but is a ${cppDtypeName(inputs[i].dtype)} tensor`,
        name,
      );
    }
  }
}

/** Gradient-check cases for a binary op: equal shapes, and each way of broadcasting. Ranges are
 *  per operand (x, y), for ops whose domain is limited. */
function binaryChecks(x: GradCheckInput['range'] = undefined, y: GradCheckInput['range'] = undefined): GradCheckCase<null>[] {
  const pairs: [number[], number[]][] = [[[2, 3], [2, 3]], [[2, 3], [3]], [[2, 1], [1, 3]], [[], [2, 2]], [[4, 1, 3], []]];
  return pairs.map(([a, b]) => ({ inputs: [{ shape: a, range: x }, { shape: b, range: y }], attrs: null }));
}

function binary(
  name: string,
  kernel: BinaryOp,
  opts: { grad?: Grad; gradCheck?: GradCheckCase<null>[]; outDtype?: (d: DType) => DType; allowed?: (d: DType) => boolean } = {},
): OpDef<null> {
  const grad = opts.grad;
  return defineOp<null>({
    name,
    gradCheck: grad ? (opts.gradCheck ?? binaryChecks()) : undefined,
    infer(inputs) {
      checkSameDtype(name, inputs);
      const [a, b] = inputs;
      checkAllowedDtype(name, a.dtype);
      if (opts.allowed && !opts.allowed(a.dtype)) {
        throw invalidArgument(`Value for attr 'T' of ${cppDtypeName(a.dtype)} is not in the list of allowed values`, name);
      }
      return { shape: broadcastShapes(a.shape, b.shape, name), dtype: opts.outDtype ? opts.outDtype(a.dtype) : a.dtype };
    },
    kernel: (be, [a, b]) => withIntegerDivisionCheck(name, () => be.binary(kernel, a.dtype.code, a.storage, a.shape, b.storage, b.shape)),
    grad: grad
      ? (dy, [x, y], z) => {
          const [gx, gy] = grad(dy, x, y, z);
          return [gx && unbroadcast(gx, x.shape), gy && unbroadcast(gy, y.shape)];
        }
      : undefined,
  });
}

const toBool = () => boolDtype;

export const AddV2 = binary('AddV2', 'add', { grad: (dy) => [dy, dy] });
export const Sub = binary('Sub', 'sub', { grad: (dy) => [dy, api.neg(dy)] });
export const Mul = binary('Mul', 'mul', { grad: (dy, x, y) => [api.mul(dy, y), api.mul(x, dy)] });
export const RealDiv = binary('RealDiv', 'div', {
  gradCheck: binaryChecks(undefined, [0.5, 2]),
  grad: (dy, x, y) => [api.realDiv(dy, y), api.mul(dy, api.realDiv(api.realDiv(api.neg(x), y), y))],
});
export const FloorDiv = binary('FloorDiv', 'floordiv');
export const FloorMod = binary('FloorMod', 'floormod', {
  // x/y stays inside (1, 2), away from the jumps of floor.
  gradCheck: binaryChecks([2.1, 2.9], [1.5, 2]),
  grad: (dy, x, y) => [dy, api.mul(dy, api.neg(api.floorDiv(x, y)))],
});
export const Pow = binary('Pow', 'pow', {
  gradCheck: binaryChecks([0.5, 2], [-2, 2]),
  grad: (dy, x, y, z) => {
    const gx = api.mul(api.mul(dy, y), api.pow(x, api.sub(y, api.onesLike(y))));
    const mask = api.greater(x, api.zerosLike(x));
    const safeX = api.where(mask, x, api.onesLike(x));
    const logX = api.where(mask, api.log(safeX), api.zerosLike(x));
    return [gx, api.mul(api.mul(dy, z), logX)];
  },
});
export const Maximum = binary('Maximum', 'maximum', {
  grad: (dy, x, y) => {
    const mask = api.greaterEqual(x, y);
    return [api.where(mask, dy, api.zerosLike(dy)), api.where(mask, api.zerosLike(dy), dy)];
  },
});
export const Minimum = binary('Minimum', 'minimum', {
  grad: (dy, x, y) => {
    const mask = api.lessEqual(x, y);
    return [api.where(mask, dy, api.zerosLike(dy)), api.where(mask, api.zerosLike(dy), dy)];
  },
});
export const SquaredDifference = binary('SquaredDifference', 'squared_difference', {
  grad: (dy, x, y) => {
    const d = api.mul(api.scalarLike(2, dy), api.mul(dy, api.sub(x, y)));
    return [d, api.neg(d)];
  },
});
export const Equal = binary('Equal', 'equal', { outDtype: toBool });
export const NotEqual = binary('NotEqual', 'not_equal', { outDtype: toBool });
export const Less = binary('Less', 'less', { outDtype: toBool });
export const LessEqual = binary('LessEqual', 'less_equal', { outDtype: toBool });
export const Greater = binary('Greater', 'greater', { outDtype: toBool });
export const GreaterEqual = binary('GreaterEqual', 'greater_equal', { outDtype: toBool });
export const LogicalAnd = binary('LogicalAnd', 'logical_and');
export const LogicalOr = binary('LogicalOr', 'logical_or');

function unary(name: string, kernel: UnaryOp, grad?: (dy: Tensor, x: Tensor, y: Tensor) => Tensor, range?: GradCheckInput['range']): OpDef<null> {
  return defineOp<null>({
    name,
    gradCheck: grad ? [[], [5], [2, 3]].map((shape) => ({ inputs: [{ shape, range }], attrs: null })) : undefined,
    infer: ([x]) => {
      checkAllowedDtype(name, x.dtype);
      return { shape: x.shape.slice(), dtype: x.dtype };
    },
    kernel: (be, [x]) => be.unary(kernel, x.dtype.code, x.storage, x.size),
    grad: grad ? (dy, [x], y) => [grad(dy, x, y)] : undefined,
  });
}

export const Neg = unary('Neg', 'neg', (dy) => api.neg(dy));
export const Abs = unary('Abs', 'abs', (dy, x) => api.mul(dy, api.sign(x)));
export const Sign = unary('Sign', 'sign', (dy) => api.zerosLike(dy));
export const Exp = unary('Exp', 'exp', (dy, _x, y) => api.mul(dy, y));
export const Log = unary('Log', 'log', (dy, x) => api.mul(dy, api.reciprocal(x)), [0.5, 3]);
export const Log1p = unary('Log1p', 'log1p', (dy, x) => api.mul(dy, api.reciprocal(api.add(api.onesLike(x), x))), [-0.5, 2]);
export const Sqrt = unary('Sqrt', 'sqrt', (dy, _x, y) => runOp(G.SqrtGrad, [y, dy], null), [0.5, 3]);
// Products in the order of TF's Eigen gradient functors, so float rounding matches.
export const Rsqrt = unary(
  'Rsqrt',
  'rsqrt',
  (dy, _x, y) => api.mul(api.mul(api.scalarLike(-0.5, y), api.mul(dy, y)), api.mul(y, y)),
  [0.5, 3],
);
export const Square = unary('Square', 'square', (dy, x) => api.mul(dy, api.mul(api.scalarLike(2, x), x)));
export const Reciprocal = unary('Reciprocal', 'reciprocal', (dy, _x, y) => api.mul(dy, api.neg(api.mul(y, y))), [0.5, 2]);
export const Sin = unary('Sin', 'sin', (dy, x) => api.mul(dy, api.cos(x)));
export const Cos = unary('Cos', 'cos', (dy, x) => api.mul(dy, api.neg(api.sin(x))));
export const Tanh = unary('Tanh', 'tanh', (dy, _x, y) => api.mul(dy, api.sub(api.onesLike(y), api.mul(y, y))));
// The gradients run TF's SigmoidGrad and SqrtGrad kernels (grad-kernels.ts), whose own gradients
// are TF's second-derivative formulas.
export const Sigmoid = unary('Sigmoid', 'sigmoid', (dy, _x, y) => runOp(G.SigmoidGrad, [y, dy], null));
// TF's ReluGrad multiplies by the mask (dy * (x > 0)), so a negative dy gives -0 where x <= 0.
export const Relu = unary('Relu', 'relu', (dy, x) => api.mul(dy, api.cast(api.greater(x, api.scalarLike(0, x)), dy.dtype)));
export const Floor = unary('Floor', 'floor');
export const Ceil = unary('Ceil', 'ceil');
export const Round = unary('Round', 'round');
export const LogicalNot = unary('LogicalNot', 'logical_not');
