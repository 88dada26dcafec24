// tf.nn as Python sees it: activations and losses composed from primitive ops the way TF's own
// Python composes them (so gradients come for free and values round like TF's), and the conv /
// pool / dropout / normalisation functions with TF's argument rules and error texts.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyFloat, PyTuple } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as F from '../ops/fused-activations.js';
import * as R from '../ops/reduce.js';
import * as Rand from '../ops/random.js';
import { randomFloats } from './random.js';
import { Erfc } from '../ops/math-unary.js';
import * as C from '../ops/nn-conv.js';
import * as G from '../ops/shape-gather.js';
import * as Sm from '../ops/softmax.js';
import { broadcastable, sameShape } from '../ops/broadcast.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { shapeDebug } from '../ops/dtype-text.js';
import { addFunctions, Fn, intArg, intList, matchingTensors, submodule } from './shape-args.js';
import { pyShape } from './host-values.js';
import { poolArgmaxFns } from './nn-pool-argmax.js';
import { nn3dFns } from './nn-3d-api.js';
import { onednnEnabled, onednnKernelFor } from '../onednn.js';
import { checkAllowedDtype } from '../ops/math-dtype-check.js';

const bind = pyParams;
const k = (v: number, like: Tensor) => api.scalarLike(v, like);
const exp = (x: Tensor) => runOp(E.Exp, [x], null);
/** The same values without a gradient path (TF stops gradients through softmax's shift too). */
const detached = (t: Tensor) => new Tensor(t.storage, t.shape, t.dtype, t.device);
const reduce = (op: typeof R.Sum, x: Tensor, axis: number) => runOp(op, [x], { axes: R.normalizeAxes([axis], x.rank, op.name), keepdims: true });
const floatTensor = (v: PyValue) => toTensor(v, null, dtypes.float32);

export const relu = (x: Tensor) => runOp(E.Relu, [x], null);
export const relu6 = (x: Tensor) => runOp(F.Relu6, [x], null);
export const leakyRelu = (x: Tensor, alpha: number) => api.where(api.greater(x, api.zerosLike(x)), x, api.mul(x, k(Math.fround(alpha), x)));  // alpha is a float32 attr
export const elu = (x: Tensor) => runOp(F.Elu, [x], null);
export const selu = (x: Tensor) => runOp(F.Selu, [x], null);

/**
 * TF's Python gelu, op for op so the bits (and the gradient through the tape) match:
 * exact: (0.5 * x) * erfc(-x * 0.7071067811865476), erfc keeping precision for negative x;
 * approximate: (0.5 * x) * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x**3))).
 */
export function gelu(x: Tensor, approximate: boolean): Tensor {
  const half = api.mul(k(0.5, x), x);
  // TF writes these two as math_ops.cast(python_float, dtype): the float becomes a float32 tensor
  // first, so float64 (and half) see the float32-rounded constant.
  const castConst = (v: number) => k(Math.fround(v), x);
  if (approximate) {
    const inner = api.mul(k(0.7978845608028654, x), api.add(x, api.mul(castConst(0.044715), api.pow(x, k(3, x)))));
    return api.mul(half, api.add(k(1, x), runOp(E.Tanh, [inner], null)));
  }
  return api.mul(half, runOp(Erfc, [api.mul(api.neg(x), castConst(0.7071067811865476))], null));
}

/** The axis as a non-negative index, or null when out of range (the composite path raises TF's error). */
function lastAxisPerm(x: Tensor, axis: number): number | null {
  return axis >= -x.rank && axis < x.rank ? (axis < 0 ? axis + x.rank : axis) : null;
}

/** TF's softmax/log_softmax wrapper: the fused kernel on the last axis; another axis is swapped
 *  with the last one (a transpose both ways, as TF's _swap_axis does). */
function fusedLastAxis(op: typeof Sm.Softmax, x: Tensor, axis: number): Tensor {
  const ax = lastAxisPerm(x, axis);
  const last = x.rank - 1;
  if (ax === null || ax === last || x.rank === 0) return runOp(op, [x], null);
  const perm = Array.from({ length: x.rank }, (_, i) => (i === ax ? last : i === last ? ax : i));
  return api.transpose(runOp(op, [api.transpose(x, perm)], null), perm);
}

