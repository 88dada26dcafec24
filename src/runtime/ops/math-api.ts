// Tensor functions for the math ops (JS callers: gradients, composites, the Python-facing module);
// each is one runOp call, like api.ts for the core ops.
import type { DType } from '../dtypes.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { runOp } from './registry.js';
import * as E from './elementwise.js';
import * as U from './math-unary.js';
import { ArgMax, ArgMin } from './math-reduce.js';
import { LinSpace, Range } from './math-range.js';
import * as api from './api.js';

export const exp = (x: Tensor): Tensor => runOp(E.Exp, [x], null);
export const sqrt = (x: Tensor): Tensor => runOp(E.Sqrt, [x], null);
export const square = (x: Tensor): Tensor => runOp(E.Square, [x], null);
export const rsqrt = (x: Tensor): Tensor => runOp(E.Rsqrt, [x], null);
export const abs = (x: Tensor): Tensor => runOp(E.Abs, [x], null);
export const sigmoid = (x: Tensor): Tensor => runOp(E.Sigmoid, [x], null);
export const sinh = (x: Tensor): Tensor => runOp(U.Sinh, [x], null);
export const cosh = (x: Tensor): Tensor => runOp(U.Cosh, [x], null);
export const less = (a: Tensor, b: Tensor): Tensor => runOp(E.Less, [a, b], null);
export const notEqual = (a: Tensor, b: Tensor): Tensor => runOp(E.NotEqual, [a, b], null);
export const logicalAnd = (a: Tensor, b: Tensor): Tensor => runOp(E.LogicalAnd, [a, b], null);
export const logicalOr = (a: Tensor, b: Tensor): Tensor => runOp(E.LogicalOr, [a, b], null);
export const logicalNot = (a: Tensor): Tensor => runOp(E.LogicalNot, [a], null);

export const argMax = (x: Tensor, axis: number, outputType: DType = dtypes.int64): Tensor => runOp(ArgMax, [x], { axis, outputType });
export const argMin = (x: Tensor, axis: number, outputType: DType = dtypes.int64): Tensor => runOp(ArgMin, [x], { axis, outputType });

export const range = (start: number, limit: number, delta: number, dtype: DType): Tensor =>
  runOp(Range, [], { start, limit, delta, dtype });
export const linspace = (start: number, stop: number, num: number, dtype: DType): Tensor =>
  runOp(LinSpace, [], { start, stop, num, dtype });

/** one_hot along the last axis: 1 where the index equals the position (out-of-range: all 0). */
export function oneHot(indices: Tensor, depth: number, on?: Tensor, off?: Tensor): Tensor {
  const positions = api.cast(range(0, depth, 1, dtypes.int32), indices.dtype);
  const hit = api.equal(api.reshape(indices, [...indices.shape, 1]), positions);
  if (on === undefined || off === undefined) return api.cast(hit, dtypes.float32);
  const shape = [...indices.shape, depth];
  return api.where(hit, api.broadcastTo(on, shape), api.broadcastTo(off, shape));
}
