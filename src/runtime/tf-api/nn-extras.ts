// tf.nn functions TF itself builds from other ops, built here the same way (so the digits match):
// conv1d and the 1-D pools through their 2-D forms, convolution / max_pool / avg_pool dispatching
// on rank, depthwise_conv2d as per-channel conv2d, separable_conv2d, space_to_depth /
// depth_to_space as index maps, local_response_normalization, and the loss and statistics helpers
// (weighted_cross_entropy_with_logits, log_poisson_loss, crelu, softsign, zero_fraction,
// compute_average_loss, sufficient_statistics, normalize_moments) plus top_k/in_top_k aliases.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { notImplementedError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { call } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as R from '../ops/reduce.js';
import { gatherByMap } from '../ops/index-map.js';
import { concat } from '../ops/shape-layout.js';
import { relu } from './nn.js';
import { Softsign } from '../ops/fused-activations.js';
import { addFunctions, Fn, intArg, intList, submodule } from './shape-args.js';

const scalar = (v: number, like: Tensor): Tensor => api.scalarLike(v, like);
const abs = (x: Tensor): Tensor => runOp(E.Abs, [x], null);
const exp = (x: Tensor): Tensor => runOp(E.Exp, [x], null);
const log1p = (x: Tensor): Tensor => runOp(E.Log1p, [x], null);
const sumAll = (x: Tensor): Tensor => runOp(R.Sum, [x], { axes: x.shape.map((_, i) => i), keepdims: false });
const expandAt = (x: Tensor, axis: number): Tensor => {
  const shape = x.shape.slice();
  shape.splice(axis < 0 ? axis + x.rank + 1 : axis, 0, 1);
  return api.reshape(x, shape);
};
const squeezeAt = (x: Tensor, axis: number): Tensor => api.reshape(x, x.shape.filter((_, i) => i !== (axis < 0 ? axis + x.rank : axis)));

/** A Python-level tf.nn function (conv2d, max_pool2d, ...) of the installed module. */
function nnCall(nn: PyModule, name: string, args: PyValue[], kwargs: Record<string, PyValue>): Tensor {
  const kw: Kwargs = new Map(Object.entries(kwargs));
  return call(nn.dict.get(name)!, args, kw) as Tensor;
}

/** A 3-D op's stride/dilation argument (1, 3 or 5 entries) as Conv3D's 5-entry list. */
function as3d(v: PyValue): PyValue {
  const list = intList(v);
  const s = list.length === 1 ? [list[0], list[0], list[0]] : list.length === 3 ? list : list.slice(1, 4);
  return new PyList([1, ...s, 1]);
}

/** A stride/size/dilation argument of a 1-D op as the 4-D list of its 2-D form ([1, 1, s, 1]). */
function as2d(v: PyValue, fill: number): PyValue {
  if (v === null) return null;
  const list = intList(v);
  const s = list.length === 1 ? list[0] : list.length === 3 ? list[1] : fill;
  return new PyList([1, 1, s, 1]);
}

/** TF's depthwise kernel: output channel c*multiplier + m convolves input channel c with filter[..., c, m]. */
function depthwise(nn: PyModule, x: Tensor, filter: Tensor, strides: PyValue, padding: PyValue, dilations: PyValue): Tensor {
  const [kh, kw, channels, mult] = filter.shape;
  if (x.shape[3] !== channels) {
    throw valueError(`Dimensions must be equal, but are ${x.shape[3]} and ${channels} for '{{node DepthwiseConv2dNative}} = DepthwiseConv2dNative[T=DT_FLOAT, data_format="NHWC", dilations=[1, 1, 1, 1], explicit_paddings=[], padding="${String(padding)}", strides=[1, 1, 1, 1]](input, filter)' with input shapes: [${x.shape.join(',')}], [${filter.shape.join(',')}].`);
  }
  const outs: Tensor[] = [];
  for (let c = 0; c < channels; c++) {
    const xc = gatherByMap(x, channelMap(x.shape, c), [...x.shape.slice(0, 3), 1]);
    const fc = gatherByMap(filter, channelMap([kh * kw, channels, mult], c, true), [kh, kw, 1, mult]);
    outs.push(nnCall(nn, 'conv2d', [xc, fc], { strides, padding, dilations }));
  }
  return outs.length === 1 ? outs[0] : concat(outs, 3);
}