/** The composite form, for dtypes the fused kernels do not take (float16, bfloat16). */
function compositeShifted(x: Tensor, axis: number): Tensor {
  return api.sub(x, detached(reduce(R.Max, x, axis)));
}

/** TF's Softmax kernel (oneDNN's for float32/bfloat16 where TF runs oneDNN, Eigen's otherwise). */
export function softmax(x: Tensor, axis: number): Tensor {
  checkAllowedDtype('Softmax', x.dtype);  // the op's dtype error, not that of the Exp it may run
  if (x.rank === 0) {
    // oneDNN's kernel refuses the scalar in Softmax's own infer (its rank check); Eigen's says so.
    if (onednnKernelFor(x.dtype.name)) return fusedLastAxis(Sm.Softmax, x, axis);
    throw kernelError('Softmax', 'logits must have >= 1 dimension, got []');
  }
  if (Sm.fusedSoftmaxDtype(x.dtype) && lastAxisPerm(x, axis) !== null) return fusedLastAxis(Sm.Softmax, x, axis);
  const e = exp(compositeShifted(x, axis));
  return api.mul(e, api.reciprocal(reduce(R.Sum, e, axis)));
}

export function logSoftmax(x: Tensor, axis: number): Tensor {
  checkAllowedDtype('LogSoftmax', x.dtype);
  if (Sm.fusedSoftmaxDtype(x.dtype) && x.rank > 0 && lastAxisPerm(x, axis) !== null) return fusedLastAxis(Sm.LogSoftmax, x, axis);
  const shifted = compositeShifted(x, axis);
  return api.sub(shifted, api.log(reduce(R.Sum, exp(shifted), axis)));
}

/** TF's cross-entropy wrapper: the class axis moved to the end, outer dims flattened into rows,
 *  the kernel's loss reshaped back. labels: same shape as logits (one-hot for the sparse op). */
function fusedXent(labels: Tensor, logits: Tensor, ax: number, sparse: boolean): Tensor {
  // TF's Python runs float16 (and, for the dense loss, bfloat16) through the float32 kernel and
  // casts the loss back.
  if (logits.dtype === dtypes.float16 || (logits.dtype === dtypes.bfloat16 && !sparse)) {
    const loss = fusedXent(api.cast(labels, dtypes.float32), api.cast(logits, dtypes.float32), ax, sparse);
    return api.cast(loss, logits.dtype);
  }
  const last = logits.rank - 1;
  let lg = logits, lb = labels;
  if (ax !== last) {
    const perm = [...Array.from({ length: logits.rank }, (_, i) => i).filter((i) => i !== ax), ax];
    lg = api.transpose(lg, perm);
    lb = api.transpose(lb, perm);
  }
  const cols = lg.shape[last];
  const outer = lg.shape.slice(0, -1);
  const rows = outer.reduce((a, b) => a * b, 1);
  const loss = runOp(Sm.XentLoss, [api.reshape(lg, [rows, cols]), api.reshape(lb, [rows, cols])], { sparse });
  return api.reshape(loss, outer);
}

const xentDtype = (d: DType) => d === dtypes.float16 || Sm.fusedSoftmaxDtype(d);

/** sum(labels * (log(sum(exp(shifted))) - shifted)) over the class axis, as TF's kernel. */
function softmaxXent(labels: Tensor, logits: Tensor, axis: number): Tensor {
  const ax = lastAxisPerm(logits, axis);
  if (xentDtype(logits.dtype) && logits.rank > 0 && ax !== null && sameShape(labels.shape, logits.shape) && labels.dtype === logits.dtype) {
    return fusedXent(labels, logits, ax, false);
  }
  if (labels.rank > logits.rank || !broadcastable(labels.shape, logits.shape)) {
    throw kernelError('SoftmaxCrossEntropyWithLogits', `logits and labels must be broadcastable: logits_size=${shapeDebug(logits.shape)} labels_size=${shapeDebug(labels.shape)}`);
  }
  const shifted = compositeShifted(logits, axis);
  const lse = api.log(reduce(R.Sum, exp(shifted), axis));
  const axc = axis < 0 ? axis + logits.rank : axis;
  return api.reduceSum(api.mul(labels, api.sub(lse, shifted)), [axc], false);
}

