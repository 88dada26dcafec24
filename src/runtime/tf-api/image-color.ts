// tf.image colour functions: grayscale, brightness/contrast/gamma, standardization, HSV/YIQ/YUV,
// saturation and hue. Each follows TF's kernel arithmetic step for step in float32 so results are
// bit-identical: AdjustContrastv2 sums an image by folding it in halves; AdjustSaturation/AdjustHue
// run TF's scalar per-pixel CPU loops (colour-image-pixels.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';
import { numberArg } from './math-args.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as R from '../ops/reduce.js';
import { concat } from '../ops/shape-layout.js';
import { slice } from '../ops/shape-slice.js';
import { kernelError } from '../ops/shape-errors.js';
import { convertImageDtype } from './image.js';
import { adjustHuePixels, adjustSaturationPixels } from './image-color-pixels.js';
import type { Fn } from './shape-args.js';
import { pyShape } from './host-values.js';

const f32 = dtypes.float32;
const k = (v: number, like: Tensor) => api.scalarLike(v, like);

/** TF's image adjusters work in float32 (float16 is kept) and convert back with saturation. */
function floatImage(image: Tensor): Tensor {
  return image.dtype === dtypes.float16 || image.dtype === f32 ? image : convertImageDtype(image, f32, false);
}

/** The `i`th entry of the last axis, keeping the axis. */
function channel(x: Tensor, i: number): Tensor {
  return slice(x, [...x.shape.slice(0, -1).map(() => 0), i], [...x.shape.slice(0, -1), 1]);
}

/**
 * math_ops.tensordot(images, kernel, [[-1], [0]]). TF's matrix-vector product ([N, 3] x [3, 1],
 * grayscale) rounds each term and adds them left to right (no fused multiply-add), so that case is
 * spelled out per channel.
 */
function tensordotLast(images: Tensor, kernel: number[][]): Tensor {
  const c = images.shape[images.rank - 1];
  if (c !== kernel.length) throw kernelError('MatMul', `Matrix size-incompatible: In[0]: [${images.size / Math.max(c, 1)},${c}], In[1]: [${kernel.length},${kernel[0].length}]`);
  if (kernel[0].length > 1) {
    // A [3, 3] kernel goes through TF's matrix-matrix product (fused multiply-adds), as tfts's matmul.
    const w = api.cast(tensorFromValues(kernel.flat(), [c, kernel[0].length], f32, images.device), images.dtype);
    const out = api.matmul(api.reshape(images, [images.size / c, c]), w);
    return api.reshape(out, [...images.shape.slice(0, -1), kernel[0].length]);
  }
  const channels = kernel.map((_, i) => channel(images, i));
  const outs = kernel[0].map((_, j) => {
    let acc = api.mul(channels[0], k(kernel[0][j], images));
    for (let i = 1; i < kernel.length; i++) acc = api.add(acc, api.mul(channels[i], k(kernel[i][j], images)));
    return acc;
  });
  return outs.length === 1 ? outs[0] : concat(outs, images.rank - 1);
}

/** AdjustContrastv2: per-channel mean by folding the pixels in halves, then mean + f * (x - mean). */
function adjustContrast(images: Tensor, factor: Tensor): Tensor {
  if (images.rank < 3) throw kernelError('AdjustContrastv2', `input must be at least 3-D, got shape[${images.shape.join(',')}]`);
  if (factor.rank !== 0) throw kernelError('AdjustContrastv2', `contrast_factor must be scalar: [${factor.shape.join(',')}]`);
  if (images.size === 0) return images;
  const [h, w, c] = images.shape.slice(-3);
  const n = h * w;
  const x = api.reshape(images, [images.size / (n * c), n, c]);
  const rows = (t: Tensor, start: number, count: number) => slice(t, [0, start, 0], [t.shape[0], count, c]);
  let sum = x;
  let remaining = n;
  do {
    const right = Math.floor(remaining / 2);
    const left = remaining - right;
    let folded = right > 0 ? api.add(rows(sum, left, right), rows(sum, 0, right)) : null;
    if (left > right) folded = folded === null ? rows(sum, right, 1) : concat([folded, rows(sum, right, 1)], 1);
    sum = folded!;
    remaining = left;
  } while (remaining > 1);
  const mean = api.mul(rows(sum, 0, 1), k(Math.fround(1 / n), sum));
  const f = api.cast(factor, images.dtype);
  const out = api.add(mean, api.mul(f, api.sub(x, mean)));
  return api.reshape(out, images.shape);
}

