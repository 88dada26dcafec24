// Keras 3's gradient clipping (clipnorm per tensor via tf.clip_by_norm, global_clipnorm, clipvalue)
// and decoupled weight decay, with TF's operations in TF's order.
import type { Tensor } from '../tensor.js';
import type { Variable } from '../variable.js';
import * as api from '../ops/api.js';
import { runOp } from '../ops/registry.js';
import * as R from '../ops/reduce.js';
import { constant, sqrt, square } from './update-rules.js';

const sumAll = (t: Tensor, keepdims: boolean) => runOp(R.Sum, [t], { axes: t.shape.map((_, i) => i), keepdims });

/** tf.clip_by_norm(g, clipnorm) over all axes. */
export function clipByNorm(g: Tensor, clipnorm: number): Tensor {
  const l2sum = sumAll(api.mul(g, g), true);
  const pred = api.greater(l2sum, constant(0, l2sum.dtype));
  const l2sumSafe = api.where(pred, l2sum, api.onesLike(l2sum));
  const l2norm = api.where(pred, sqrt(l2sumSafe), l2sum);
  const c = constant(clipnorm, g.dtype);
  return api.realDiv(api.mul(g, c), api.maximum(l2norm, c));
}

/** keras clip_by_global_norm: every gradient scaled by clip / max(global norm, clip). */
export function clipByGlobalNorm(grads: Tensor[], clipnorm: number): Tensor[] {
  if (grads.length === 0) return grads;
  const dtype = grads[0].dtype;
  const squared = grads.map((g) => sumAll(square(g), false));
  const useNorm = sqrt(squared.reduce((a, b) => api.add(a, b)));
  const scaleForFinite = api.mul(constant(clipnorm, dtype), api.minimum(api.realDiv(constant(1, dtype), useNorm), constant(1 / clipnorm, dtype)));
  const scale = api.add(scaleForFinite, api.sub(useNorm, useNorm));
  return grads.map((g) => api.mul(g, scale));
}

/** tf.clip_by_value(g, -v, v). */
export function clipByValue(g: Tensor, v: number): Tensor {
  return api.maximum(api.minimum(g, constant(v, g.dtype)), constant(-v, g.dtype));
}

/** variable.assign_sub(variable * wd * lr). */
export function applyWeightDecay(variable: Variable, weightDecay: number, lr: Tensor): void {
  const value = variable.value;
  variable.assign(api.sub(value, api.mul(api.mul(value, constant(weightDecay, value.dtype)), api.cast(lr, value.dtype))));
}