function sparseXent(labels: Tensor, logits: Tensor): Tensor {
  const depth = logits.shape[logits.rank - 1];
  const idx = G.indicesOf(labels);
  const bad = Array.from(idx.values).find((v) => v < 0 || v >= depth);
  if (bad !== undefined) {
    throw kernelError(
      'SparseSoftmaxCrossEntropyWithLogits',
      `Received a label value of ${bad} which is outside the valid range of [0, ${depth}).  Label values: ${Array.from(idx.values).join(' ')}`,
    );
  }
  const oneHot = runOp(G.OneHot, [], { indices: idx, depth, axis: -1, on: 1, off: 0, dtype: logits.dtype });
  if (xentDtype(logits.dtype) && logits.rank > 0 && sameShape(oneHot.shape, logits.shape)) return fusedXent(oneHot, logits, logits.rank - 1, true);
  return softmaxXent(oneHot, logits, -1);
}

function sigmoidXent(labels: Tensor, logits: Tensor): Tensor {
  const zeros = api.zerosLike(logits);
  const cond = api.greaterEqual(logits, zeros);
  const reluLogits = api.where(cond, logits, zeros);
  const negAbs = api.where(cond, api.neg(logits), logits);
  return api.add(api.sub(reluLogits, api.mul(logits, labels)), runOp(E.Log1p, [exp(negAbs)], null));
}

/** ksize/strides given as an int or a list of 1, 2 or 4 ints (NHWC) → the two spatial values. */
export function spatial(v: PyValue, what: string): [number, number] {
  const l = intList(v);
  if (l.length === 1) return [l[0], l[0]];
  if (l.length === 2) return [l[0], l[1]];
  if (l.length === 4) return [l[1], l[2]];
  throw valueError(`${what} should be of length 1, 2 or 4. Received: ${what}=[${l.join(', ')}] of length ${l.length}`);
}

/** TF's attr check texts for a bad `padding`, per kernel: oneDNN's node where TF runs it (`summary`),
 *  else the Eigen kernel's (`eigenSummary`, where it differs). */
const PADDING_ERRORS: Record<string, { allowed: string; summary: string; eigenSummary?: string; name: string | null }> = {
  Conv2D: {
    allowed: '"SAME", "VALID", "EXPLICIT"',
    summary: 'NodeDef: {{node _MklNativeConv2D}}; Op<name=_MklNativeConv2D; signature=input:T, filter:T -> output:T; attr=T:type,allowed=[DT_BFLOAT16, DT_FLOAT, DT_HALF]; attr=strides:list(int); attr=use_cudnn_on_gpu:bool,default=true; attr=is_filter_const:bool,default=false; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=dilations:list(int),default=[1, 1, 1, 1]>',
    eigenSummary: 'NodeDef: {{node Conv2D}}; Op<name=Conv2D; signature=input:T, filter:T -> output:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_INT32]; attr=strides:list(int); attr=use_cudnn_on_gpu:bool,default=true; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=dilations:list(int),default=[1, 1, 1, 1]>',
    name: '',
  },
  Conv2DBackpropInput: {
    allowed: '"SAME", "VALID", "EXPLICIT"',
    summary: 'NodeDef: {{node _MklNativeConv2DBackpropInput}}; Op<name=_MklNativeConv2DBackpropInput; signature=input_sizes:int32, filter:T, out_backprop:T -> output:T; attr=T:type,allowed=[DT_BFLOAT16, DT_FLOAT, DT_HALF]; attr=strides:list(int); attr=use_cudnn_on_gpu:bool,default=true; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=dilations:list(int),default=[1, 1, 1, 1]>',
    eigenSummary: 'NodeDef: {{node Conv2DBackpropInput}}; Op<name=Conv2DBackpropInput; signature=input_sizes:int32, filter:T, out_backprop:T -> output:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_INT32]; attr=strides:list(int); attr=use_cudnn_on_gpu:bool,default=true; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=dilations:list(int),default=[1, 1, 1, 1]>',
    name: null,
  },
  MaxPool: {
    allowed: '"SAME", "VALID", "EXPLICIT"',
    summary: 'NodeDef: {{node MaxPool}}; Op<name=MaxPool; signature=input:T -> output:T; attr=T:type,default=DT_FLOAT,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_UINT8, DT_INT16, DT_INT8, DT_UINT16, DT_QINT8]; attr=ksize:list(int),min=4; attr=strides:list(int),min=4; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW", "NCHW_VECT_C"]>',
    name: '',
  },
  AvgPool: {
    allowed: '"SAME", "VALID"',
    summary: 'NodeDef: {{node _MklNativeAvgPool}}; Op<name=_MklNativeAvgPool; signature=value:T -> output:T; attr=ksize:list(int),min=4; attr=strides:list(int),min=4; attr=padding:string,allowed=["SAME", "VALID"]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=T:type,allowed=[DT_FLOAT, DT_HALF, DT_DOUBLE, DT_BFLOAT16]>',
    eigenSummary: 'NodeDef: {{node AvgPool}}; Op<name=AvgPool; signature=value:T -> output:T; attr=ksize:list(int),min=4; attr=strides:list(int),min=4; attr=padding:string,allowed=["SAME", "VALID"]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>',
    name: '',
  },
};