/** Index map selecting channel `c` of an NHWC tensor (or, with `filter`, of [K, C, M]). */
function channelMap(shape: readonly number[], c: number, filter = false): Int32Array {
  if (filter) {
    const [k, channels, mult] = shape;
    const map = new Int32Array(k * mult);
    for (let i = 0; i < k; i++) for (let m = 0; m < mult; m++) map[i * mult + m] = (i * channels + c) * mult + m;
    return map;
  }
  const channels = shape[3];
  const pixels = shape[0] * shape[1] * shape[2];
  return Int32Array.from({ length: pixels }, (_, p) => p * channels + c);
}

function spaceToDepth(x: Tensor, block: number): Tensor {
  const [n, h, w, c] = x.shape;
  if (h % block !== 0 || w % block !== 0) throw valueError(`Image width ${w} and height ${h} should be divisible by block_size: ${block}`);
  const [oh, ow, oc] = [h / block, w / block, c * block * block];
  const map = new Int32Array(n * oh * ow * oc);
  let i = 0;
  for (let b = 0; b < n; b++)
    for (let y = 0; y < oh; y++)
      for (let xx = 0; xx < ow; xx++)
        for (let d = 0; d < oc; d++) {
          const by = Math.floor(d / (block * c));
          const bx = Math.floor(d / c) % block;
          map[i++] = ((b * h + y * block + by) * w + xx * block + bx) * c + (d % c);
        }
  return gatherByMap(x, map, [n, oh, ow, oc]);
}

function depthToSpace(x: Tensor, block: number): Tensor {
  const [n, h, w, c] = x.shape;
  if (c % (block * block) !== 0) throw valueError(`Input depth dimension ${c} should be divisible by: ${block * block}`);
  const [oh, ow, oc] = [h * block, w * block, c / (block * block)];
  const map = new Int32Array(n * oh * ow * oc);
  let i = 0;
  for (let b = 0; b < n; b++)
    for (let y = 0; y < oh; y++)
      for (let xx = 0; xx < ow; xx++)
        for (let d = 0; d < oc; d++) {
          const depth = ((y % block) * block + (xx % block)) * oc + d;
          map[i++] = ((b * h + Math.floor(y / block)) * w + Math.floor(xx / block)) * c + depth;
        }
  return gatherByMap(x, map, [n, oh, ow, oc]);
}

/** LRN: x / (bias + alpha * sum of squares over the 2r+1 neighbouring channels, in channel order) ** beta. */
function lrn(x: Tensor, radius: number, bias: number, alpha: number, beta: number): Tensor {
  const c = x.shape[3];
  const sq = api.mul(x, x);
  const windows: Tensor[] = [];
  for (let off = -radius; off <= radius; off++) {
    const map = Int32Array.from({ length: x.size }, (_, i) => {
      const ch = (i % c) + off;
      return ch < 0 || ch >= c ? -1 : Math.floor(i / c) * c + ch;
    });
    windows.push(gatherByMap(sq, map, x.shape));
  }
  const sqrSum = windows.reduce((a, b) => api.add(a, b));
  // TF's CPU kernel: tmp = sum * alpha + bias, then x * 1/tmp, x * rsqrt(tmp) or x * exp(log(tmp) * -beta).
  const tmp = api.add(api.mul(sqrSum, scalar(alpha, x)), scalar(bias, x));
  if (beta === 1) return api.mul(x, api.reciprocal(tmp));
  if (beta === 0.5) return api.mul(x, runOp(E.Rsqrt, [tmp], null));
  return api.mul(x, exp(api.mul(api.log(tmp), scalar(-beta, x))));
}

