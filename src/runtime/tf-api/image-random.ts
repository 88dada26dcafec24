// tf.image's random augmentations. Each draws exactly what TF's Python draws — one stateful
// RandomUniform call through random.ts (same seeds, same Philox stream) — and then applies the
// deterministic adjuster, so seeded scripts get TF's images.
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as Rand from '../ops/random.js';
import { numberArg } from './math-args.js';
import { randomFloats } from './random.js';
import { reverse } from './image.js';
import { adjustBrightness, adjustContrastImage, adjustHue, adjustSaturation } from './image-color.js';
import type { Fn } from './shape-args.js';
import { pyShape } from './host-values.js';

const f32 = dtypes.float32;

/** random_ops.random_uniform(shape, lo, hi, seed) for float32: raw * (hi - lo) + lo. */
function uniform(shape: number[], lo: number, hi: number, seed: PyValue): Tensor {
  const raw = randomFloats(Rand.RandomUniform, shape, f32, seed);
  const loT = toTensor(lo, f32);
  return api.add(api.mul(raw, api.sub(toTensor(hi, f32), loT)), loT);
}

/** image_ops_impl._random_flip: one coin for a 3-D image, one per image for a batch. */
function randomFlip(image: Tensor, axis: number, seed: PyValue): Tensor {
  if (image.rank < 3) throw valueError(`'image' (shape ${pyShape(image.shape)}) must be at least three-dimensional.`);
  if (image.shape.slice(-3).some((d) => d <= 0)) throw valueError(`inner 3 dims of 'image.shape' must be > 0: ${pyShape(image.shape)}`);
  if (image.rank === 3) {
    const coin = (randomFloats(Rand.RandomUniform, [], f32, seed).values() as Float32Array)[0];
    return coin < 0.5 ? reverse(image, [axis]) : image;
  }
  if (image.rank !== 4) throw valueError(`'image' (shape ${pyShape(image.shape)}) must have either 3 or 4 dimensions.`);
  const batch = image.shape[0];
  const coins = randomFloats(Rand.RandomUniform, [batch], f32, seed);
  const flips = api.cast(runOp(E.Round, [api.reshape(coins, [batch, 1, 1, 1])], null), image.dtype);
  const flipped = reverse(image, [axis + 1]);
  return api.add(api.mul(flips, flipped), api.mul(api.sub(api.scalarLike(1, flips), flips), image));
}

const P = {
  flip: (name: string) => pyParams(name, ['image', 'seed'], { seed: null }),
  brightness: pyParams('random_brightness', ['image', 'max_delta', 'seed'], { seed: null }),
  range: (name: string) => pyParams(name, ['image', 'lower', 'upper', 'seed'], { seed: null }),
  hue: pyParams('random_hue', ['image', 'max_delta', 'seed'], { seed: null }),
};

/** random_contrast/random_saturation's argument checks, then a factor uniform in [lower, upper). */
function rangeFactor(p: Record<string, PyValue>): Tensor {
  const lower = numberArg(p.lower);
  const upper = numberArg(p.upper);
  if (upper <= lower) throw valueError('upper must be > lower.');
  if (lower < 0) throw valueError('lower must be non-negative.');
  return uniform([], lower, upper, p.seed);
}

export const randomImageFns: Record<string, Fn> = {
  random_flip_left_right: (a, k) => {
    const p = P.flip('random_flip_left_right')(a, k);
    return randomFlip(toTensor(p.image), 1, p.seed);
  },
  random_flip_up_down: (a, k) => {
    const p = P.flip('random_flip_up_down')(a, k);
    return randomFlip(toTensor(p.image), 0, p.seed);
  },
  random_brightness: (a, k) => {
    const p = P.brightness(a, k);
    const maxDelta = numberArg(p.max_delta);
    if (maxDelta < 0) throw valueError('max_delta must be non-negative.');
    return adjustBrightness(toTensor(p.image), uniform([], -maxDelta, maxDelta, p.seed));
  },
  random_contrast: (a, k) => {
    const p = P.range('random_contrast')(a, k);
    return adjustContrastImage(toTensor(p.image), rangeFactor(p));
  },
  random_saturation: (a, k) => {
    const p = P.range('random_saturation')(a, k);
    return adjustSaturation(toTensor(p.image), rangeFactor(p));
  },
  random_hue: (a, k) => {
    const p = P.hue(a, k);
    const maxDelta = numberArg(p.max_delta);
    if (maxDelta > 0.5) throw valueError('max_delta must be <= 0.5.');
    if (maxDelta < 0) throw valueError('max_delta must be non-negative.');
    return adjustHue(toTensor(p.image), uniform([], -maxDelta, maxDelta, p.seed));
  },
};