/** The padding attr, exactly "SAME" or "VALID" as TF's kernels require. */
export function paddingArg(v: PyValue, op: string): C.Padding {
  if (v === 'SAME' || v === 'VALID') return v;
  const e = PADDING_ERRORS[op];
  const summary = onednnEnabled() ? e.summary : (e.eigenSummary ?? e.summary);
  throw opError(op, `Value for attr 'padding' of "${String(v)}" is not in the list of allowed values: ${e.allowed}\n\t; ${summary}`, e.name);
}

function convAttrs(p: Record<string, PyValue>, op: string): C.ConvAttrs {
  return {
    strides: spatial(p.strides, 'strides'),
    dilations: p.dilations === null ? [1, 1] : spatial(p.dilations, 'dilations'),
    padding: paddingArg(p.padding, op),
  };
}

function dropout(p: Record<string, PyValue>): Tensor {
  const x = toTensor(p.x);
  const rate = p.rate instanceof PyFloat ? p.rate.v : Number(toTensor(p.rate).values()[0]);
  if (!(rate >= 0 && rate < 1)) {
    throw valueError(`\`rate\` must be a scalar tensor or a float in the range [0, 1). Received: rate=${p.rate instanceof PyFloat ? p.rate.v : String(p.rate)}`);
  }
  const shape = p.noise_shape === null ? x.shape.slice() : intList(p.noise_shape);
  const dtype: DType = x.dtype;
  const random = randomFloats(Rand.RandomUniform, shape, dtype, p.seed);
  // As TF's _dropout: x * (1 / keep_prob) for a Python rate, x / (1 - rate) for a tensor rate, and
  // the dropped entries selected to +0 (where_v2), so their gradient is +0 too.
  const scaled = p.rate instanceof PyFloat || typeof p.rate === 'number' ? api.mul(x, k(1 / (1 - rate), x)) : api.realDiv(x, api.sub(api.onesLike(x), api.cast(toTensor(p.rate), dtype)));
  const keep = api.greaterEqual(random, api.scalarLike(rate, random));
  return api.where(keep, scaled, api.zerosLike(scaled));
}

