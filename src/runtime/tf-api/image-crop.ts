// tf.image geometry without resampling: transpose, central_crop, crop_to_bounding_box,
// pad_to_bounding_box, resize_with_crop_or_pad and resize_with_pad, with TF's static argument checks
// (image_ops_impl.py raises ValueError in eager mode when a check fails).
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { dtypes } from '../dtypes.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import { Pad } from '../ops/shape-layout.js';
import { slice } from '../ops/shape-slice.js';
import { resizeBilinear, resizeNearest } from '../ops/image-resize.js';
import { numberArg } from './math-args.js';
import { intArg } from './shape-args.js';
import type { Fn } from './shape-args.js';
import { pyShape } from './host-values.js';


/** Runs `f` on the 4-D form of a 3-D or 4-D image, restoring the caller's rank (TF's is_batch). */
function as4D(image: Tensor, f: (x: Tensor) => Tensor): Tensor {
  if (image.rank !== 3 && image.rank !== 4) throw valueError(`'image' (shape ${pyShape(image.shape)}) must have either 3 or 4 dimensions.`);
  if (image.rank === 4) return f(image);
  const out = f(api.reshape(image, [1, ...image.shape]));
  return api.reshape(out, out.shape.slice(1));
}

/** _CheckAtLeast3DImage(require_static=False). */
function checkAtLeast3D(image: Tensor): void {
  if (image.rank < 3) throw valueError(`'image' (shape ${pyShape(image.shape)}) must be at least three-dimensional.`);
  if (image.shape.slice(-3).some((d) => d <= 0)) throw valueError(`inner 3 dims of 'image.shape' must be > 0: ${pyShape(image.shape)}`);
}

function check(cond: boolean, message: string): void {
  if (!cond) throw valueError(message);
}

function cropToBoundingBox(image: Tensor, top: number, left: number, height: number, width: number): Tensor {
  return as4D(image, (x) => {
    checkAtLeast3D(x);
    const [b, h, w, c] = x.shape;
    check(left >= 0, 'offset_width must be >= 0.');
    check(top >= 0, 'offset_height must be >= 0.');
    check(width > 0, 'target_width must be > 0.');
    check(height > 0, 'target_height must be > 0.');
    check(w >= width + left, 'width must be >= target + offset.');
    check(h >= height + top, 'height must be >= target + offset.');
    return slice(x, [0, top, left, 0], [b, height, width, c]);
  });
}

function padToBoundingBox(image: Tensor, top: number, left: number, height: number, width: number): Tensor {
  return as4D(image, (x) => {
    checkAtLeast3D(x);
    const [, h, w] = x.shape;
    const after = [height - top - h, width - left - w];
    check(top >= 0, 'offset_height must be >= 0');
    check(left >= 0, 'offset_width must be >= 0');
    check(after[1] >= 0, 'width must be <= target - offset');
    check(after[0] >= 0, 'height must be <= target - offset');
    return runOp(Pad, [x], { paddings: [[0, 0], [top, after[0]], [left, after[1]], [0, 0]], value: 0 });
  });
}

const floorDiv = (a: number, b: number) => Math.floor(a / b);

function resizeWithCropOrPad(image: Tensor, height: number, width: number): Tensor {
  return as4D(image, (x) => {
    checkAtLeast3D(x);
    check(width > 0, 'target_width must be > 0.');
    check(height > 0, 'target_height must be > 0.');
    const [, h, w] = x.shape;
    const dw = width - w;
    const dh = height - h;
    const cropped = cropToBoundingBox(x, Math.max(floorDiv(-dh, 2), 0), Math.max(floorDiv(-dw, 2), 0), Math.min(height, h), Math.min(width, w));
    return padToBoundingBox(cropped, Math.max(floorDiv(dh, 2), 0), Math.max(floorDiv(dw, 2), 0), height, width);
  });
}

const f = Math.fround;

