// Conv2D (NHWC, strides, dilations, SAME/VALID) as im2col + GEMM (float32: per image, natively), its two backprop ops (which are
// also conv2d_transpose and each other's gradients), and MaxPool/AvgPool with their gradients.
import type { Backend } from '../backend/backend.js';
import { numElements, Tensor } from '../tensor.js';
import { dtypes } from '../dtypes.js';
import { defineOp, runOp, type OpDef } from './registry.js';
import { maxPoolGradGrad } from './nn-pool-gradgrad.js';
import { zerosLike } from './api.js';
import { kernelError } from './shape-errors.js';
import { shapeDebug } from './dtype-text.js';
import { onednnEnabled, onednnKernelFor } from '../onednn.js';

export type Padding = 'SAME' | 'VALID';

export interface ConvAttrs {
  strides: [number, number];
  dilations: [number, number];
  padding: Padding;
}

/** [KH, KW, strideH, strideW, dilationH, dilationW, padTop, padLeft, OH, OW], TF's padding rules. */
export function windowGeometry(op: string, inH: number, inW: number, kh: number, kw: number, a: ConvAttrs): number[] {
  const dims = [
    [inH, kh, a.strides[0], a.dilations[0]],
    [inW, kw, a.strides[1], a.dilations[1]],
  ].map(([n, k, s, d]) => {
    const eff = (k - 1) * d + 1;
    if (a.padding === 'SAME') {
      const out = Math.ceil(n / s);
      const total = Math.max((out - 1) * s + eff - n, 0);
      return { out, before: Math.floor(total / 2) };
    }
    const out = Math.ceil((n - eff + 1) / s);
    if (out < 0) throw kernelError(op, `Computed output size would be negative: ${out} [input_size: ${n}, effective_filter_size: ${eff}, stride: ${s}]`, '');
    return { out, before: 0 };
  });
  return [kh, kw, a.strides[0], a.strides[1], a.dilations[0], a.dilations[1], dims[0].before, dims[1].before, dims[0].out, dims[1].out];
}

const EIGEN_PATCHES_MAX = 64 * 1024 * 1024;  // 256 MB of float32 patches

const CONV_TYPES = new Set(['float32', 'float64', 'float16', 'bfloat16', 'int32']);

function checkConv(op: string, x: readonly number[], w: readonly number[], dtype: string): void {
  if (x.length !== 4) throw kernelError(op, `input must be 4-dimensional${shapeDebug(x)}`, '');
  if (w.length !== 4) throw kernelError(op, `filter must be 4-dimensional: ${shapeDebug(w)}`, '');
  // Conv2D of float32/bfloat16 runs as oneDNN's _MklNativeConv2D where TF has oneDNN on.
  const kernel = onednnKernelFor(dtype) ? '__MklNativeConv2D' : op;
  if (x[3] !== w[2]) throw kernelError(op, `input depth must be evenly divisible by filter depth: ${x[3]} vs ${w[2]}`, '', kernel);
}

/** y[N*OH*OW, OC] = im2col(x) @ w[KH*KW*C, OC]. */
function convForward(N: Backend, x: Tensor, wStorage: Tensor, a: ConvAttrs) {
  const [n, h, wd, c] = x.shape;
  const [kh, kw, , oc] = wStorage.shape;
  const g = windowGeometry('Conv2D', h, wd, kh, kw, a);
  const rows = n * g[8] * g[9], depth = kh * kw * c;
  // With oneDNN off TF's float32 Conv2D is one Eigen contraction of the whole batch's patches with
  // the filter, summed as its MatMul sums (native eigen_matmul_order.cc); the patches are unfolded
  // at once when they fit in EIGEN_PATCHES_MAX floats, else per image (our own order).
  if (x.dtype === dtypes.float32 && (onednnEnabled() || rows * depth > EIGEN_PATCHES_MAX))
    return N.conv2dF32(x.storage, x.shape, wStorage.storage, wStorage.shape, g);
  const cols = N.im2col(x.dtype.code, x.storage, x.shape, g);
  return N.matmul(x.dtype.code, cols, [rows, depth], wStorage.storage, [depth, oc], false, false, x.dtype === dtypes.float32);
}

const convCheck = (extra: object) => [
  { inputs: [{ shape: [1, 4, 4, 2] }, { shape: [3, 3, 2, 2] }], attrs: { strides: [1, 1], dilations: [1, 1], padding: 'SAME', ...extra } },
  { inputs: [{ shape: [2, 5, 4, 1] }, { shape: [2, 2, 1, 3] }], attrs: { strides: [2, 1], dilations: [1, 1], padding: 'VALID', ...extra } },
];