const P = {
  features: bind('relu', ['features', 'name'], { name: null }),
  leaky: bind('leaky_relu', ['features', 'alpha', 'name'], { alpha: new PyFloat(0.2), name: null }),
  gelu: bind('gelu', ['features', 'approximate', 'name'], { approximate: false, name: null }),
  softmax: bind('softmax', ['logits', 'axis', 'name'], { axis: null, name: null }),
  xent: bind('softmax_cross_entropy_with_logits', ['labels', 'logits', 'axis', 'name'], { axis: -1, name: null }),
  sparse: bind('sparse_softmax_cross_entropy_with_logits', ['labels', 'logits', 'name'], { labels: null, logits: null, name: null }),
  sigmoidXent: bind('sigmoid_cross_entropy_with_logits', ['labels', 'logits', 'name'], { labels: null, logits: null, name: null }),
  l2: bind('l2_loss', ['t', 'name'], { name: null }),
  dropout: bind('dropout', ['x', 'rate', 'noise_shape', 'seed', 'name'], { noise_shape: null, seed: null, name: null }),
  conv2d: bind('conv2d', ['input', 'filters', 'strides', 'padding', 'data_format', 'dilations', 'name'], { data_format: 'NHWC', dilations: null, name: null }),
  convT: bind('conv2d_transpose', ['input', 'filters', 'output_shape', 'strides', 'padding', 'data_format', 'dilations', 'name'], { padding: 'SAME', data_format: 'NHWC', dilations: null, name: null }),
  pool: bind('max_pool2d', ['input', 'ksize', 'strides', 'padding', 'data_format', 'name'], { data_format: 'NHWC', name: null }),
  moments: bind('moments', ['x', 'axes', 'shift', 'keepdims', 'name'], { shift: null, keepdims: false, name: null }),
  batchNorm: bind('batch_normalization', ['x', 'mean', 'variance', 'offset', 'scale', 'variance_epsilon', 'name'], { name: null }),
  silu: bind('silu', ['features', 'beta'], { beta: new PyFloat(1) }),
  l2Normalize: bind('l2_normalize', ['x', 'axis', 'epsilon', 'name', 'dim'], { axis: null, epsilon: new PyFloat(1e-12), name: null, dim: null }),
  embedding: bind('embedding_lookup', ['params', 'ids', 'max_norm', 'name'], { max_norm: null, name: null }),
  biasAdd: bind('bias_add', ['value', 'bias', 'data_format', 'name'], { data_format: null, name: null }),
};

const unaryNn = (f: (x: Tensor) => Tensor): Fn => (a, kw) => f(toTensor(P.features(a, kw).features));

function pool(op: typeof C.MaxPool): Fn {
  return (a, kw) => {
    const p = P.pool(a, kw);
    return runOp(op, [toTensor(p.input)], { ksize: spatial(p.ksize, 'ksize'), strides: spatial(p.strides, 'strides'), padding: paddingArg(p.padding, op.name) });
  };
}

