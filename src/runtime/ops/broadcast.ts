// Broadcasting: the result shape of two operands (numpy rules), and the ONE place where a
// gradient is summed back down to an operand's shape.
import type { Tensor } from '../tensor.js';
import { invalidArgument } from '../errors.js';
import { shapeDebug } from './dtype-text.js';
import { reduceSum, reshape } from './api.js';
import { CPU_DEVICE } from '../device.js';

export function broadcastShapes(a: readonly number[], b: readonly number[], opName: string): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw invalidArgument(
        `{{function_node __wrapped__${opName}_device_${CPU_DEVICE}}} Incompatible shapes: ${shapeDebug(a)} vs. ${shapeDebug(b)}`,
        opName,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Whether two shapes broadcast against each other (numpy rules), without raising. */
export function broadcastable(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 1; i <= n; i++) {
    const da = a[a.length - i], db = b[b.length - i];
    if (da !== db && da !== 1 && db !== 1) return false;
  }
  return true;
}

export const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

/** Sums `grad` over the axes along which `shape` was broadcast, then restores `shape`. */
export function unbroadcast(grad: Tensor, shape: readonly number[]): Tensor {
  const g = grad.shape;
  if (g.length === shape.length && g.every((d, i) => d === shape[i])) return grad;
  const lead = g.length - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < g.length; i++) {
    if (i < lead || (shape[i - lead] === 1 && g[i] !== 1)) axes.push(i);
  }
  const summed = axes.length ? reduceSum(grad, axes, false) : grad;
  return reshape(summed, shape);
}
