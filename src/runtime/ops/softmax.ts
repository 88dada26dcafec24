// TF's fused softmax kernels over the last axis: Softmax, LogSoftmax and the two cross-entropy
// losses, one native kernel each (native/src/kernels/softmax.cc) so the bits are TF's: float32
// Softmax as oneDNN computes it, everything else as TF's Eigen functors do. Gradients are TF's
// (nn_grad.py), written with public ops.
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { dtypes, DType } from '../dtypes.js';
import { CPU_DEVICE } from '../device.js';
import { tfErrorTypes } from '../errors.js';
import type { Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';
import { onednnEnabled, onednnKernelFor } from '../onednn.js';
import * as api from './api.js';
import * as E from './elementwise.js';

/** The dtypes the native kernels take: float32, float64 and bfloat16 (float16 runs as TF's
 *  composite of half-precision ops, or for the losses through float32 as TF's Python does). */
export function fusedSoftmaxDtype(dtype: DType): boolean {
  return dtype === dtypes.float32 || dtype === dtypes.float64 || dtype === dtypes.bfloat16;
}

const rowsCols = (shape: readonly number[]) => {
  const cols = shape.length === 0 ? 1 : shape[shape.length - 1];
  const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  return { rows, cols };
};
const lastAxisSum = (t: Tensor) => api.reduceSum(t, [t.rank - 1], true);

/** oneDNN's softmax (TF's _MklSoftmax, float32/bfloat16) takes ranks 1 to 5 only. */
function onednnRankError(): PyBaseException {
  return new PyBaseException(tfErrorTypes.AbortedError, [
    `{{function_node __wrapped__Softmax_device_${CPU_DEVICE}}} Input dims must be <= 5 and >=1 [Op:Softmax] name: `,
  ]);
}

export const Softmax = defineOp<null>({
  name: 'Softmax',
  infer([x]) {
    if (onednnKernelFor(x.dtype.name) && (x.rank < 1 || x.rank > 5)) throw onednnRankError();
    return { shape: x.shape.slice(), dtype: x.dtype };
  },
  kernel: (be, [x]) => {
    const { rows, cols } = rowsCols(x.shape);
    // float32 where TF runs Eigen's kernel instead of oneDNN's: Eigen's exp and summation order.
    const op = x.dtype === dtypes.float32 && !onednnEnabled() ? 'softmax_eigen' : 'softmax';
    return be.softmax(op, x.dtype.code, x.storage, x.storage, rows, cols);
  },
  // (dy - sum(dy * y)) * y along the class axis.
  grad: (dy, _inputs, y) => [api.mul(api.sub(dy, lastAxisSum(api.mul(dy, y))), y)],
  gradCheck: [
    { inputs: [{ shape: [5] }], attrs: null },
    { inputs: [{ shape: [3, 4] }], attrs: null },
    { inputs: [{ shape: [2, 2, 3] }], attrs: null },
  ],
});

export const LogSoftmax = defineOp<null>({
  name: 'LogSoftmax',
  infer([x]) {
    return { shape: x.shape.slice(), dtype: x.dtype };
  },
  kernel: (be, [x]) => {
    const { rows, cols } = rowsCols(x.shape);
    return be.softmax('log_softmax', x.dtype.code, x.storage, x.storage, rows, cols);
  },
  // dy - sum(dy) * softmax, with softmax = exp(log_softmax).
  grad: (dy, _inputs, y) => [api.sub(dy, api.mul(lastAxisSum(dy), runOp(E.Exp, [y], null)))],
  gradCheck: [
    { inputs: [{ shape: [5] }], attrs: null },
    { inputs: [{ shape: [3, 4] }], attrs: null },
  ],
});

export interface XentAttrs {
  /** Labels are the one-hot form of SparseSoftmaxCrossEntropyWithLogits' class indices. */
  sparse: boolean;
}

/** The backprop output of the cross-entropy kernels (softmax - labels): the gradient's factor. */
const XentBackprop = defineOp<XentAttrs>({
  name: 'SoftmaxCrossEntropyWithLogitsBackprop',
  infer([logits]) {
    return { shape: logits.shape.slice(), dtype: logits.dtype };
  },
  kernel: (be, [logits, labels], { sparse }) => {
    const { rows, cols } = rowsCols(logits.shape);
    return be.softmax(sparse ? 'sparse_xent_backprop' : 'xent_backprop', logits.dtype.code, logits.storage, labels.storage, rows, cols);
  },
});

/** The loss output of SoftmaxCrossEntropyWithLogits (inputs: [rows, cols] logits and labels of the
 *  same shape and dtype) or, with `sparse`, of SparseSoftmaxCrossEntropyWithLogits. */
export const XentLoss = defineOp<XentAttrs>({
  name: 'SoftmaxCrossEntropyWithLogits',
  infer([logits]) {
    return { shape: logits.shape.slice(0, -1), dtype: logits.dtype };
  },
  kernel: (be, [logits, labels], { sparse }) => {
    const { rows, cols } = rowsCols(logits.shape);
    return be.softmax(sparse ? 'sparse_xent_loss' : 'xent_loss', logits.dtype.code, logits.storage, labels.storage, rows, cols);
  },
  // TF: grad_loss[:, None] * backprop for the logits, grad_loss[:, None] * -log_softmax(logits)
  // for dense labels; none for the sparse op's integer labels.
  grad: (dy, [logits, labels], _y, attrs) => {
    const g = api.reshape(dy, [...dy.shape, 1]);
    const dLogits = api.mul(g, runOp(XentBackprop, [logits, labels], attrs));
    const dLabels = attrs.sparse ? null : api.mul(g, api.neg(runOp(LogSoftmax, [logits], null)));
    return [dLogits, dLabels];
  },
  // TF's logits gradient (softmax - labels) is the derivative only where each row of labels sums
  // to 1, so the check's labels are the constant 1/4 over 4 classes.
  gradCheck: [{ inputs: [{ shape: [3, 4] }, { shape: [3, 4], range: [0.25, 0.25] }], attrs: { sparse: false } }],
});