const nnFns: Record<string, Fn> = {
  relu: unaryNn(relu),
  relu6: unaryNn(relu6),
  elu: unaryNn(elu),
  selu: unaryNn(selu),
  sigmoid: unaryNn((x) => runOp(E.Sigmoid, [x], null)),
  tanh: unaryNn((x) => runOp(E.Tanh, [x], null)),
  leaky_relu: (a, kw) => {
    const p = P.leaky(a, kw);
    return leakyRelu(floatTensor(p.features), p.alpha instanceof PyFloat ? p.alpha.v : Number(p.alpha));
  },
  gelu: (a, kw) => {
    const p = P.gelu(a, kw);
    return gelu(floatTensor(p.features), isTruthy(p.approximate));
  },
  softmax: (a, kw) => {
    const p = P.softmax(a, kw);
    return softmax(floatTensor(p.logits), p.axis === null ? -1 : intArg(p.axis));
  },
  log_softmax: (a, kw) => {
    const p = P.softmax(a, kw);
    return logSoftmax(floatTensor(p.logits), p.axis === null ? -1 : intArg(p.axis));
  },
  softmax_cross_entropy_with_logits: (a, kw) => {
    const p = P.xent(a, kw);
    const logits = floatTensor(p.logits);
    return softmaxXent(toTensor(p.labels, logits.dtype), logits, intArg(p.axis));
  },
  sparse_softmax_cross_entropy_with_logits: (a, kw) => {
    const p = P.sparse(a, kw);
    return sparseXent(toTensor(p.labels), floatTensor(p.logits));
  },
  sigmoid_cross_entropy_with_logits: (a, kw) => {
    const p = P.sigmoidXent(a, kw);
    const logits = floatTensor(p.logits);
    const labels = toTensor(p.labels, null, logits.dtype);
    if (labels.rank !== logits.rank || labels.shape.some((d, i) => d !== logits.shape[i])) {
      throw valueError(`\`logits\` and \`labels\` must have the same shape, received (${pyShape(logits.shape)} vs ${pyShape(labels.shape)}).`);
    }
    return sigmoidXent(labels, logits);
  },
  l2_loss: (a, kw) => {
    const x = floatTensor(P.l2(a, kw).t);
    return api.reduceSum(api.mul(runOp(E.Square, [x], null), k(0.5, x)), null, false);
  },
  dropout: (a, kw) => dropout(P.dropout(a, kw)),
  conv2d: (a, kw) => {
    const p = P.conv2d(a, kw);
    const [x, w] = matchingTensors([p.input, p.filters]);
    return C.conv2d(x, w, convAttrs(p, 'Conv2D'));
  },
  conv2d_transpose: (a, kw) => {
    const p = P.convT(a, kw);
    const [x, w] = matchingTensors([p.input, p.filters]);
    return C.conv2dBackpropInput(intList(p.output_shape), w, x, convAttrs(p, 'Conv2DBackpropInput'));
  },
  max_pool2d: pool(C.MaxPool),
  avg_pool2d: pool(C.AvgPool),
  // tf.nn.max_pool/avg_pool take N-D input; the 4-D (NHWC) case is the one scripts use.
  max_pool: pool(C.MaxPool),
  avg_pool: pool(C.AvgPool),
  silu: (a, kw) => {
    const p = P.silu(a, kw);
    const x = toTensor(p.features);
    return runOp(F.Swish, [x, toTensor(p.beta, x.dtype)], null);
  },
  l2_normalize: (a, kw) => {
    const p = P.l2Normalize(a, kw);
    const x = floatTensor(p.x);
    const axes = p.axis === null ? null : R.normalizeAxes(intList(p.axis), x.rank, 'Sum');
    const squareSum = runOp(R.Sum, [runOp(E.Square, [x], null)], { axes: axes ?? R.normalizeAxes(null, x.rank, 'Sum'), keepdims: true });
    return api.mul(x, runOp(E.Rsqrt, [api.maximum(squareSum, toTensor(p.epsilon, x.dtype))], null));
  },
  embedding_lookup: (a, kw) => {
    const p = P.embedding(a, kw);
    const ids = toTensor(p.ids);
    return G.gather(toTensor(p.params), G.indicesOf(ids), 0, 0, '', ids.dtype);
  },
  moments: (a, kw) => {
    const p = P.moments(a, kw);
    const x = floatTensor(p.x);
    const axes = R.normalizeAxes(intList(p.axes), x.rank, 'Mean');
    const mean = runOp(R.Mean, [x], { axes, keepdims: true });
    const variance = runOp(R.Mean, [runOp(E.SquaredDifference, [x, detached(mean)], null)], { axes, keepdims: true });
    if (isTruthy(p.keepdims)) return new PyTuple([mean, variance]);
    const squeezed = (t: Tensor) => api.reshape(t, t.shape.filter((_, i) => !axes.includes(i)));
    return new PyTuple([squeezed(mean), squeezed(variance)]);
  },
  batch_normalization: (a, kw) => {
    const p = P.batchNorm(a, kw);
    const x = floatTensor(p.x);
    const as = (v: PyValue) => toTensor(v, null, x.dtype);
    let inv = runOp(E.Rsqrt, [api.add(as(p.variance), as(p.variance_epsilon))], null);
    if (p.scale !== null) inv = api.mul(inv, as(p.scale));
    const shift = p.offset !== null ? api.sub(as(p.offset), api.mul(as(p.mean), inv)) : api.mul(api.neg(as(p.mean)), inv);
    return api.add(api.mul(x, inv), shift);
  },
  bias_add: (a, kw) => {
    const p = P.biasAdd(a, kw);
    const [x, b] = matchingTensors([p.value, p.bias]);
    if (b.rank !== 1 || b.shape[0] !== x.shape[x.rank - 1]) {
      throw kernelError('BiasAdd', `Must provide as many biases as the last dimension of the input tensor: ${shapeDebug(b.shape)} vs. ${shapeDebug(x.shape)}`, null);
    }
    return api.add(x, b);
  },
};

export function installNnApi(tf: PyModule): void {
  addFunctions(submodule(tf, 'nn', 'tensorflow._api.v2.nn'), { ...nnFns, ...poolArgmaxFns, ...nn3dFns, swish: nnFns.silu });
}
