// tf.image.resize (TF2's resize_images_v2): picks the kernel for the method and antialias flag,
// and scales the size down to keep the aspect ratio when asked.
//   bilinear / bicubic:  ResizeBilinear / ResizeBicubic (half-pixel centres); with antialias,
//                        ScaleAndTranslate with the 'triangle' / 'keyscubic' kernel
//   nearest:             ResizeNearestNeighbor (keeps the dtype; the others return float32)
//   area:                ResizeArea
//   lanczos3, lanczos5, gaussian, mitchellcubic: ScaleAndTranslate with that kernel
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { resizeBilinear, resizeNearest } from '../ops/image-resize.js';
import { resizeArea, resizeBicubic } from '../ops/image-resize-bicubic.js';
import { scaleAndTranslate } from '../ops/image-scale-translate.js';
import { Fn, intList } from './shape-args.js';
import { batched } from './image.js';
import { roundHalfEven } from '../round-half-even.js';

const f32 = Math.fround;

const P = pyParams('resize', ['images', 'size', 'method', 'preserve_aspect_ratio', 'antialias', 'name'], {
  method: 'bilinear',
  preserve_aspect_ratio: false,
  antialias: false,
  name: null,
});

/** preserve_aspect_ratio: the largest size within `size` with the image's aspect ratio (float32
 *  arithmetic, rounded half to even, as TF computes it). */
function fitted(height: number, width: number, size: number[]): [number, number] {
  const factor = Math.min(f32(size[0] / height), f32(size[1] / width));
  return [roundHalfEven(f32(factor * height)), roundHalfEven(f32(factor * width))];
}

function resizeBatch(x: Tensor, height: number, width: number, method: string, antialias: boolean): Tensor {
  switch (method) {
    case 'bilinear':
      return antialias ? scaleAndTranslate(x, height, width, 'triangle', true) : resizeBilinear(x, height, width);
    case 'nearest':
      return resizeNearest(x, height, width);
    case 'bicubic':
      return antialias ? scaleAndTranslate(x, height, width, 'keyscubic', true) : resizeBicubic(x, height, width);
    case 'area':
      return resizeArea(x, height, width);
    case 'lanczos3':
    case 'lanczos5':
    case 'gaussian':
    case 'mitchellcubic':
      return scaleAndTranslate(x, height, width, method, antialias);
    default:
      throw valueError(`Resize method is not implemented: ${method}`);
  }
}

export const resizeFns: Record<string, Fn> = {
  resize: (a, k) => {
    const p = P(a, k);
    const images = toTensor(p.images);
    let size = intList(p.size);
    if (size.length !== 2) throw valueError("'size' must be a 1-D Tensor of 2 elements: new_height, new_width");
    const method = String(p.method);
    return batched(images, (x) => {
      if (isTruthy(p.preserve_aspect_ratio)) size = fitted(x.shape[1], x.shape[2], size);
      return resizeBatch(x, size[0], size[1], method, isTruthy(p.antialias));
    });
  },
};
