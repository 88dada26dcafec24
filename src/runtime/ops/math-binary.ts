// Broadcasting binary tf.math ops beyond elementwise.ts: atan2, truncatediv/truncatemod (C
// semantics: round toward zero), divide_no_nan/multiply_no_nan (0 where y == 0), xlogy/xdivy
// (0 where x == 0).
import type { BinaryOp, MathBinaryOp } from '../native/binding.js';
import type { Tensor } from '../tensor.js';
import { defineOp, GradCheckCase, GradCheckInput, OpDef, runOp } from './registry.js';
import { broadcastShapes, unbroadcast } from './broadcast.js';
import { checkSameDtype } from './elementwise.js';
import { checkAllowedDtype } from './math-dtype-check.js';
import { withIntegerDivisionCheck } from './math-errors.js';
import * as api from './api.js';

type Grad = (dy: Tensor, x: Tensor, y: Tensor) => [Tensor, Tensor];
type Range = GradCheckInput['range'];

function checks(x?: Range, y?: Range): GradCheckCase<null>[] {
  const pairs: [number[], number[]][] = [[[2, 3], [2, 3]], [[2, 3], [3]], [[2, 1], [1, 3]]];
  return pairs.map(([a, b]) => ({ inputs: [{ shape: a, range: x }, { shape: b, range: y }], attrs: null }));
}

function mathBinary(name: string, kernel: { basic: BinaryOp } | { math: MathBinaryOp }, grad?: Grad, ranges: [Range, Range] = [undefined, undefined]): OpDef<null> {
  return defineOp<null>({
    name,
    infer(inputs) {
      checkSameDtype(name, inputs);
      const [a, b] = inputs;
      checkAllowedDtype(name, a.dtype);
      return { shape: broadcastShapes(a.shape, b.shape, name), dtype: a.dtype };
    },
    kernel: (be, [a, b]) =>
      withIntegerDivisionCheck(name, () =>
        'basic' in kernel
          ? be.binary(kernel.basic, a.dtype.code, a.storage, a.shape, b.storage, b.shape)
          : be.mathBinary(kernel.math, a.dtype.code, a.storage, a.shape, b.storage, b.shape),
      ),
    grad: grad
      ? (dy, [x, y]) => {
          const [gx, gy] = grad(dy, x, y);
          return [unbroadcast(gx, x.shape), unbroadcast(gy, y.shape)];
        }
      : undefined,
    gradCheck: grad ? checks(...ranges) : undefined,
  });
}

const run2 = (op: OpDef<null>) => (a: Tensor, b: Tensor): Tensor => runOp(op, [a, b], null);

export const Atan2 = mathBinary('Atan2', { basic: 'atan2' }, (dy, y, x) => {
  const r = api.realDiv(dy, api.add(api.mul(x, x), api.mul(y, y)));
  return [api.mul(r, x), api.neg(api.mul(r, y))];
}, [[0.5, 2], [0.5, 2]]);
export const TruncateDiv = mathBinary('TruncateDiv', { math: 'truncatediv' });
export const TruncateMod = mathBinary('TruncateMod', { math: 'truncatemod' });
export const DivNoNan = mathBinary('DivNoNan', { math: 'div_no_nan' }, (dy, x, y) => [
  divNoNan(dy, y),
  api.mul(dy, divNoNan(divNoNan(api.neg(x), y), y)),
], [undefined, [0.5, 2]]);
export const MulNoNan = mathBinary('MulNoNan', { math: 'mul_no_nan' }, (dy, x, y) => [mulNoNan(dy, y), mulNoNan(x, dy)]);
export const Xlogy = mathBinary('Xlogy', { math: 'xlogy' }, (dy, x, y) => {
  const logY = api.where(api.equal(x, api.zerosLike(x)), api.zerosLike(y), api.log(y));
  return [api.mul(dy, logY), api.mul(dy, xdivy(x, y))];
}, [undefined, [0.5, 2]]);
export const Xdivy = mathBinary('Xdivy', { math: 'xdivy' }, (dy, x, y) => {
  const invY = api.where(api.equal(x, api.zerosLike(x)), api.zerosLike(y), api.reciprocal(y));
  return [api.mul(dy, invY), api.mul(dy, api.neg(xdivy(xdivy(x, y), y)))];
}, [undefined, [0.5, 2]]);

export const divNoNan = run2(DivNoNan);
export const mulNoNan = run2(MulNoNan);
const xdivy = run2(Xdivy);