/** resize_with_pad: the largest aspect-preserving resize that fits, centred, in float32 steps. */
function resizeWithPad(image: Tensor, height: number, width: number, method: string, antialias: boolean): Tensor {
  return as4D(image, (x) => {
    checkAtLeast3D(x);
    check(width > 0, 'target_width must be > 0.');
    check(height > 0, 'target_height must be > 0.');
    const [, h, w] = x.shape;
    const ratio = Math.max(f(f(w) / f(width)), f(f(h) / f(height)));
    const rh = f(f(h) / ratio);
    const rw = f(f(w) / ratio);
    const ph = Math.max(0, Math.trunc(Math.floor(f(f(f(height) - rh) / 2))));
    const pw = Math.max(0, Math.trunc(Math.floor(f(f(f(width) - rw) / 2))));
    if (method !== 'bilinear' && method !== 'nearest') throw valueError(`Resize method is not implemented: ${method}`);
    if (antialias) throw valueError('resize_with_pad: antialias is not supported by tfts');
    const resize = method === 'nearest' ? resizeNearest : resizeBilinear;
    const resized = resize(x, Math.floor(rh), Math.floor(rw));
    const out = padToBoundingBox(resized, ph, pw, height, width);
    // TF resizes in float32 for every method but nearest (resize_images_v2 casts back only then).
    return method === 'nearest' || out.dtype.isFloating ? out : api.cast(out, dtypes.float32);
  });
}

function centralCrop(image: Tensor, fraction: number): Tensor {
  if (fraction <= 0 || fraction > 1) throw valueError('central_fraction must be within (0, 1]');
  if (fraction === 1) return image;
  checkAtLeast3D(image);
  if (image.rank !== 3 && image.rank !== 4) throw valueError(`\`image\` should either be a Tensor with rank = 3 or rank = 4. Had rank = ${image.rank}.`);
  const [h, w] = image.shape.slice(-3, -1);
  const top = Math.trunc((h - h * fraction) / 2);
  const left = Math.trunc((w - w * fraction) / 2);
  const lead = image.rank === 4 ? [0] : [];
  const leadSize = image.rank === 4 ? [image.shape[0]] : [];
  return slice(image, [...lead, top, left, 0], [...leadSize, h - 2 * top, w - 2 * left, image.shape[image.rank - 1]]);
}

const P = {
  transpose: pyParams('transpose', ['image', 'name'], { name: null }),
  central: pyParams('central_crop', ['image', 'central_fraction'], {}),
  box: (name: string) => pyParams(name, ['image', 'offset_height', 'offset_width', 'target_height', 'target_width'], {}),
  cropOrPad: pyParams('resize_with_crop_or_pad', ['image', 'target_height', 'target_width'], {}),
  withPad: pyParams('resize_with_pad', ['image', 'target_height', 'target_width', 'method', 'antialias'], { method: 'bilinear', antialias: false }),
};

const boxArgs = (p: Record<string, PyValue>): [Tensor, number, number, number, number] => [
  toTensor(p.image), intArg(p.offset_height), intArg(p.offset_width), intArg(p.target_height), intArg(p.target_width),
];

export const cropFns: Record<string, Fn> = {
  transpose: (a, k) => {
    const image = toTensor(P.transpose(a, k).image);
    checkAtLeast3D(image);
    if (image.rank === 3) return api.transpose(image, [1, 0, 2]);
    if (image.rank === 4) return api.transpose(image, [0, 2, 1, 3]);
    throw valueError(`'image' (shape ${pyShape(image.shape)}) must have either 3 or 4 dimensions.`);
  },
  central_crop: (a, k) => {
    const p = P.central(a, k);
    return centralCrop(toTensor(p.image), numberArg(p.central_fraction));
  },
  crop_to_bounding_box: (a, k) => cropToBoundingBox(...boxArgs(P.box('crop_to_bounding_box')(a, k))),
  pad_to_bounding_box: (a, k) => padToBoundingBox(...boxArgs(P.box('pad_to_bounding_box')(a, k))),
  resize_with_crop_or_pad: (a, k) => {
    const p = P.cropOrPad(a, k);
    return resizeWithCropOrPad(toTensor(p.image), intArg(p.target_height), intArg(p.target_width));
  },
  resize_with_pad: (a, k) => {
    const p = P.withPad(a, k);
    return resizeWithPad(toTensor(p.image), intArg(p.target_height), intArg(p.target_width), String(p.method), p.antialias === true);
  },
};
