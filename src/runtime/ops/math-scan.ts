// Cumsum and Cumprod along one axis (exclusive, reverse), with TF's gradients.
import { invalidArgument } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import type { Tensor } from '../tensor.js';
import { defineOp, GradCheckCase, OpDef, runOp } from './registry.js';
import { checkAllowedDtype } from './math-dtype-check.js';
import * as api from './api.js';

export interface ScanAttrs {
  /** Normalised (non-negative) axis. */
  axis: number;
  exclusive: boolean;
  reverse: boolean;
}

/** Normalises a user axis as the Cumsum kernel checks it. */
export function scanAxis(axis: number, rank: number, opName: string): number {
  if (axis < -rank || axis >= rank) {
    throw invalidArgument(
      `{{function_node __wrapped__${opName}_device_${CPU_DEVICE}}} ScanOp: Expected scan axis in the range [${-rank}, ${rank}), but got ${axis}`,
      opName,
    );
  }
  return axis < 0 ? axis + rank : axis;
}

function checks(range?: [number, number]): GradCheckCase<ScanAttrs>[] {
  return [
    { inputs: [{ shape: [5], range }], attrs: { axis: 0, exclusive: false, reverse: false } },
    { inputs: [{ shape: [2, 3], range }], attrs: { axis: 1, exclusive: true, reverse: false } },
    { inputs: [{ shape: [3, 2], range }], attrs: { axis: 0, exclusive: false, reverse: true } },
    { inputs: [{ shape: [2, 3], range }], attrs: { axis: 1, exclusive: true, reverse: true } },
  ];
}

function scan(name: 'Cumsum' | 'Cumprod', grad: OpDef<ScanAttrs>['grad'], range?: [number, number]): OpDef<ScanAttrs> {
  return defineOp<ScanAttrs>({
    name,
    infer([x]) {
      checkAllowedDtype(name, x.dtype);
      return { shape: x.shape.slice(), dtype: x.dtype };
    },
    kernel: (be, [x], { axis, exclusive, reverse }) =>
      be.cumulative(name === 'Cumsum' ? 'cumsum' : 'cumprod', x.dtype.code, x.storage, x.shape, axis, exclusive, reverse),
    grad,
    gradCheck: checks(range),
  });
}

export const cumsum = (x: Tensor, attrs: ScanAttrs): Tensor => runOp(Cumsum, [x], attrs);

// The gradient of a cumulative sum is the cumulative sum of dy run the other way.
export const Cumsum = scan('Cumsum', (dy, _x, _y, a) => [cumsum(dy, { ...a, reverse: !a.reverse })]);
// TF's formula for nonzero inputs: reverse-cumsum(prod * dy) / x.
export const Cumprod = scan(
  'Cumprod',
  (dy, [x], y, a) => [api.realDiv(cumsum(api.mul(y, dy), { ...a, reverse: !a.reverse }), x)],
  [0.5, 2],
);
