// The 3-D (NDHWC) convolution and pools: Conv3D with its two backprop ops (which are also
// conv3d_transpose and each other's gradients), MaxPool3D and AvgPool3D with theirs. Host kernels
// in float32 (float64 for the finite-difference check), summing each window in (depth, row, column,
// channel) order; SAME/VALID padding, strides and dilations follow TF's window rules per axis.
import { DType, dtypes } from '../dtypes.js';
import { numElements, Tensor } from '../tensor.js';
import { defineOp, OpDef, runOp } from './registry.js';
import { kernelError } from './shape-errors.js';
import { numbers, output, rounding } from './image-resize.js';
import type { Padding } from './nn-conv.js';

export interface Window3dAttrs {
  strides: [number, number, number];
  dilations: [number, number, number];
  padding: Padding;
}

/** Per spatial axis: output size and padding before, TF's SAME/VALID rule. */
interface Axis {
  out: number;
  before: number;
  size: number;
  stride: number;
  dilation: number;
}

function axes(op: string, input: readonly number[], kernel: readonly number[], a: Window3dAttrs): Axis[] {
  return [0, 1, 2].map((i) => {
    const n = input[i];
    const eff = (kernel[i] - 1) * a.dilations[i] + 1;
    const s = a.strides[i];
    if (a.padding === 'SAME') {
      const out = Math.ceil(n / s);
      return { out, before: Math.floor(Math.max((out - 1) * s + eff - n, 0) / 2), size: kernel[i], stride: s, dilation: a.dilations[i] };
    }
    const out = Math.ceil((n - eff + 1) / s);
    if (out < 0) throw kernelError(op, `Computed output size would be negative: ${out} [input_size: ${n}, effective_filter_size: ${eff}, stride: ${s}]`);
    return { out, before: 0, size: kernel[i], stride: s, dilation: a.dilations[i] };
  });
}

/** Calls f(outOffset, inOffset, tapIndex) for every in-bounds (output, kernel tap) pair of one
 *  batch image, in output order, then taps in (depth, row, column) order. Offsets count spatial
 *  positions (multiply by channels). */
function forEachTap(inShape: readonly number[], ax: Axis[], f: (o: number, i: number, tap: number) => void): void {
  const [, D, H, W] = inShape;
  const [ad, ah, aw] = ax;
  let o = 0;
  for (let od = 0; od < ad.out; od++)
    for (let oh = 0; oh < ah.out; oh++)
      for (let ow = 0; ow < aw.out; ow++, o++)
        for (let kd = 0; kd < ad.size; kd++) {
          const d = od * ad.stride - ad.before + kd * ad.dilation;
          if (d < 0 || d >= D) continue;
          for (let kh = 0; kh < ah.size; kh++) {
            const h = oh * ah.stride - ah.before + kh * ah.dilation;
            if (h < 0 || h >= H) continue;
            for (let kw = 0; kw < aw.size; kw++) {
              const w = ow * aw.stride - aw.before + kw * aw.dilation;
              if (w < 0 || w >= W) continue;
              f(o, (d * H + h) * W + w, (kd * ah.size + kh) * aw.size + kw);
            }
          }
        }
}

const outShape = (x: readonly number[], ax: Axis[], channels: number) => [x[0], ax[0].out, ax[1].out, ax[2].out, channels];

function checkConv(op: string, x: readonly number[], w: readonly number[]): void {
  if (x.length !== 5) throw kernelError(op, 'input must be 5-dimensional');
  if (w.length !== 5) throw kernelError(op, 'filter must be 5-dimensional');
  if (x[4] !== w[3]) throw kernelError(op, `Input depth must be evenly divisible by filter depth: ${x[4]} vs ${w[3]}`);
}

type ConvKind = 'forward' | 'input' | 'filter';

/** The three convolution products over the same (output, tap) pairs. */
function conv3d(kind: ConvKind, x: readonly number[], wShape: readonly number[], a: Window3dAttrs, dtype: DType, v: { x?: ArrayLike<number>; w?: ArrayLike<number>; dy?: ArrayLike<number> }) {
  const r = rounding(dtype);
  const ax = axes('Conv3D', x.slice(1, 4), wShape.slice(0, 3), a);
  const [ic, oc] = [wShape[3], wShape[4]];
  const spatialIn = x[1] * x[2] * x[3];
  const spatialOut = ax[0].out * ax[1].out * ax[2].out;
  const out = output(dtype, kind === 'forward' ? x[0] * spatialOut * oc : kind === 'input' ? numElements(x) : numElements(wShape));
  for (let b = 0; b < x[0]; b++) {
    forEachTap(x, ax, (o, i, tap) => {
      const xo = (b * spatialIn + i) * ic;
      const yo = (b * spatialOut + o) * oc;
      const wo = tap * ic * oc;
      for (let c = 0; c < ic; c++)
        for (let k = 0; k < oc; k++) {
          if (kind === 'forward') out[yo + k] = r(out[yo + k] + r(v.x![xo + c] * v.w![wo + c * oc + k]));
          else if (kind === 'input') out[xo + c] = r(out[xo + c] + r(v.dy![yo + k] * v.w![wo + c * oc + k]));
          else out[wo + c * oc + k] = r(out[wo + c * oc + k] + r(v.x![xo + c] * v.dy![yo + k]));
        }
    });
  }
  return { out, ax };
}

