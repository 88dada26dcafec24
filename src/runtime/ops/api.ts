// Tensor functions for JS callers (gradients, the Python-facing module): each is one runOp call.
import type { DType } from '../dtypes.js';
import { bool as boolDtype } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { currentDevice } from '../device.js';
import { runOp } from './registry.js';
import * as E from './elementwise.js';
import { MatMul } from './matmul.js';
import * as R from './reduce.js';
import * as S from './shape-ops.js';

export const add = (a: Tensor, b: Tensor): Tensor => runOp(E.AddV2, [a, b], null);
export const sub = (a: Tensor, b: Tensor): Tensor => runOp(E.Sub, [a, b], null);
export const mul = (a: Tensor, b: Tensor): Tensor => runOp(E.Mul, [a, b], null);
export const realDiv = (a: Tensor, b: Tensor): Tensor => runOp(E.RealDiv, [a, b], null);
export const floorDiv = (a: Tensor, b: Tensor): Tensor => runOp(E.FloorDiv, [a, b], null);
export const floorMod = (a: Tensor, b: Tensor): Tensor => runOp(E.FloorMod, [a, b], null);
export const pow = (a: Tensor, b: Tensor): Tensor => runOp(E.Pow, [a, b], null);
export const maximum = (a: Tensor, b: Tensor): Tensor => runOp(E.Maximum, [a, b], null);
export const minimum = (a: Tensor, b: Tensor): Tensor => runOp(E.Minimum, [a, b], null);
export const equal = (a: Tensor, b: Tensor): Tensor => runOp(E.Equal, [a, b], null);
export const greater = (a: Tensor, b: Tensor): Tensor => runOp(E.Greater, [a, b], null);
export const greaterEqual = (a: Tensor, b: Tensor): Tensor => runOp(E.GreaterEqual, [a, b], null);
export const lessEqual = (a: Tensor, b: Tensor): Tensor => runOp(E.LessEqual, [a, b], null);
export const neg = (x: Tensor): Tensor => runOp(E.Neg, [x], null);
export const sign = (x: Tensor): Tensor => runOp(E.Sign, [x], null);
export const log = (x: Tensor): Tensor => runOp(E.Log, [x], null);
export const sin = (x: Tensor): Tensor => runOp(E.Sin, [x], null);
export const cos = (x: Tensor): Tensor => runOp(E.Cos, [x], null);
export const reciprocal = (x: Tensor): Tensor => runOp(E.Reciprocal, [x], null);
export const matmul = (a: Tensor, b: Tensor, transposeA = false, transposeB = false): Tensor =>
  runOp(MatMul, [a, b], { transposeA, transposeB });
export const reduceSum = (x: Tensor, axes: number[] | null, keepdims: boolean): Tensor =>
  runOp(R.Sum, [x], { axes: R.normalizeAxes(axes, x.rank, 'Sum'), keepdims });
export const reshape = (x: Tensor, shape: readonly number[]): Tensor => runOp(S.Reshape, [x], { shape: shape.slice() });
export const broadcastTo = (x: Tensor, shape: readonly number[]): Tensor => runOp(S.BroadcastTo, [x], { shape: shape.slice() });
export const transpose = (x: Tensor, perm: number[]): Tensor => runOp(S.Transpose, [x], { perm });
export const cast = (x: Tensor, dtype: DType): Tensor => (x.dtype === dtype ? x : runOp(S.Cast, [x], { dtype }));
export const where = (c: Tensor, x: Tensor, y: Tensor): Tensor => runOp(S.Select, [c, x, y], null);

export function fill(shape: readonly number[], dtype: DType, value: number | boolean): Tensor {
  const v = dtype.is64Bit ? BigInt(value as number) : dtype === boolDtype ? Boolean(value) : value;
  return runOp(S.Fill, [], { shape: shape.slice(), dtype, value: v });
}

export const zerosLike = (x: Tensor): Tensor => fill(x.shape, x.dtype, 0);
export const onesLike = (x: Tensor): Tensor => fill(x.shape, x.dtype, 1);

/** A scalar of x's dtype (for constants inside gradient formulas). */
export function scalarLike(value: number, x: Tensor): Tensor {
  const v = x.dtype.is64Bit ? [BigInt(value)] : [value];
  return tensorFromValues(v as number[], [], x.dtype, currentDevice());
}