const P = {
  conv1d: pyParams('conv1d', ['input', 'filters', 'stride', 'padding', 'data_format', 'dilations', 'name'], { data_format: 'NWC', dilations: null, name: null }),
  pool1d: (name: string) => pyParams(name, ['input', 'ksize', 'strides', 'padding', 'data_format', 'name'], { data_format: 'NWC', name: null }),
  convolution: pyParams('convolution', ['input', 'filters', 'strides', 'padding', 'data_format', 'dilations', 'name'], { strides: null, padding: 'VALID', data_format: null, dilations: null, name: null }),
  pool: (name: string) => pyParams(name, ['input', 'ksize', 'strides', 'padding', 'data_format', 'name'], { data_format: null, name: null }),
  depthwise: pyParams('depthwise_conv2d', ['input', 'filter', 'strides', 'padding', 'data_format', 'dilations', 'name'], { data_format: null, dilations: null, name: null }),
  separable: pyParams('separable_conv2d', ['input', 'depthwise_filter', 'pointwise_filter', 'strides', 'padding', 'data_format', 'dilations', 'name'], { data_format: null, dilations: null, name: null }),
  blocks: (name: string) => pyParams(name, ['input', 'block_size', 'data_format', 'name'], { data_format: 'NHWC', name: null }),
  lrn: pyParams('local_response_normalization', ['input', 'depth_radius', 'bias', 'alpha', 'beta', 'name'], { depth_radius: 5, bias: 1, alpha: 1, beta: 0.5, name: null }),
  weightedXent: pyParams('weighted_cross_entropy_with_logits', ['labels', 'logits', 'pos_weight', 'name'], { name: null }),
  logPoisson: pyParams('log_poisson_loss', ['targets', 'log_input', 'compute_full_loss', 'name'], { compute_full_loss: false, name: null }),
  crelu: pyParams('crelu', ['features', 'name', 'axis'], { name: null, axis: -1 }),
  features: pyParams('softsign', ['features', 'name'], { name: null }),
  zeroFraction: pyParams('zero_fraction', ['value', 'name'], { name: null }),
  averageLoss: pyParams('compute_average_loss', ['per_example_loss', 'sample_weight', 'global_batch_size'], { sample_weight: null, global_batch_size: null }),
  sufficient: pyParams('sufficient_statistics', ['x', 'axes', 'shift', 'keepdims', 'name', 'keep_dims'], { shift: null, keepdims: false, name: null, keep_dims: null }),
  conv1dT: pyParams('conv1d_transpose', ['input', 'filters', 'output_shape', 'strides', 'padding', 'data_format', 'dilations', 'name'], { padding: 'SAME', data_format: 'NWC', dilations: null, name: null }),
  convT: pyParams('conv_transpose', ['input', 'filters', 'output_shape', 'strides', 'padding', 'data_format', 'dilations', 'name'], { padding: 'SAME', data_format: null, dilations: null, name: null }),
  pool_: pyParams('pool', ['input', 'window_shape', 'pooling_type', 'strides', 'padding', 'data_format', 'dilations', 'name'], { strides: null, padding: 'VALID', data_format: null, dilations: null, name: null }),
  globalNorm: pyParams('batch_norm_with_global_normalization', ['input', 'mean', 'variance', 'beta', 'gamma', 'variance_epsilon', 'scale_after_normalization', 'name'], { name: null }),
  collapse: pyParams('collapse_repeated', ['labels', 'seq_length', 'name'], { name: null }),
  atrous: pyParams('atrous_conv2d', ['value', 'filters', 'rate', 'padding', 'name'], { name: null }),
  scaleRegularization: pyParams('scale_regularization_loss', ['regularization_loss'], {}),
  normalizeMoments: pyParams('normalize_moments', ['counts', 'mean_ss', 'variance_ss', 'shift', 'name'], { name: null }),
};

const num = (v: PyValue): number => (v instanceof PyFloat ? v.v : Number(v));

