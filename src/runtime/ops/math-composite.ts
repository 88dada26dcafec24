// tf.math functions that TF itself writes in Python on top of other ops (reduce_variance,
// reduce_logsumexp, norm, clip_by_*, count_nonzero, add_n, tensordot, einsum): the same formulas,
// in the same order, so results round as TF's do and gradients come from the parts.
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import * as api from './api.js';
import * as M from './math-api.js';
import * as R from './reduce.js';
import { runOp } from './registry.js';
import { IsFinite } from './math-unary.js';
import { isStringTensor } from '../strings/string-tensor.js';
import { unsupportedStringOp } from '../strings/unsupported-op-errors.js';

/** tf.stop_gradient: the same value, unknown to the tape. */
export const stopGradient = (t: Tensor): Tensor => new Tensor(t.storage, t.shape, t.dtype, t.device);

export function reduce(op: 'Sum' | 'Mean' | 'Max' | 'Min' | 'Prod', x: Tensor, axes: number[] | null, keepdims: boolean): Tensor {
  const def = { Sum: R.Sum, Mean: R.Mean, Max: R.Max, Min: R.Min, Prod: R.Prod }[op];
  return runOp(def, [x], { axes: R.normalizeAxes(axes, x.rank, op), keepdims });
}

function requireFloat(x: Tensor): void {
  if (!x.dtype.isFloating) throw typeError(`Input must be either real or complex. Received integer type <dtype: '${x.dtype.name}'>.`);
}

export function reduceVariance(x: Tensor, axes: number[] | null, keepdims: boolean): Tensor {
  requireFloat(x);
  const means = reduce('Mean', x, axes, true);
  const sq = M.square(M.abs(api.sub(x, means)));
  return reduce('Mean', sq, axes, keepdims);
}

export const reduceStd = (x: Tensor, axes: number[] | null, keepdims: boolean): Tensor => M.sqrt(reduceVariance(x, axes, keepdims));

export function reduceLogSumExp(x: Tensor, axes: number[] | null, keepdims: boolean): Tensor {
  const rawMax = reduce('Max', x, axes, true);
  const myMax = stopGradient(api.where(runOp(IsFinite, [rawMax], null), rawMax, api.zerosLike(rawMax)));
  const result = api.log(reduce('Sum', M.exp(api.sub(x, myMax)), axes, keepdims));
  return api.add(result, keepdims ? myMax : api.reshape(myMax, result.shape));
}

export function countNonzero(x: Tensor, axes: number[] | null, keepdims: boolean, dtype = dtypes.int64): Tensor {
  const nz = api.cast(M.notEqual(x, api.zerosLike(x)), dtypes.int64);
  return api.cast(reduce('Sum', nz, axes, keepdims), dtype);
}

export function reduceEuclideanNorm(x: Tensor, axes: number[] | null, keepdims: boolean): Tensor {
  if (x.dtype.isFloating) return M.sqrt(reduce('Sum', M.square(x), axes, keepdims));
  const f = api.cast(x, dtypes.float64);
  return api.cast(M.sqrt(reduce('Sum', M.square(f), axes, keepdims)), x.dtype);
}

export type NormOrd = 'euclidean' | 'fro' | number;

/** tf.norm (linalg_ops.norm): vector norms over one axis or all, matrix norms over two axes. */
export function norm(x: Tensor, ord: NormOrd, axis: number[] | null, keepdims: boolean): Tensor {
  const isMatrix = axis !== null && axis.length === 2;
  if (axis !== null && axis.length !== 1 && axis.length !== 2) {
    throw valueError(`'axis' must be None, an integer, or a tuple of 2 unique integers, got ${axis}`);
  }
  const supported = isMatrix ? ['euclidean', 'fro', 1, 2, Infinity] : ['euclidean', 'fro'];
  if (isMatrix && !supported.includes(ord)) {
    throw valueError(`'ord' must be a supported matrix norm in ['euclidean', 'fro', 1, 2, inf], got ${ord === Infinity ? 'inf' : ord}`);
  }
  if (!isMatrix && !(typeof ord === 'string' ? supported.includes(ord) : ord > 0)) {
    throw valueError(`'ord' must be a supported vector norm, got ${ord}`);
  }
  if (isMatrix && ord === 2) throw valueError('tf.norm with a matrix 2-norm (singular values) is not supported by tfts');
  let result: Tensor;
  if (ord === 'euclidean' || ord === 'fro') {
    result = M.sqrt(reduce('Sum', api.mul(x, x), axis, true));
  } else {
    result = M.abs(x);
    if (ord === 1) {
      result = reduce('Sum', result, axis === null ? null : [axis[0]], true);
      if (isMatrix) result = reduce('Max', result, [axis![1]], true);
    } else if (ord === Infinity) {
      if (isMatrix) result = reduce('Sum', result, [axis![1]], true);
      result = reduce('Max', result, axis === null ? null : [axis[0]], true);
    } else {
      const p = api.scalarLike(ord, result);
      result = api.pow(reduce('Sum', api.pow(result, p), axis, true), api.scalarLike(1 / ord, result));
    }
  }
  if (keepdims) return result;
  const drop = R.normalizeAxes(axis, x.rank, 'Squeeze');
  return api.reshape(result, result.shape.filter((_, i) => !drop.includes(i)));
}

export function clipByValue(t: Tensor, lo: Tensor, hi: Tensor): Tensor {
  return api.maximum(api.minimum(t, hi), lo);
}

export function clipByNorm(t: Tensor, clipNorm: Tensor, axes: number[] | null): Tensor {
  const l2sum = reduce('Sum', api.mul(t, t), axes, true);
  const pred = api.greater(l2sum, api.zerosLike(l2sum));
  const safe = api.where(pred, l2sum, api.onesLike(l2sum));
  const l2norm = api.where(pred, M.sqrt(safe), l2sum);
  return api.realDiv(api.mul(t, clipNorm), api.maximum(l2norm, clipNorm));
}

/** tf.linalg.global_norm: sqrt(2 * sum of l2_loss(t)). */
export function globalNorm(ts: Tensor[]): Tensor {
  const halves = ts.map((t) => api.realDiv(reduce('Sum', api.mul(t, t), null, false), api.scalarLike(2, t)));
  const total = halves.reduce((acc, h) => api.add(acc, h));
  return M.sqrt(api.mul(total, api.scalarLike(2, total)));
}

export function clipByGlobalNorm(ts: Tensor[], clipNorm: Tensor, useNorm: Tensor | null): [Tensor[], Tensor] {
  const n = useNorm ?? globalNorm(ts);
  const one = api.scalarLike(1, n);
  const c = api.cast(clipNorm, n.dtype);
  const scaleFinite = api.mul(c, api.minimum(api.realDiv(one, n), api.realDiv(one, c)));
  const scale = api.add(scaleFinite, api.sub(n, n)); // NaN when the norm is inf, as TF
  return [ts.map((t) => api.mul(t, api.cast(scale, t.dtype))), n];
}

/** tf.math.l2_normalize: x / sqrt(max(sum(x^2), epsilon)), written as TF writes it (rsqrt). */
export function l2Normalize(x: Tensor, axes: number[] | null, epsilon: number): Tensor {
  const sq = reduce('Sum', M.square(x), axes, true);
  return api.mul(x, M.rsqrt(api.maximum(sq, api.scalarLike(epsilon, sq))));
}

export function addN(ts: Tensor[]): Tensor {
  if (ts.length > 1 && isStringTensor(ts[0])) throw unsupportedStringOp('AddN');
  return ts.reduce((acc, t) => api.add(acc, t));
}
