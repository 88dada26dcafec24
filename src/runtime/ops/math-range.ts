// Range and LinSpace: sequences computed the way TF's kernels do, element i = start + i * step in
// the output dtype (float32 rounding included), so printed digits match TF's.
import type { Backend } from '../backend/backend.js';
import type { DType } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { defineOp } from './registry.js';

export interface RangeAttrs {
  start: number;
  limit: number;
  delta: number;
  dtype: DType;
}

export interface LinSpaceAttrs {
  start: number;
  stop: number;
  num: number;
  dtype: DType;
}

/** Rounds to the dtype the kernel computes in (float32/half math goes through float32 here). */
function rounder(dtype: DType): (x: number) => number {
  if (dtype.name === 'float64' || dtype.isInteger) return (x) => x;
  return Math.fround;
}

function storageOf(N: Backend, values: number[], dtype: DType) {
  if (dtype.is64Bit) return N.fromBytes(BigInt64Array.from(values, (v) => BigInt(v)));
  if (dtype.name === 'float64') return N.fromBytes(Float64Array.from(values));
  if (dtype.isInteger) return N.cast(N.fromBytes(Float64Array.from(values)), 1, dtype.code, values.length);
  const f32 = N.fromBytes(Float32Array.from(values));
  return dtype.name === 'float32' ? f32 : N.cast(f32, 0, dtype.code, values.length);
}

function rangeSize({ start, limit, delta }: RangeAttrs): number {
  const fail = (msg: string) => invalidArgument(`{{function_node __wrapped__Range_device_${CPU_DEVICE}}} ${msg}`, 'Range');
  if (delta === 0) throw fail(`Requires delta != 0: ${delta}`);
  if (delta > 0 && start > limit) throw fail(`Requires start <= limit when delta > 0: ${start}/${limit}`);
  if (delta < 0 && start < limit) throw fail(`Requires start >= limit when delta < 0: ${start}/${limit}`);
  return Math.ceil(Math.abs((limit - start) / delta));
}

export const Range = defineOp<RangeAttrs>({
  name: 'Range',
  infer: (_inputs, attrs) => ({ shape: [rangeSize(attrs)], dtype: attrs.dtype }),
  kernel(be, _inputs, attrs, out) {
    const r = rounder(attrs.dtype);
    const start = r(attrs.start);
    const delta = r(attrs.delta);
    const values = Array.from({ length: out.shape[0] }, (_, i) => r(start + r(i * delta)));
    return storageOf(be, values, attrs.dtype);
  },
});

export const LinSpace = defineOp<LinSpaceAttrs>({
  name: 'LinSpace',
  infer(_inputs, { num, dtype }) {
    if (num <= 0) {
      throw invalidArgument(`{{function_node __wrapped__LinSpace_device_${CPU_DEVICE}}} Requires num > 0: ${num}`, 'LinSpace');
    }
    return { shape: [num], dtype };
  },
  kernel(be, _inputs, { start, stop, num, dtype }) {
    const r = rounder(dtype);
    const s = r(start);
    if (num === 1) return storageOf(be, [s], dtype);
    const step = r(r(r(stop) - s) / (num - 1));
    return storageOf(be, Array.from({ length: num }, (_, i) => r(s + r(i * step))), dtype);
  },
});