export function installNnExtras(tf: PyModule): void {
  const nn = submodule(tf, 'nn', 'tensorflow._api.v2.nn');
  const math = submodule(tf, 'math', 'tensorflow._api.v2.math');
  const pool1d = (name: string, pool2d: string): Fn => {
    const bind = P.pool1d(name);
    return (a, k) => {
      const p = bind(a, k);
      const x = expandAt(toTensor(p.input), 1);
      return squeezeAt(nnCall(nn, pool2d, [x], { ksize: as2d(p.ksize, 1), strides: as2d(p.strides, 1), padding: p.padding }), 1);
    };
  };
  const conv1d = (x: Tensor, f: Tensor, stride: PyValue, padding: PyValue, dilations: PyValue): Tensor =>
    squeezeAt(nnCall(nn, 'conv2d', [expandAt(x, 1), expandAt(f, 0)], { strides: as2d(stride, 1), padding, dilations: as2d(dilations, 1) }), 1);
  const softsign: Fn = (a, k) => {
    return runOp(Softsign, [toTensor(P.features(a, k).features)], null);
  };
  const fns: Record<string, Fn> = {
    conv1d: (a, k) => {
      const p = P.conv1d(a, k);
      return conv1d(toTensor(p.input), toTensor(p.filters), p.stride, p.padding, p.dilations);
    },
    conv1d_transpose: (a, k) => {
      const p = P.conv1dT(a, k);
      const shape = intList(p.output_shape);
      const out = nnCall(nn, 'conv2d_transpose', [expandAt(toTensor(p.input), 1), expandAt(toTensor(p.filters), 0), new PyList([shape[0], 1, ...shape.slice(1)])], {
        strides: as2d(p.strides, 1),
        padding: p.padding,
        dilations: as2d(p.dilations, 1),
      });
      return squeezeAt(out, 1);
    },
    conv_transpose: (a, k) => {
      const p = P.convT(a, k);
      const x = toTensor(p.input);
      const name = x.rank === 3 ? 'conv1d_transpose' : x.rank === 5 ? 'conv3d_transpose' : 'conv2d_transpose';
      return nnCall(nn, name, [x, p.filters, p.output_shape], { strides: p.strides, padding: p.padding, dilations: p.dilations });
    },
    pool: (a, k) => pool(nn, P.pool_(a, k)),
    batch_norm_with_global_normalization: (a, k) => {
      const p = P.globalNorm(a, k);
      return nnCall(nn, 'batch_normalization', [p.input, p.mean, p.variance, p.beta, isTruthy(p.scale_after_normalization) ? p.gamma : null, p.variance_epsilon], {});
    },
    collapse_repeated: (a, k) => {
      const p = P.collapse(a, k);
      return collapseRepeated(toTensor(p.labels), toTensor(p.seq_length));
    },
    max_pool1d: pool1d('max_pool1d', 'max_pool2d'),
    avg_pool1d: pool1d('avg_pool1d', 'avg_pool2d'),
    convolution: (a, k) => {
      const p = P.convolution(a, k);
      const x = toTensor(p.input);
      const strides = p.strides === null ? 1 : p.strides;
      if (x.rank === 3) return conv1d(x, toTensor(p.filters), strides, p.padding, p.dilations);
      if (x.rank === 5) return nnCall(nn, 'conv3d', [x, p.filters], { strides: as3d(strides), padding: p.padding, dilations: p.dilations === null ? null : as3d(p.dilations) });
      return nnCall(nn, 'conv2d', [x, p.filters], { strides, padding: p.padding, dilations: p.dilations });
    },
    depthwise_conv2d: (a, k) => {
      const p = P.depthwise(a, k);
      return depthwise(nn, toTensor(p.input), toTensor(p.filter), p.strides, p.padding, p.dilations);
    },
    separable_conv2d: (a, k) => {
      const p = P.separable(a, k);
      const depth = depthwise(nn, toTensor(p.input), toTensor(p.depthwise_filter), p.strides, p.padding, p.dilations);
      return nnCall(nn, 'conv2d', [depth, p.pointwise_filter], { strides: 1, padding: 'VALID' });
    },
    space_to_depth: (a, k) => {
      const p = P.blocks('space_to_depth')(a, k);
      return spaceToDepth(toTensor(p.input), intArg(p.block_size));
    },
    depth_to_space: (a, k) => {
      const p = P.blocks('depth_to_space')(a, k);
      return depthToSpace(toTensor(p.input), intArg(p.block_size));
    },
    local_response_normalization: (a, k) => {
      const p = P.lrn(a, k);
      return lrn(toTensor(p.input), intArg(p.depth_radius), num(p.bias), num(p.alpha), num(p.beta));
    },
    weighted_cross_entropy_with_logits: (a, k) => {
      const p = P.weightedXent(a, k);
      const logits = toTensor(p.logits);
      const labels = toTensor(p.labels, logits.dtype);
      const logWeight = api.add(scalar(1, logits), api.mul(api.sub(toTensor(p.pos_weight, logits.dtype), scalar(1, logits)), labels));
      const softplusNeg = api.add(log1p(exp(api.neg(abs(logits)))), relu(api.neg(logits)));
      return api.add(api.mul(api.sub(scalar(1, logits), labels), logits), api.mul(logWeight, softplusNeg));
    },
    log_poisson_loss: (a, k) => {
      const p = P.logPoisson(a, k);
      const logInput = toTensor(p.log_input);
      const targets = toTensor(p.targets, logInput.dtype);
      const result = api.sub(exp(logInput), api.mul(logInput, targets));
      if (!isTruthy(p.compute_full_loss)) return result;
      // Stirling's approximation of log(targets!), only where targets > 1 (TF's formula).
      const half = scalar(0.5, targets);
      const stirling = api.add(
        api.sub(api.mul(targets, api.log(targets)), targets),
        api.mul(half, api.log(api.mul(scalar(2 * Math.PI, targets), targets))),
      );
      const ones = api.onesLike(targets);
      const zeros = api.zerosLike(targets);
      const useStirling = api.where(api.lessEqual(targets, ones), zeros, stirling);
      return api.add(result, useStirling);
    },
    crelu: (a, k) => {
      const p = P.crelu(a, k);
      const x = toTensor(p.features);
      const axis = intArg(p.axis);
      return concat([relu(x), relu(api.neg(x))], axis < 0 ? axis + x.rank : axis);
    },
    softsign,
    zero_fraction: (a, k) => {
      const x = toTensor(P.zeroFraction(a, k).value);
      const zero = api.cast(api.equal(x, api.zerosLike(x)), dtypes.float32);
      return api.realDiv(sumAll(zero), api.scalarLike(x.size, zero));
    },
    // conv2d dilated by `rate` in both spatial axes.
    atrous_conv2d: (a, k) => {
      const p = P.atrous(a, k);
      return nnCall(nn, 'conv2d', [p.value, p.filters], { strides: 1, padding: p.padding, dilations: intArg(p.rate) });
    },
    // The summed loss over the replicas in sync: one here.
    scale_regularization_loss: (a, k) => {
      const loss = toTensor(P.scaleRegularization(a, k).regularization_loss);
      return api.realDiv(sumAll(loss), scalar(1, loss));
    },
    compute_average_loss: (a, k) => {
      const p = P.averageLoss(a, k);
      let loss = toTensor(p.per_example_loss);
      if (p.sample_weight !== null) loss = api.mul(loss, toTensor(p.sample_weight, loss.dtype));
      const batch = p.global_batch_size === null ? loss.shape[0] ?? 1 : intArg(p.global_batch_size);
      return api.realDiv(sumAll(loss), scalar(batch, loss));
    },
    sufficient_statistics: (a, k) => {
      const p = P.sufficient(a, k);
      const x = toTensor(p.x);
      const axes = intList(p.axes).map((ax) => (ax < 0 ? ax + x.rank : ax));
      const keep = isTruthy(p.keep_dims === null ? p.keepdims : p.keep_dims);
      const count = axes.reduce((acc, ax) => acc * x.shape[ax], 1);
      const reduce = (t: Tensor) => runOp(R.Sum, [t], { axes, keepdims: keep });
      const counts = api.scalarLike(count, x);
      if (p.shift === null) return new PyTuple([counts, reduce(x), reduce(api.mul(x, x)), null]);
      const shift = toTensor(p.shift, x.dtype);
      const m = api.sub(x, shift);
      return new PyTuple([counts, reduce(m), reduce(api.mul(m, m)), shift]);
    },
    normalize_moments: (a, k) => {
      const p = P.normalizeMoments(a, k);
      const meanSs = toTensor(p.mean_ss);
      const divisor = api.reciprocal(toTensor(p.counts, meanSs.dtype));
      const shifted = api.mul(meanSs, divisor);
      const mean = p.shift === null ? shifted : api.add(shifted, toTensor(p.shift, meanSs.dtype));
      const variance = api.sub(api.mul(toTensor(p.variance_ss, meanSs.dtype), divisor), api.mul(shifted, shifted));
      return new PyTuple([mean, variance]);
    },
    lrn: (a, k) => fns.local_response_normalization(a, k),
    max_pool: poolByRank(nn, 'max'),
    avg_pool: poolByRank(nn, 'avg'),
  };
  addFunctions(nn, fns);
  addFunctions(math, { softsign });
  for (const alias of ['top_k', 'in_top_k'] as const) {
    const f = math.dict.get(alias);
    if (f !== undefined) nn.dict.set(alias, f);
  }
}

