// Reductions (Sum, Mean, Max, Min, Prod, Any, All) over axes, with keepdims, and their gradients.
import type { ReduceOp } from '../native/binding.js';
import { invalidArgument } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { numElements, Tensor } from '../tensor.js';
import { defineOp, GradCheckCase, OpDef } from './registry.js';
import * as api from './api.js';
import { checkAllowedDtype } from './math-dtype-check.js';

export interface ReduceAttrs {
  /** Normalised, sorted, distinct axes. */
  axes: number[];
  keepdims: boolean;
}

function reducedShape(shape: readonly number[], axes: number[], keepdims: boolean): number[] {
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (!axes.includes(i)) out.push(d);
    else if (keepdims) out.push(1);
  });
  return out;
}

/** Validates and normalises axes as TF does (negative axes count from the end). */
export function normalizeAxes(axes: number[] | null, rank: number, opName: string): number[] {
  if (axes === null) return Array.from({ length: rank }, (_, i) => i);
  const out = new Set<number>();
  for (const a of axes) {
    if (a < -rank || a >= rank) {
      throw invalidArgument(`{{function_node __wrapped__${opName}_device_${CPU_DEVICE}}} Invalid reduction dimension (${a} for input with ${rank} dimension(s)`, opName);
    }
    out.add(a < 0 ? a + rank : a);
  }
  return [...out].sort((x, y) => x - y);
}

/** The gradient of a sum: the output gradient broadcast back over the reduced axes. */
function sumGrad(dy: Tensor, x: Tensor, { axes }: ReduceAttrs): Tensor {
  const kept = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return api.broadcastTo(api.reshape(dy, kept), x.shape);
}

/** Gradient-check cases: all axes, one axis, several axes, keepdims, a scalar. */
function reduceChecks(range?: [number, number]): GradCheckCase<ReduceAttrs>[] {
  const cases: [number[], number[], boolean][] = [
    [[2, 3], [0, 1], false],
    [[2, 3], [1], false],
    [[2, 3, 4], [0, 2], true],
    [[3, 4], [0], true],
    [[], [], false],
  ];
  return cases.map(([shape, axes, keepdims]) => ({ inputs: [{ shape, range }], attrs: { axes, keepdims } }));
}

function reduction(name: string, kernel: ReduceOp, grad?: OpDef<ReduceAttrs>['grad'], range?: [number, number]): OpDef<ReduceAttrs> {
  return defineOp<ReduceAttrs>({
    name,
    gradCheck: grad ? reduceChecks(range) : undefined,
    infer: ([x], { axes, keepdims }) => {
      checkAllowedDtype(name, x.dtype);
      return { shape: reducedShape(x.shape, axes, keepdims), dtype: x.dtype };
    },
    kernel: (be, [x], { axes }) => be.reduce(kernel, x.dtype.code, x.storage, x.shape, axes),
    grad,
  });
}

export const Sum = reduction('Sum', 'sum', (dy, [x], _y, attrs) => [sumGrad(dy, x, attrs)]);
export const Mean = reduction('Mean', 'mean', (dy, [x], y, attrs) => {
  const factor = numElements(x.shape) / Math.max(1, numElements(y.shape));
  return [api.realDiv(sumGrad(dy, x, attrs), api.scalarLike(factor, dy))];
});
const extremumGrad: OpDef<ReduceAttrs>['grad'] = (dy, [x], y, attrs) => {
  // As TF: the gradient is shared equally among the positions that hold the extreme value.
  const kept = x.shape.map((d, i) => (attrs.axes.includes(i) ? 1 : d));
  const yb = api.broadcastTo(api.reshape(y, kept), x.shape);
  const mask = api.cast(api.equal(x, yb), x.dtype);
  const count = api.reshape(api.reduceSum(mask, attrs.axes, false), kept);
  return [api.mul(api.realDiv(mask, count), sumGrad(dy, x, attrs))];
};
export const Max = reduction('Max', 'max', extremumGrad);
export const Min = reduction('Min', 'min', extremumGrad);
// d prod / d x_i = prod / x_i (exact for nonzero inputs; zeros would need an exclusive cumprod).
export const Prod = reduction(
  'Prod',
  'prod',
  (dy, [x], y, attrs) => {
    const kept = x.shape.map((d, i) => (attrs.axes.includes(i) ? 1 : d));
    const yb = api.broadcastTo(api.reshape(y, kept), x.shape);
    return [api.mul(sumGrad(dy, x, attrs), api.realDiv(yb, x))];
  },
  [0.5, 2],
);
export const AnyOp = reduction('Any', 'any');
export const AllOp = reduction('All', 'all');