/** RGBToHSV (colorspace_op.h), as element-wise ops so it runs on every backend. */
function rgbToHsv(images: Tensor): Tensor {
  checkRgb(images, 'RGBToHSV');
  const [r, g, b] = [0, 1, 2].map((i) => channel(images, i));
  const v = api.maximum(api.maximum(r, g), b);
  const range = api.sub(v, api.minimum(api.minimum(r, g), b));
  const zero = api.zerosLike(v);
  const s = api.where(api.greater(v, zero), api.realDiv(range, v), zero);
  // range.inverse() in TF's kernel: a true division there (its channel chips take Eigen's scalar
  // path), unlike tf.math.reciprocal's packet estimate.
  const norm = api.mul(api.realDiv(api.onesLike(range), range), k(Math.fround(1 / 6), range));
  const eq = (a: Tensor, bb: Tensor) => api.equal(a, bb);
  let hue = api.where(
    eq(r, v),
    api.mul(norm, api.sub(g, b)),
    api.where(eq(g, v), api.add(api.mul(norm, api.sub(b, r)), k(2 / 6, norm)), api.add(api.mul(norm, api.sub(r, g)), k(4 / 6, norm))),
  );
  hue = api.where(api.greater(range, zero), hue, zero);
  hue = api.where(runOp(E.Less, [hue, zero], null), api.add(hue, k(1, hue)), hue);
  return concat([hue, s, v], images.rank - 1);
}

/** HSVToRGB (colorspace_op.h): piecewise-linear channel ramps scaled by S and V. */
function hsvToRgb(images: Tensor): Tensor {
  checkRgb(images, 'HSVToRGB');
  const [hue, s, v] = [0, 1, 2].map((i) => channel(images, i));
  const abs = (t: Tensor) => runOp(E.Abs, [t], null);
  const clip01 = (t: Tensor) => api.minimum(api.maximum(t, k(0, t)), k(1, t));
  const dh = api.mul(hue, k(6, hue));
  const dr = clip01(api.sub(abs(api.sub(dh, k(3, dh))), k(1, dh)));
  const ramp = (c: number) => clip01(api.add(api.neg(abs(api.sub(dh, k(c, dh)))), k(2, dh)));
  const oneS = api.add(api.neg(s), k(1, s));
  const out = [dr, ramp(2), ramp(4)].map((d) => api.mul(api.add(oneS, api.mul(s, d)), v));
  return concat(out, images.rank - 1);
}

function checkRgb(images: Tensor, op: string): void {
  const c = images.rank === 0 ? 0 : images.shape[images.rank - 1];
  if (images.rank < 1) throw kernelError(op, `input must be at least 1D[${images.shape.join(',')}]`);
  // TF reports a wrong channel count as FailedPrecondition, not InvalidArgument.
  if (c !== 3) throw new PyBaseException(tfErrorTypes.FailedPreconditionError, [`{{function_node __wrapped__${op}_device_${CPU_DEVICE}}} input must have 3 channels but input only has ${c} channels. [Op:${op}] name: `]);
}

const RGB_TO_YIQ = [[0.299, 0.59590059, 0.2115], [0.587, -0.27455667, -0.52273617], [0.114, -0.32134392, 0.31119955]];
const YIQ_TO_RGB = [[1, 1, 1], [0.95598634, -0.27201283, -1.10674021], [0.6208248, -0.64720424, 1.70423049]];
const RGB_TO_YUV = [[0.299, -0.14714119, 0.61497538], [0.587, -0.28886916, -0.51496512], [0.114, 0.43601035, -0.10001026]];
const YUV_TO_RGB = [[1, 1, 1], [0, -0.394642334, 2.03206185], [1.13988303, -0.58062185, 0]];

const P = {
  images: (name: string) => pyParams(name, ['images', 'name'], { name: null }),
  imagesOnly: (name: string) => pyParams(name, ['images'], {}),
  brightness: pyParams('adjust_brightness', ['image', 'delta'], {}),
  contrast: pyParams('adjust_contrast', ['images', 'contrast_factor'], {}),
  gamma: pyParams('adjust_gamma', ['image', 'gamma', 'gain'], { gamma: 1, gain: 1 }),
  standardize: pyParams('per_image_standardization', ['image'], {}),
  saturation: pyParams('adjust_saturation', ['image', 'saturation_factor', 'name'], { name: null }),
  hue: pyParams('adjust_hue', ['image', 'delta', 'name'], { name: null }),
};

/** _AssertAtLeast3DImage's static check. */
function atLeast3D(image: Tensor): void {
  if (image.rank < 3) throw valueError(`'image' (shape ${pyShape(image.shape)}) must be at least three-dimensional.`);
}

export function adjustBrightness(image: Tensor, delta: PyValue): Tensor {
  const flt = floatImage(image);
  return convertImageDtype(api.add(flt, api.cast(toTensor(delta), flt.dtype)), image.dtype, true);
}