const attrsOf = (a: Window3dAttrs): Window3dAttrs => ({ strides: a.strides, dilations: a.dilations, padding: a.padding });
const dtypeFor = (t: Tensor) => (t.dtype === dtypes.float64 ? dtypes.float64 : dtypes.float32);

export const Conv3DBackpropInputV2: OpDef<Window3dAttrs & { inputShape: number[] }> = defineOp<Window3dAttrs & { inputShape: number[] }>({
  name: 'Conv3DBackpropInputV2',
  infer: ([, dy], { inputShape }) => ({ shape: inputShape.slice(), dtype: dy.dtype }),
  kernel: (be, [w, dy], a) => be.fromBytes(conv3d('input', a.inputShape, w.shape, a, dtypeFor(dy), { w: numbers(w), dy: numbers(dy) }).out),
  grad: (g, [w, dy], _y, a): Tensor[] => [
    runOp(Conv3DBackpropFilterV2, [g, dy], { ...attrsOf(a), filterShape: w.shape.slice() }),
    runOp(Conv3D, [g, w], attrsOf(a)),
  ],
  gradCheck: [
    { inputs: [{ shape: [2, 2, 2, 2, 3] }, { shape: [1, 2, 2, 2, 3] }], attrs: { strides: [1, 2, 1], dilations: [1, 1, 1], padding: 'SAME', inputShape: [1, 2, 3, 2, 2] } },
  ],
});

export const Conv3DBackpropFilterV2: OpDef<Window3dAttrs & { filterShape: number[] }> = defineOp<Window3dAttrs & { filterShape: number[] }>({
  name: 'Conv3DBackpropFilterV2',
  infer: ([x], { filterShape }) => ({ shape: filterShape.slice(), dtype: x.dtype }),
  kernel: (be, [x, dy], a) => be.fromBytes(conv3d('filter', x.shape, a.filterShape, a, dtypeFor(x), { x: numbers(x), dy: numbers(dy) }).out),
  grad: (g, [x, dy], _y, a): Tensor[] => [
    runOp(Conv3DBackpropInputV2, [g, dy], { ...attrsOf(a), inputShape: x.shape.slice() }),
    runOp(Conv3D, [x, g], attrsOf(a)),
  ],
  gradCheck: [
    { inputs: [{ shape: [1, 3, 3, 2, 2] }, { shape: [1, 3, 3, 2, 3] }], attrs: { strides: [1, 1, 1], dilations: [1, 1, 1], padding: 'SAME', filterShape: [2, 1, 2, 2, 3] } },
  ],
});

export const Conv3D: OpDef<Window3dAttrs> = defineOp<Window3dAttrs>({
  name: 'Conv3D',
  infer: ([x, w], a) => {
    checkConv('Conv3D', x.shape, w.shape);
    return { shape: outShape(x.shape, axes('Conv3D', x.shape.slice(1, 4), w.shape.slice(0, 3), a), w.shape[4]), dtype: x.dtype };
  },
  kernel: (be, [x, w], a) => be.fromBytes(conv3d('forward', x.shape, w.shape, a, dtypeFor(x), { x: numbers(x), w: numbers(w) }).out),
  grad: (dy, [x, w], _y, a): Tensor[] => [
    runOp(Conv3DBackpropInputV2, [w, dy], { ...attrsOf(a), inputShape: x.shape.slice() }),
    runOp(Conv3DBackpropFilterV2, [x, dy], { ...attrsOf(a), filterShape: w.shape.slice() }),
  ],
  gradCheck: [
    { inputs: [{ shape: [1, 3, 4, 3, 2] }, { shape: [2, 2, 2, 2, 2] }], attrs: { strides: [1, 1, 1], dilations: [1, 1, 1], padding: 'SAME' } },
    { inputs: [{ shape: [2, 4, 3, 3, 1] }, { shape: [2, 1, 2, 1, 3] }], attrs: { strides: [2, 1, 1], dilations: [1, 1, 2], padding: 'VALID' } },
  ],
});

