// TopKV2 (values and indices of the k largest along the last axis; ties keep the lower index),
// which tf.math.top_k, tf.sort and tf.argsort are built on as in TF. The values op carries the
// gradient (dy scattered back to the chosen positions); the indices op is not differentiable.
import { int32 } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import type { Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';
import { checkAllowedDtype } from './math-dtype-check.js';
import * as api from './api.js';
import * as M from './math-api.js';

export interface TopKAttrs {
  k: number;
  /** false: ascending order (what tf.sort/argsort ASCENDING produce). */
  descending: boolean;
}

function inferTopK([x]: readonly Tensor[], { k }: TopKAttrs): number[] {
  checkAllowedDtype('TopKV2', x.dtype);
  const fail = (msg: string) => invalidArgument(`{{function_node __wrapped__TopKV2_device_${CPU_DEVICE}}} ${msg}`, 'TopKV2');
  if (x.rank < 1) throw fail(`input must be >= 1-D, got shape []`);
  if (k < 0) throw fail(`Need k >= 0, got ${k}`);
  const n = x.shape[x.rank - 1];
  if (n < k) throw fail(`input must have at least k columns. Had ${n}, needed ${k}`);
  return [...x.shape.slice(0, -1), k];
}

export const TopKValues = defineOp<TopKAttrs>({
  name: 'TopKV2',
  infer: (inputs, attrs) => ({ shape: inferTopK(inputs, attrs), dtype: inputs[0].dtype }),
  kernel: (be, [x], { k, descending }) => be.topK(x.dtype.code, x.storage, x.shape, k, descending)[0],
  grad(dy, [x], _y, attrs) {
    // Scatter: dx[..., j] = sum over the chosen slots i with index j of dy[..., i].
    const idx = runOp(TopKIndices, [x], attrs);
    const n = x.shape[x.rank - 1];
    const hot = api.cast(M.oneHot(idx, n), dy.dtype); // [..., k, n]
    const spread = api.mul(hot, api.reshape(dy, [...dy.shape, 1]));
    return [api.reduceSum(spread, [spread.rank - 2], false)];
  },
  gradCheck: [
    { inputs: [{ shape: [6] }], attrs: { k: 3, descending: true } },
    { inputs: [{ shape: [2, 4] }], attrs: { k: 4, descending: false } },
  ],
});

export const TopKIndices = defineOp<TopKAttrs>({
  name: 'TopKV2Indices',
  infer: (inputs, attrs) => ({ shape: inferTopK(inputs, attrs), dtype: int32 }),
  kernel: (be, [x], { k, descending }) => be.topK(x.dtype.code, x.storage, x.shape, k, descending)[1],
});
