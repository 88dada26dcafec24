// ArgMax / ArgMin over one axis (int64 or int32 output, first index on ties), with TF's checks.
import type { DType } from '../dtypes.js';
import { int64 } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { defineOp, OpDef } from './registry.js';
import { checkAllowedDtype } from './math-dtype-check.js';

export interface ArgAttrs {
  /** As given by the user (negative allowed); checked by infer. */
  axis: number;
  outputType: DType;
}

function argReduce(name: 'ArgMax' | 'ArgMin'): OpDef<ArgAttrs> {
  const fail = (msg: string) => invalidArgument(`{{function_node __wrapped__${name}_device_${CPU_DEVICE}}} ${msg}`, name);
  return defineOp<ArgAttrs>({
    name,
    infer([x], { axis, outputType }) {
      checkAllowedDtype(name, x.dtype);
      const r = Math.max(1, x.rank);
      if (axis < -r || axis >= r) throw fail(`Expected dimension in the range [${-r}, ${r}), but got ${axis}`);
      const ax = axis < 0 ? axis + x.rank : axis;
      if (x.rank > 0 && x.shape[ax] === 0) throw fail(`Reduction axis ${axis} is empty in shape ${x.shape.length ? `[${x.shape.join(',')}]` : '[]'}`);
      return { shape: x.shape.filter((_, i) => i !== ax), dtype: outputType };
    },
    kernel(be, [x], { axis, outputType }) {
      const N = be;
      // A scalar reduces as a one-element vector.
      const shape = x.rank === 0 ? [1] : x.shape;
      const ax = axis < 0 ? axis + shape.length : axis;
      const idx = N.argReduce(name === 'ArgMax' ? 'argmax' : 'argmin', x.dtype.code, x.storage, shape, ax);
      const count = x.size / Math.max(1, shape[ax]);
      return outputType === int64 ? idx : N.cast(idx, int64.code, outputType.code, count);
    },
  });
}

export const ArgMax = argReduce('ArgMax');
export const ArgMin = argReduce('ArgMin');