export const Conv2D = defineOp<ConvAttrs>({
  name: 'Conv2D',
  infer([x, w], a) {
    checkConv('Conv2D', x.shape, w.shape, x.dtype.name);
    if (!CONV_TYPES.has(x.dtype.name)) throw kernelError('Conv2D', `Conv2D does not support ${x.dtype.name}`, '');
    const g = windowGeometry('Conv2D', x.shape[1], x.shape[2], w.shape[0], w.shape[1], a);
    return { shape: [x.shape[0], g[8], g[9], w.shape[3]], dtype: x.dtype };
  },
  kernel: (be, [x, w], a) => convForward(be, x, w, a),
  grad: (dy, [x, w], _y, a) => [conv2dBackpropInput(x.shape, w, dy, a), conv2dBackpropFilter(x, w.shape, dy, a)],
  gradCheck: convCheck({}) as never,
});

export const Conv2DBackpropInput = defineOp<ConvAttrs & { inputShape: number[] }>({
  name: 'Conv2DBackpropInput',
  infer([w, dy], a) {
    checkConv('Conv2DBackpropInput', a.inputShape, w.shape, w.dtype.name);
    const g = windowGeometry('Conv2DBackpropInput', a.inputShape[1], a.inputShape[2], w.shape[0], w.shape[1], a);
    const want = [a.inputShape[0], g[8], g[9], w.shape[3]];
    if (dy.rank !== 4 || want.some((d, i) => d !== dy.shape[i])) {
      throw kernelError('Conv2DBackpropInput', `Conv2DSlowBackpropInput: Size of out_backprop doesn't match computed: actual = ${dy.shape[1]}, computed = ${g[8]} spatial_dim: 1 input: ${a.inputShape[1]} filter: ${w.shape[0]} output: ${dy.shape[1]} stride: ${a.strides[0]} dilation: ${a.dilations[0]}`, '');
    }
    return { shape: a.inputShape.slice(), dtype: w.dtype };
  },
  kernel: (be, [w, dy], a) => {
    const [kh, kw, c, oc] = w.shape;
    const g = windowGeometry('Conv2DBackpropInput', a.inputShape[1], a.inputShape[2], kh, kw, a);
    const N = be;
    if (w.dtype === dtypes.float32) return N.conv2dBackpropInputF32(w.storage, w.shape, dy.storage, a.inputShape, g);
    const m = a.inputShape[0] * g[8] * g[9];
    const cols = N.matmul(w.dtype.code, dy.storage, [m, oc], w.storage, [kh * kw * c, oc], false, true);
    return N.col2im(w.dtype.code, cols, a.inputShape, g);
  },
  grad: (g, [w, dy], _y, a) => [conv2dBackpropFilter(g, w.shape, dy, a), conv2d(g, w, a)],
  gradCheck: [
    { inputs: [{ shape: [3, 3, 2, 2] }, { shape: [1, 4, 4, 2] }], attrs: { strides: [1, 1], dilations: [1, 1], padding: 'SAME', inputShape: [1, 4, 4, 2] } },
    { inputs: [{ shape: [2, 2, 1, 3] }, { shape: [1, 2, 2, 3] }], attrs: { strides: [2, 2], dilations: [1, 1], padding: 'SAME', inputShape: [1, 4, 3, 1] } },
  ],
});

export const Conv2DBackpropFilter = defineOp<ConvAttrs & { filterShape: number[] }>({
  name: 'Conv2DBackpropFilter',
  infer([x], a) {
    checkConv('Conv2DBackpropFilter', x.shape, a.filterShape, x.dtype.name);
    return { shape: a.filterShape.slice(), dtype: x.dtype };
  },
  kernel: (be, [x, dy], a) => {
    const [kh, kw, c, oc] = a.filterShape;
    const g = windowGeometry('Conv2DBackpropFilter', x.shape[1], x.shape[2], kh, kw, a);
    const N = be;
    if (x.dtype === dtypes.float32) return N.conv2dBackpropFilterF32(x.storage, x.shape, dy.storage, a.filterShape, g);
    const cols = N.im2col(x.dtype.code, x.storage, x.shape, g);
    return N.matmul(x.dtype.code, cols, [x.shape[0] * g[8] * g[9], kh * kw * c], dy.storage, [numElements(dy.shape) / oc, oc], true, false);
  },
  grad: (g, [x, dy], _y, a) => [conv2dBackpropInput(x.shape, g, dy, a), conv2d(x, g, a)],
  gradCheck: [
    { inputs: [{ shape: [1, 4, 4, 2] }, { shape: [1, 4, 4, 2] }], attrs: { strides: [1, 1], dilations: [1, 1], padding: 'SAME', filterShape: [3, 3, 2, 2] } },
    { inputs: [{ shape: [1, 5, 4, 1] }, { shape: [1, 2, 3, 3] }], attrs: { strides: [2, 1], dilations: [1, 1], padding: 'VALID', filterShape: [2, 2, 1, 3] } },
  ],
});

