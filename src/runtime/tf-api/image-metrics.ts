// tf.image measurements and filters built from ordinary ops (differentiable, any backend):
// total_variation, psnr, image_gradients and sobel_edges.
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as R from '../ops/reduce.js';
import { concat, MirrorPad, stack } from '../ops/shape-layout.js';
import { slice } from '../ops/shape-slice.js';
import { convertImageDtype } from './image.js';
import { kernelError } from '../ops/shape-errors.js';
import type { Fn } from './shape-args.js';
import { pyShape } from './host-values.js';

const abs = (t: Tensor) => runOp(E.Abs, [t], null);
const log = (t: Tensor) => runOp(E.Log, [t], null);

/** x[..., start:start+count, ...] along `axis`. */
function along(x: Tensor, axis: number, start: number, count: number): Tensor {
  return slice(x, x.shape.map((_, i) => (i === axis ? start : 0)), x.shape.map((d, i) => (i === axis ? count : d)));
}

/** Forward difference along `axis`: x[1:] - x[:-1]. */
const diff = (x: Tensor, axis: number) => api.sub(along(x, axis, 1, x.shape[axis] - 1), along(x, axis, 0, x.shape[axis] - 1));

function totalVariation(images: Tensor): Tensor {
  if (images.rank !== 3 && images.rank !== 4) throw valueError("'images' must be either 3 or 4-dimensional.");
  const h = images.rank - 3;
  const axes = images.rank === 3 ? [0, 1, 2] : [1, 2, 3];
  const sum = (t: Tensor) => runOp(R.Sum, [t], { axes, keepdims: false });
  return api.add(sum(abs(diff(images, h))), sum(abs(diff(images, h + 1))));
}

/** Mirrors _verify_compatible_image_shapes' static checks. */
function checkPair(a: Tensor, b: Tensor): void {
  for (const t of [a, b]) if (t.rank < 3) throw valueError(`Shape ${pyShape(t.shape)} must have rank at least 3`);
  const sa = a.shape.slice(-3);
  const sb = b.shape.slice(-3);
  if (sa.some((d, i) => d !== sb[i])) throw valueError(`Shapes ${pyShape(sa)} and ${pyShape(sb)} are incompatible`);
}

function psnr(a: Tensor, b: Tensor, maxVal: Tensor): Tensor {
  const f32 = dtypes.float32;
  const max = convertImageDtype(api.cast(maxVal, a.dtype), f32, false);
  const fa = convertImageDtype(a, f32, false);
  const fb = convertImageDtype(b, f32, false);
  const sq = runOp(E.SquaredDifference, [fa, fb], null);
  const mse = runOp(R.Mean, [sq], { axes: [sq.rank - 3, sq.rank - 2, sq.rank - 1], keepdims: false });
  const k = (v: number) => api.scalarLike(v, mse);
  const top = api.realDiv(api.mul(k(20), log(max)), log(k(10)));
  const value = api.sub(top, api.mul(k(Math.fround(10 / Math.log(10))), log(mse)));
  // TF checks the shapes after computing (its checks are control dependencies of the result).
  checkPair(a, b);
  return value;
}

function imageGradients(image: Tensor): [Tensor, Tensor] {
  if (image.rank !== 4) throw valueError(`image_gradients expects a 4D tensor [batch_size, h, w, d], not ${pyShape(image.shape)}.`);
  const [b, h, w, d] = image.shape;
  const dy = concat([diff(image, 1), api.fill([b, 1, w, d], image.dtype, 0)], 1);
  const dx = concat([diff(image, 2), api.fill([b, h, 1, d], image.dtype, 0)], 2);
  return [dy, dx];
}

const SOBEL = [
  [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
  [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
];

/**
 * sobel_edges: reflect-pad by one pixel, then TF's depthwise 3x3 filter per kernel. The taps are
 * small integers (exact products) summed in the filter's row-major order, as the kernel does.
 */
function sobelEdges(image: Tensor): Tensor {
  // A non-4-D image fails in TF's MirrorPad kernel.
  if (image.rank !== 4) throw kernelError('MirrorPad', `The first dimension of paddings must be the rank of inputs[4,2], [${image.shape.join(',')}]`, null);
  const padded = runOp(MirrorPad, [image], { paddings: [[0, 0], [1, 1], [1, 1], [0, 0]] as [number, number][], mode: 'REFLECT' as const });
  const [, h, w] = image.shape;
  const outs = SOBEL.map((kernel) => {
    let acc: Tensor | null = null;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const tap = api.mul(slice(padded, [0, i, j, 0], [image.shape[0], h, w, image.shape[3]]), api.scalarLike(kernel[i][j], image));
        acc = acc === null ? tap : api.add(acc, tap);
      }
    }
    return acc!;
  });
  return stack(outs, 4);
}

const P = {
  images: (name: string) => pyParams(name, ['images', 'name'], { name: null }),
  psnr: pyParams('psnr', ['a', 'b', 'max_val', 'name'], { name: null }),
  image: (name: string) => pyParams(name, ['image'], {}),
};

export const metricFns: Record<string, Fn> = {
  total_variation: (a, k) => totalVariation(toTensor(P.images('total_variation')(a, k).images)),
  psnr: (a, k) => {
    const p = P.psnr(a, k);
    return psnr(toTensor(p.a), toTensor(p.b), toTensor(p.max_val));
  },
  image_gradients: (a, k) => {
    const [dy, dx] = imageGradients(toTensor(P.image('image_gradients')(a, k).image));
    return new PyTuple([dy, dx]);
  },
  sobel_edges: (a, k) => sobelEdges(toTensor(P.image('sobel_edges')(a, k).image)),
};