/** tf.nn.max_pool / avg_pool: 3-D input goes through the 1-D pool, 4-D through the 2-D one, 5-D
 *  through the 3-D one. */
function poolByRank(nn: PyModule, kind: 'max' | 'avg'): Fn {
  const bind = P.pool(`${kind}_pool`);
  const pool2d = nn.dict.get(`${kind}_pool2d`)!;
  return (a, k) => {
    const p = bind(a, k);
    const x = toTensor(p.input);
    const kw: Kwargs = new Map<string, PyValue>([['ksize', p.ksize], ['strides', p.strides], ['padding', p.padding]]);
    if (x.rank === 3) return call(nn.dict.get(`${kind}_pool1d`)!, [x], kw);
    if (x.rank === 5) return call(nn.dict.get(`${kind}_pool3d`)!, [x], kw);
    return call(pool2d, [x], kw);
  };
}

/** tf.nn.pool: the N-D max or average pool for a 1-, 2- or 3-element window (strides default 1). */
function pool(nn: PyModule, p: Record<string, PyValue>): Tensor {
  const window = intList(p.window_shape);
  const strides = p.strides === null ? window.map(() => 1) : intList(p.strides);
  const dilations = p.dilations === null ? window.map(() => 1) : intList(p.dilations);
  const type = String(p.pooling_type);
  if (type !== 'MAX' && type !== 'AVG') throw valueError(`${window.length}-D ${type} pooling is not supported.`);
  if (dilations.some((d) => d !== 1)) throw notImplementedError('tf.nn.pool with dilations > 1 (TF runs it through space_to_batch)');
  const rank = window.length;
  const name = `${type === 'MAX' ? 'max' : 'avg'}_pool${rank === 2 ? '2d' : `${rank}d`}`;
  return nnCall(nn, name, [toTensor(p.input)], { ksize: new PyList(window), strides: new PyList(strides), padding: p.padding });
}