export function adjustContrastImage(images: Tensor, factor: PyValue): Tensor {
  const flt = floatImage(images);
  return convertImageDtype(adjustContrast(flt, toTensor(factor, f32)), images.dtype, true);
}

export function adjustSaturation(image: Tensor, factor: PyValue): Tensor {
  const flt = floatImage(image);
  checkRgb(flt, 'AdjustSaturation');
  return convertImageDtype(adjustSaturationPixels(flt, numberArg(factor)), image.dtype, false);
}

export function adjustHue(image: Tensor, delta: PyValue): Tensor {
  const d = numberArg(delta);
  if (d < -1 || d > 1) throw valueError('delta must be in the interval [-1, 1]');
  const flt = floatImage(image);
  checkRgb(flt, 'AdjustHue');
  return convertImageDtype(adjustHuePixels(flt, d), image.dtype, false);
}

export const colorFns: Record<string, Fn> = {
  rgb_to_grayscale: (a, kw) => {
    const images = toTensor(P.images('rgb_to_grayscale')(a, kw).images);
    const flt = convertImageDtype(images, f32, false);
    const gray = tensordotLast(flt, [[0.2989], [0.587], [0.114]]);
    return convertImageDtype(gray, images.dtype, false);
  },
  grayscale_to_rgb: (a, kw) => {
    const images = toTensor(P.images('grayscale_to_rgb')(a, kw).images);
    if (images.rank < 2) throw valueError('A grayscale image (shape ' + pyShape(images.shape) + ') must be at least two-dimensional.');
    if (images.shape[images.rank - 1] !== 1) throw valueError('Last dimension of a grayscale image should be size 1.');
    return concat([images, images, images], images.rank - 1);
  },
  adjust_brightness: (a, kw) => {
    const p = P.brightness(a, kw);
    return adjustBrightness(toTensor(p.image), p.delta);
  },
  adjust_contrast: (a, kw) => {
    const p = P.contrast(a, kw);
    return adjustContrastImage(toTensor(p.images), p.contrast_factor);
  },
  adjust_gamma: (a, kw) => {
    const p = P.gamma(a, kw);
    const image = toTensor(p.image);
    const flt = floatImage(image);
    if (!(p.gamma instanceof Tensor) && numberArg(p.gamma) < 0) throw valueError('Gamma should be a non-negative real number.');
    const powered = api.pow(flt, toTensor(p.gamma, flt.dtype));
    return convertImageDtype(api.mul(toTensor(p.gain, flt.dtype), powered), image.dtype, true);
  },
  per_image_standardization: (a, kw) => {
    const image = toTensor(P.standardize(a, kw).image);
    atLeast3D(image);
    const x = api.cast(image, f32);
    const axes = [x.rank - 3, x.rank - 2, x.rank - 1];
    const numPixels = x.shape.slice(-3).reduce((m, d) => m * d, 1);
    const mean = runOp(R.Mean, [x], { axes, keepdims: true });
    const diff = api.sub(x, mean);
    const variance = runOp(R.Mean, [runOp(E.Square, [diff], null)], { axes, keepdims: true });
    const stddev = runOp(E.Sqrt, [variance], null);
    const minStddev = runOp(E.Rsqrt, [toTensor(numPixels, f32)], null);
    return api.realDiv(api.sub(x, mean), api.maximum(stddev, minStddev));
  },
  rgb_to_hsv: (a, kw) => rgbToHsv(toTensor(P.images('rgb_to_hsv')(a, kw).images)),
  hsv_to_rgb: (a, kw) => hsvToRgb(toTensor(P.images('hsv_to_rgb')(a, kw).images)),
  rgb_to_yiq: (a, kw) => tensordotLast(toTensor(P.imagesOnly('rgb_to_yiq')(a, kw).images), RGB_TO_YIQ),
  yiq_to_rgb: (a, kw) => tensordotLast(toTensor(P.imagesOnly('yiq_to_rgb')(a, kw).images), YIQ_TO_RGB),
  rgb_to_yuv: (a, kw) => tensordotLast(toTensor(P.imagesOnly('rgb_to_yuv')(a, kw).images), RGB_TO_YUV),
  yuv_to_rgb: (a, kw) => tensordotLast(toTensor(P.imagesOnly('yuv_to_rgb')(a, kw).images), YUV_TO_RGB),
  adjust_saturation: (a, kw) => {
    const p = P.saturation(a, kw);
    return adjustSaturation(toTensor(p.image), p.saturation_factor);
  },
  adjust_hue: (a, kw) => {
    const p = P.hue(a, kw);
    return adjustHue(toTensor(p.image), p.delta);
  },
};