export const conv2d = (x: Tensor, w: Tensor, a: ConvAttrs): Tensor => runOp(Conv2D, [x, w], { strides: a.strides, dilations: a.dilations, padding: a.padding });
export const conv2dBackpropInput = (inputShape: readonly number[], w: Tensor, dy: Tensor, a: ConvAttrs): Tensor =>
  runOp(Conv2DBackpropInput, [w, dy], { strides: a.strides, dilations: a.dilations, padding: a.padding, inputShape: inputShape.slice() });
export const conv2dBackpropFilter = (x: Tensor, filterShape: readonly number[], dy: Tensor, a: ConvAttrs): Tensor =>
  runOp(Conv2DBackpropFilter, [x, dy], { strides: a.strides, dilations: a.dilations, padding: a.padding, filterShape: filterShape.slice() });

export interface PoolAttrs {
  ksize: [number, number];
  strides: [number, number];
  padding: Padding;
}

const poolGeometry = (op: string, x: Tensor, a: PoolAttrs) =>
  windowGeometry(op, x.shape[1], x.shape[2], a.ksize[0], a.ksize[1], { strides: a.strides, dilations: [1, 1], padding: a.padding });

// Both gradients are linear in dy; their own gradients (for second derivatives and forward mode)
// are TF's: MaxPoolGradGrad for the max pool (zeros for x), the average pool itself for the other.
function poolGradOp(name: string, kind: 'max' | 'avg', grad: NonNullable<OpDef<PoolAttrs>['grad']>) {
  return defineOp<PoolAttrs>({
    name,
    infer: ([x]) => ({ shape: x.shape.slice(), dtype: x.dtype }),
    kernel: (be, [x, dy], a) => be.pool2dGrad(kind, x.dtype.code, x.storage, dy.storage, x.shape, poolGeometry(name, x, a)),
    grad,
    gradCheck: [
      { inputs: [{ shape: [1, 4, 4, 2] }, { shape: [1, 2, 2, 2] }], attrs: { ksize: [2, 2], strides: [2, 2], padding: 'VALID' } },
      { inputs: [{ shape: [2, 5, 3, 1] }, { shape: [2, 3, 3, 1] }], attrs: { ksize: [3, 2], strides: [2, 1], padding: 'SAME' } },
    ],
  });
}
export const MaxPoolGrad = poolGradOp('MaxPoolGrad', 'max', (g, [x], _y, a) => [zerosLike(x), maxPoolGradGrad(x, g, a)]);
export const AvgPoolGrad = poolGradOp('AvgPoolGrad', 'avg', (g, _inputs, _y, a) => [null, runOp(AvgPool, [g], a)]);

function poolOp(name: string, kind: 'max' | 'avg', gradOp: typeof MaxPoolGrad) {
  return defineOp<PoolAttrs>({
    name,
    infer([x], a) {
      if (x.rank !== 4) {
        // TF's texts: oneDNN's pooling kernel (AvgPool's named _MklNativeAvgPool), or Eigen's (whose
        // "0" is the NHWC data format).
        const onednn = onednnKernelFor(x.dtype.name);
        const text = onednn ? 'Input must be 4 or 5-dimensional' : `tensor_in_shape must have 2 spatial dimensions. ${x.rank} 0`;
        throw kernelError(name, text, '', onednn && kind === 'avg' ? '__MklNativeAvgPool' : name);
      }
      const g = poolGeometry(name, x, a);
      return { shape: [x.shape[0], g[8], g[9], x.shape[3]], dtype: x.dtype };
    },
    kernel: (be, [x], a) => be.pool2d(kind, x.dtype.code, x.storage, x.shape, poolGeometry(name, x, a)),
    grad: (dy, [x], _y, a) => [runOp(gradOp, [x, dy], a)],
    gradCheck: [
      { inputs: [{ shape: [1, 4, 4, 2] }], attrs: { ksize: [2, 2], strides: [2, 2], padding: 'VALID' } },
      { inputs: [{ shape: [2, 5, 3, 1] }], attrs: { ksize: [3, 2], strides: [2, 1], padding: 'SAME' } },
    ],
  });
}
export const MaxPool = poolOp('MaxPool', 'max', MaxPoolGrad);
export const AvgPool = poolOp('AvgPool', 'avg', AvgPoolGrad);