/** tf.nn.collapse_repeated: each row's runs of one label merged into one (within its seq_length),
 *  rows padded with 0 to the longest result; the new lengths in seq_length's dtype. */
function collapseRepeated(labels: Tensor, seqLength: Tensor): PyTuple {
  const [batch, width] = labels.shape;
  const values = Array.from(labels.values() as ArrayLike<number | bigint>, Number);
  const lengths = Array.from(seqLength.values() as ArrayLike<number | bigint>, Number);
  const rows = Array.from({ length: batch }, (_, b) => {
    const row: number[] = [];
    for (let i = 0; i < Math.min(width, lengths[b]); i++) {
      const v = values[b * width + i];
      if (i === 0 || v !== values[b * width + i - 1]) row.push(v);
    }
    return row;
  });
  const longest = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const flat = rows.flatMap((r) => [...r, ...new Array<number>(longest - r.length).fill(0)]);
  const out = tensorFromValues(labels.dtype.is64Bit ? flat.map((v) => BigInt(v)) : flat, [batch, longest], labels.dtype, labels.device);
  const newLengths = rows.map((r) => r.length);
  return new PyTuple([out, tensorFromValues(seqLength.dtype.is64Bit ? newLengths.map((v) => BigInt(v)) : newLengths, [batch], seqLength.dtype, seqLength.device)]);
}