export interface Pool3dAttrs {
  ksize: [number, number, number];
  strides: [number, number, number];
  padding: Padding;
}

const poolAxes = (op: string, x: readonly number[], a: Pool3dAttrs) => axes(op, x.slice(1, 4), a.ksize, { strides: a.strides, dilations: [1, 1, 1], padding: a.padding });

/** Per output element: its window's spatial input offsets (in-bounds ones only). */
function windows(x: readonly number[], ax: Axis[]): number[][] {
  const spatialOut = ax[0].out * ax[1].out * ax[2].out;
  const lists: number[][] = Array.from({ length: spatialOut }, () => []);
  forEachTap(x, ax, (o, i) => lists[o].push(i));
  return lists;
}

type PoolKind = 'max' | 'avg';

/** Forward pool, or (with dy) its gradient: max gives each gradient to every element equal to the
 *  window's maximum (TF's 3-D mask; its 2-D MaxPoolGrad picks the first one), avg spreads it
 *  evenly over the window's in-bounds elements. */
function pool3d(kind: PoolKind, name: string, x: Tensor, a: Pool3dAttrs, dy: Tensor | null): Float32Array | Float64Array {
  const dtype = dtypeFor(x);
  const r = rounding(dtype);
  const ax = poolAxes(name, x.shape, a);
  const win = windows(x.shape, ax);
  const c = x.shape[4];
  const spatialIn = x.shape[1] * x.shape[2] * x.shape[3];
  const v = numbers(x);
  const g = dy === null ? null : numbers(dy);
  const out = output(dtype, dy === null ? x.shape[0] * win.length * c : numElements(x.shape));
  for (let b = 0; b < x.shape[0]; b++)
    win.forEach((list, o) => {
      for (let k = 0; k < c; k++) {
        const at = (i: number) => (b * spatialIn + i) * c + k;
        const yo = (b * win.length + o) * c + k;
        if (kind === 'max') {
          let best = list[0];
          for (const i of list) if (v[at(i)] > v[at(best)]) best = i;
          if (g === null) out[yo] = v[at(best)];
          // TF's MaxPool3DGrad masks by equality: every element equal to the maximum gets it.
          else for (const i of list) if (v[at(i)] === v[at(best)]) out[at(i)] = r(out[at(i)] + g[yo]);
        } else if (g === null) {
          let sum = 0;
          for (const i of list) sum = r(sum + v[at(i)]);
          out[yo] = r(sum / list.length);
        } else {
          const share = r(g[yo] / list.length);
          for (const i of list) out[at(i)] = r(out[at(i)] + share);
        }
      }
    });
  return out;
}

function poolGradOp(name: string, kind: PoolKind) {
  return defineOp<Pool3dAttrs>({
    name,
    infer: ([x]) => ({ shape: x.shape.slice(), dtype: x.dtype }),
    kernel: (be, [x, dy], a) => be.fromBytes(pool3d(kind, name, x, a, dy)),
  });
}

function poolOp(name: string, kind: PoolKind, gradOp: ReturnType<typeof poolGradOp>) {
  return defineOp<Pool3dAttrs>({
    name,
    infer([x], a) {
      if (x.rank !== 5) throw kernelError(name, 'tensor_in must be 5-dimensional');
      return { shape: outShape(x.shape, poolAxes(name, x.shape, a), x.shape[4]), dtype: x.dtype };
    },
    kernel: (be, [x], a) => be.fromBytes(pool3d(kind, name, x, a, null)),
    grad: (dy, [x], _y, a) => [runOp(gradOp, [x, dy], a)],
    gradCheck: [
      { inputs: [{ shape: [1, 4, 4, 3, 2] }], attrs: { ksize: [2, 2, 2], strides: [2, 2, 1], padding: 'VALID' } },
      { inputs: [{ shape: [2, 3, 5, 3, 1] }], attrs: { ksize: [3, 2, 2], strides: [2, 1, 2], padding: 'SAME' } },
    ],
  });
}

export const MaxPool3DGrad = poolGradOp('MaxPool3DGrad', 'max');
export const AvgPool3DGrad = poolGradOp('AvgPool3DGrad', 'avg');
export const MaxPool3D = poolOp('MaxPool3D', 'max', MaxPool3DGrad);
export const AvgPool3D = poolOp('AvgPool3D', 'avg', AvgPool3DGrad);
