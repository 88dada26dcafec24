// tf.image.ssim: structural similarity with TF's Gaussian window (softmax of -d^2 / 2 sigma^2).
// TF filters with DepthwiseConv2dNative, whose CPU kernel accumulates the window taps in row-major
// order with fused multiply-adds starting from zero. A fused multiply-add is reproduced exactly
// enough by one float64 multiply-add rounded to float32 (the float32 product is exact in float64),
// so the filter here is that loop written as ops: it runs on every backend and is differentiable.
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues, numElements } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as R from '../ops/reduce.js';
import { slice } from '../ops/shape-slice.js';
import { numberArg } from './math-args.js';
import { intArg } from './shape-args.js';
import type { Fn } from './shape-args.js';
import { softmax } from './nn.js';
import { convertImageDtype } from './image.js';
import { assertFailure } from './debugging-summary.js';
import { pyShape } from './host-values.js';

const f32 = dtypes.float32;
const f64 = dtypes.float64;
const square = (t: Tensor) => runOp(E.Square, [t], null);

/** _fspecial_gauss: a [size, size] window, as float32 values. */
function gaussianWindow(size: number, sigma: number): Float32Array {
  const k = (v: number, like: Tensor) => api.scalarLike(v, like);
  const sigmaT = toTensor(sigma, f32);
  let coords = api.cast(tensorFromValues(Array.from({ length: size }, (_, i) => i), [size], dtypes.int32, sigmaT.device), f32);
  coords = api.sub(coords, api.realDiv(api.cast(toTensor(size - 1, dtypes.int32), f32), k(2, sigmaT)));
  let g = square(coords);
  g = api.mul(g, api.realDiv(k(-0.5, sigmaT), square(sigmaT)));
  g = api.add(api.reshape(g, [1, size]), api.reshape(g, [size, 1]));
  return softmax(api.reshape(g, [1, size * size]), 1).values() as Float32Array;
}

/** Depthwise 'VALID' filtering of [N, H, W, C] by one window shared by every channel. */
function filterValid(x: Tensor, window: Float32Array, size: number): Tensor {
  const [n, h, w, c] = x.shape;
  const oh = h - size + 1;
  const ow = w - size + 1;
  const x64 = api.cast(x, f64);
  let acc: Tensor = api.fill([n, oh, ow, c], f32, 0);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const tap = slice(x64, [0, i, j, 0], [n, oh, ow, c]);
      const fused = api.add(api.mul(tap, api.scalarLike(window[i * size + j], tap)), api.cast(acc, f64));
      acc = api.cast(fused, f32);
    }
  }
  return acc;
}

/** The reducer of _ssim_per_channel: leading dimensions folded into the batch and restored. */
function reducer(x: Tensor, window: Float32Array, size: number): Tensor {
  const inner = x.shape.slice(-3);
  const y = filterValid(api.reshape(x, [x.size / numElements(inner), ...inner]), window, size);
  return api.reshape(y, [...x.shape.slice(0, -3), ...y.shape.slice(1)]);
}

function ssim(img1: Tensor, img2: Tensor, maxVal: Tensor, size: number, sigma: number, k1: number, k2: number, indexMap: boolean): Tensor {
  for (const t of [img1, img2]) if (t.rank < 3) throw valueError(`Shape ${pyShape(t.shape)} must have rank at least 3`);
  const a = img1.shape.slice(-3);
  const b = img2.shape.slice(-3);
  if (a.some((d, i) => d !== b[i])) throw valueError(`Shapes ${pyShape(img1.shape)} and ${pyShape(img2.shape)} are incompatible`);
  const max = convertImageDtype(api.cast(maxVal, img1.dtype), f32, false);
  const x = convertImageDtype(img1, f32, false);
  const y = convertImageDtype(img2, f32, false);
  for (const t of [x, y]) {
    if (t.shape.slice(-3, -1).some((d) => d < size)) {
      const shape = tensorFromValues(t.shape, [t.rank], dtypes.int32, t.device);
      throw assertFailure(api.fill([], dtypes.bool, false), [shape, toTensor(size, dtypes.int32)], 8);
    }
  }
  const window = gaussianWindow(size, sigma);
  const k = (v: number, like: Tensor) => api.scalarLike(v, like);
  const c1 = api.pow(api.mul(k(k1, max), max), k(2, max));
  const c2 = api.pow(api.mul(k(k2, max), max), k(2, max));
  const mean0 = reducer(x, window, size);
  const mean1 = reducer(y, window, size);
  const num0 = api.mul(api.mul(mean0, mean1), k(2, mean0));
  const den0 = api.add(square(mean0), square(mean1));
  const luminance = api.realDiv(api.add(num0, c1), api.add(den0, c1));
  const num1 = api.mul(reducer(api.mul(x, y), window, size), k(2, mean0));
  const den1 = reducer(api.add(square(x), square(y)), window, size);
  const cs = api.realDiv(api.add(api.sub(num1, num0), c2), api.add(api.sub(den1, den0), c2));
  const map = api.mul(luminance, cs);
  const perChannel = indexMap ? map : runOp(R.Mean, [map], { axes: [map.rank - 3, map.rank - 2], keepdims: false });
  return runOp(R.Mean, [perChannel], { axes: [perChannel.rank - 1], keepdims: false });
}

const params = pyParams('ssim', ['img1', 'img2', 'max_val', 'filter_size', 'filter_sigma', 'k1', 'k2', 'return_index_map'], {
  filter_size: 11, filter_sigma: null, k1: null, k2: null, return_index_map: false,
});

export const ssimFns: Record<string, Fn> = {
  ssim: (a, kw) => {
    const p = params(a, kw);
    const num = (v: typeof p.k1, d: number) => (v === null ? d : numberArg(v));
    return ssim(toTensor(p.img1), toTensor(p.img2), toTensor(p.max_val), intArg(p.filter_size), num(p.filter_sigma, 1.5), num(p.k1, 0.01), num(p.k2, 0.03), isTruthy(p.return_index_map));
  },
};
