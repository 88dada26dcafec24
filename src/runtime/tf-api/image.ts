// tf.image: flips, rot90, random_crop and convert_image_dtype, with TF's argument checks, and the
// installation of the other tf.image and tf.io parts (resize: image-resize-api.ts).
// 3-D images [H, W, C] are handled as a batch of one, as TF does.
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyType, objectType } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { excType, PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { DType, dtypes } from '../dtypes.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { tfErrorTypes } from '../errors.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import { randomInts } from './random.js';
import { ReverseV2 } from '../ops/shape-layout.js';
import { slice } from '../ops/shape-slice.js';
import { resizeFns } from './image-resize-api.js';
import { colorFns } from './image-color.js';
import { cropFns } from './image-crop.js';
import { randomImageFns } from './image-random.js';
import { metricFns } from './image-metrics.js';
import { patchFns } from './image-patches.js';
import { ssimFns } from './image-ssim.js';
import { ioFns } from './image-png.js';
import { createGfile, ioFileFns } from './io-gfile.js';
import { csvFns } from './io-csv.js';
import { codecFns } from './io-codecs.js';
import { tensorProtoFns } from './io-tensor-proto.js';
import { installTFRecordWriter } from './io-tfrecord-writer.js';
import { pngEncodeFns } from './image-png-encode.js';
import { nmsFns } from './image-nms.js';
import { cropResizeFns } from './image-crop-resize.js';
import { addFunctions, dtypeArg, Fn, intArg, intList, submodule } from './shape-args.js';

const bind = pyParams;

/** Runs `f` on a 4-D view of a 3-D or 4-D image batch and restores the caller's rank. */
export function batched(images: Tensor, f: (x: Tensor) => Tensor): Tensor {
  if (images.rank !== 3 && images.rank !== 4) throw valueError("'images' must have either 3 or 4 dimensions.");
  if (images.rank === 4) return f(images);
  const out = f(api.reshape(images, [1, ...images.shape]));
  return api.reshape(out, out.shape.slice(1));
}

export const reverse = (x: Tensor, axes: number[]) => runOp(ReverseV2, [x], { axes });

function rot90(x: Tensor, k: number): Tensor {
  switch (((k % 4) + 4) % 4) {
    case 1:
      return api.transpose(reverse(x, [2]), [0, 2, 1, 3]);
    case 2:
      return reverse(x, [1, 2]);
    case 3:
      return reverse(api.transpose(x, [0, 2, 1, 3]), [2]);
    default:
      return x;
  }
}

/** tf.image.ResizeMethod: the method names as class attributes. */
const resizeMethodType = new PyType('ResizeMethod', [objectType], 'tensorflow.python.ops.image_ops_impl');
const METHODS = { BILINEAR: 'bilinear', NEAREST_NEIGHBOR: 'nearest', BICUBIC: 'bicubic', AREA: 'area', LANCZOS3: 'lanczos3', LANCZOS5: 'lanczos5', GAUSSIAN: 'gaussian', MITCHELLCUBIC: 'mitchellcubic' };
for (const [k, v] of Object.entries(METHODS)) resizeMethodType.dict.set(k, v);

export function randomCropFailure(value: Tensor, size: number[]): PyBaseException {
  return new PyBaseException(tfErrorTypes.InvalidArgumentError, [
    `Expected 'tf.Tensor(False, shape=(), dtype=bool)' to be true. Summarized data: b'Need value.shape >= size, got '\n${value.shape.join(', ')}\n${size.join(', ')}`,
  ]);
}

const P = {
  image: bind('flip_left_right', ['image'], {}),
  rot90: bind('rot90', ['image', 'k', 'name'], { k: 1, name: null }),
  convert: bind('convert_image_dtype', ['image', 'dtype', 'saturate', 'name'], { saturate: false, name: null }),
  crop: bind('random_crop', ['value', 'size', 'seed', 'name'], { seed: null, name: null }),
};

const INT_MAX: Record<string, number> = { uint8: 255, int8: 127, int16: 32767, uint16: 65535, int32: 2147483647, uint32: 4294967295, int64: 2 ** 63 };

/** tf.image.convert_image_dtype: ints are scaled by their range, floats live in [0, 1]. */
export function convertImageDtype(image: Tensor, dtype: DType, saturate: boolean): Tensor {
  if (!image.dtype.isFloating && !image.dtype.isInteger) throw new PyBaseException(excType('AttributeError'), ['image dtype must be either floating point or integer']);
  if (image.dtype === dtype) return image;
  const inMax = INT_MAX[image.dtype.name];
  const outMax = INT_MAX[dtype.name];
  if ((!image.dtype.isFloating && inMax === undefined) || (!dtype.isFloating && outMax === undefined)) {
    throw valueError(`Unsupported dtype conversion from ${image.dtype.name} to ${dtype.name}`);
  }
  const scalar = (v: number, d: DType) => (d.is64Bit ? tensorFromValues([BigInt(v)], [], d, image.device) : tensorFromValues([v], [], d, image.device));
  if (image.dtype.isFloating && dtype.isFloating) return api.cast(image, dtype);
  if (!image.dtype.isFloating && !dtype.isFloating) {
    if (inMax > outMax) return api.cast(api.floorDiv(image, scalar((inMax + 1) / (outMax + 1), image.dtype)), dtype);
    return api.mul(api.cast(image, dtype), scalar((outMax + 1) / (inMax + 1), dtype));
  }
  if (!image.dtype.isFloating) return api.mul(api.cast(image, dtype), scalar(1 / inMax, dtype));
  const scaled = api.mul(image, scalar(outMax + 0.5, image.dtype));
  if (!saturate) return api.cast(scaled, dtype);
  return api.cast(api.minimum(api.maximum(scaled, scalar(0, image.dtype)), scalar(outMax, image.dtype)), dtype);
}

const imageFns: Record<string, Fn> = {
  convert_image_dtype: (a, k) => {
    const p = P.convert(a, k);
    return convertImageDtype(toTensor(p.image), dtypeArg(p.dtype, dtypes.float32), isTruthy(p.saturate));
  },
  flip_left_right: (a, k) => batched(toTensor(P.image(a, k).image), (x) => reverse(x, [2])),
  flip_up_down: (a, k) => batched(toTensor(P.image(a, k).image), (x) => reverse(x, [1])),
  rot90: (a, k) => {
    const p = P.rot90(a, k);
    return batched(toTensor(p.image), (x) => rot90(x, intArg(p.k)));
  },
  random_crop: (a, k) => {
    const p = P.crop(a, k);
    const value = toTensor(p.value);
    const size = intList(p.size);
    if (size.length !== value.rank || size.some((s, i) => s > value.shape[i])) throw randomCropFailure(value, size);
    // As TF: offsets = uniform int32 in [0, int32 max) modulo (shape - size + 1).
    const draws = randomInts([value.rank], dtypes.int32, 0, 2147483647, p.seed).values() as Int32Array;
    const offsets = size.map((s, i) => draws[i] % (value.shape[i] - s + 1));
    return slice(value, offsets, size);
  },
};

export function installImageApi(tf: PyModule): void {
  const image = submodule(tf, 'image', 'tensorflow._api.v2.image');
  addFunctions(image, imageFns);
  addFunctions(image, resizeFns);
  addFunctions(image, colorFns);
  addFunctions(image, cropFns);
  addFunctions(image, randomImageFns);
  addFunctions(image, metricFns);
  addFunctions(image, patchFns);
  addFunctions(image, ssimFns);
  addFunctions(image, nmsFns);
  addFunctions(image, cropResizeFns);
  // tf.io.read_file / decode_png; tf.image.decode_png is the same function.
  const io = submodule(tf, 'io', 'tensorflow._api.v2.io');
  addFunctions(io, ioFns);
  addFunctions(io, ioFileFns);
  addFunctions(io, csvFns);
  addFunctions(io, codecFns);
  addFunctions(io, tensorProtoFns);
  addFunctions(io, pngEncodeFns);
  image.dict.set('encode_png', io.dict.get('encode_png')!);
  installTFRecordWriter(io);
  io.defineLazy('gfile', () => createGfile(tf.dict.get('errors') as PyModule));
  image.dict.set('decode_png', io.dict.get('decode_png')!);
  image.dict.set('ResizeMethod', resizeMethodType);
}
