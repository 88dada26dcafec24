// tf.image's random augmentations, stateful (random_*) and stateless (stateless_random_*). Each
// draws exactly what TF's Python draws — one RandomUniform call through random.ts (same seeds,
// same Philox stream), or one stateless_random_uniform for the stateless forms — and then applies
// the deterministic adjuster, so seeded scripts get TF's images.
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as E from '../ops/elementwise.js';
import * as Rand from '../ops/random.js';
import { numberArg } from './math-args.js';
import { randomFloats } from './random.js';
import { adjustBrightness, adjustContrastImage, adjustHue, adjustSaturation } from './image-color.js';
import { Fn, intList } from './shape-args.js';
import { statelessUniform } from './random-stateless.js';
import { slice } from '../ops/shape-slice.js';
import { randomCropFailure, reverse } from './image.js';
import { hostTensor, pyShape } from './host-values.js';

const f32 = dtypes.float32;

/** A float32 tensor of `shape`, uniform in [lo, hi): what the augmentation's random_func draws. */
type Draw = (shape: number[], lo: number, hi: number) => Tensor;

/** random_ops.random_uniform(shape, lo, hi, seed) for float32: raw * (hi - lo) + lo. */
const statefulDraw =
  (seed: PyValue): Draw =>
  (shape, lo, hi) => {
    const raw = randomFloats(Rand.RandomUniform, shape, f32, seed);
    const loT = toTensor(lo, f32);
    return api.add(api.mul(raw, api.sub(toTensor(hi, f32), loT)), loT);
  };

const shapeTensor = (shape: number[]) => hostTensor(shape, [shape.length], dtypes.int32);

/** stateless_random_ops.stateless_random_uniform(shape, seed, lo, hi) for float32. */
const statelessDraw =
  (seed: PyValue): Draw =>
  (shape, lo, hi) =>
    statelessUniform({ shape: shapeTensor(shape), seed, minval: lo, maxval: hi, dtype: f32, alg: 'auto_select' });

/** image_ops_impl._random_flip: one coin for a 3-D image, one per image for a batch. */
function randomFlip(image: Tensor, axis: number, draw: Draw): Tensor {
  if (image.rank < 3) throw valueError(`'image' (shape ${pyShape(image.shape)}) must be at least three-dimensional.`);
  if (image.shape.slice(-3).some((d) => d <= 0)) throw valueError(`inner 3 dims of 'image.shape' must be > 0: ${pyShape(image.shape)}`);
  if (image.rank === 3) {
    const coin = (draw([], 0, 1).values() as Float32Array)[0];
    return coin < 0.5 ? reverse(image, [axis]) : image;
  }
  if (image.rank !== 4) throw valueError(`'image' (shape ${pyShape(image.shape)}) must have either 3 or 4 dimensions.`);
  const batch = image.shape[0];
  const coins = draw([batch], 0, 1);
  const flips = api.cast(runOp(E.Round, [api.reshape(coins, [batch, 1, 1, 1])], null), image.dtype);
  const flipped = reverse(image, [axis + 1]);
  return api.add(api.mul(flips, flipped), api.mul(api.sub(api.scalarLike(1, flips), flips), image));
}

const P = {
  flip: (name: string, seed: PyValue | undefined) => pyParams(name, ['image', 'seed'], seed === undefined ? {} : { seed }),
  brightness: (name: string, seed: PyValue | undefined) => pyParams(name, ['image', 'max_delta', 'seed'], seed === undefined ? {} : { seed }),
  range: (name: string, seed: PyValue | undefined) => pyParams(name, ['image', 'lower', 'upper', 'seed'], seed === undefined ? {} : { seed }),
  crop: pyParams('stateless_random_crop', ['value', 'size', 'seed', 'name'], { name: null }),
};

/** random_contrast/random_saturation's argument checks, then a factor uniform in [lower, upper). */
function rangeFactor(p: Record<string, PyValue>, draw: Draw): Tensor {
  const lower = numberArg(p.lower);
  const upper = numberArg(p.upper);
  if (upper <= lower) throw valueError('upper must be > lower.');
  if (lower < 0) throw valueError('lower must be non-negative.');
  return draw([], lower, upper);
}

/** The functions of one family: `prefix` 'random_' draws statefully (seed optional), and
 *  'stateless_random_' statelessly (seed required, a shape [2] integer tensor). */
function family(prefix: string, drawWith: (seed: PyValue) => Draw, seedDefault: PyValue | undefined): Record<string, Fn> {
  return {
    [`${prefix}flip_left_right`]: (a, k) => {
      const p = P.flip(`${prefix}flip_left_right`, seedDefault)(a, k);
      return randomFlip(toTensor(p.image), 1, drawWith(p.seed));
    },
    [`${prefix}flip_up_down`]: (a, k) => {
      const p = P.flip(`${prefix}flip_up_down`, seedDefault)(a, k);
      return randomFlip(toTensor(p.image), 0, drawWith(p.seed));
    },
    [`${prefix}brightness`]: (a, k) => {
      const p = P.brightness(`${prefix}brightness`, seedDefault)(a, k);
      const maxDelta = numberArg(p.max_delta);
      if (maxDelta < 0) throw valueError('max_delta must be non-negative.');
      return adjustBrightness(toTensor(p.image), drawWith(p.seed)([], -maxDelta, maxDelta));
    },
    [`${prefix}contrast`]: (a, k) => {
      const p = P.range(`${prefix}contrast`, seedDefault)(a, k);
      return adjustContrastImage(toTensor(p.image), rangeFactor(p, drawWith(p.seed)));
    },
    [`${prefix}saturation`]: (a, k) => {
      const p = P.range(`${prefix}saturation`, seedDefault)(a, k);
      return adjustSaturation(toTensor(p.image), rangeFactor(p, drawWith(p.seed)));
    },
    [`${prefix}hue`]: (a, k) => {
      const p = P.brightness(`${prefix}hue`, seedDefault)(a, k);
      const maxDelta = numberArg(p.max_delta);
      if (maxDelta > 0.5) throw valueError('max_delta must be <= 0.5.');
      if (maxDelta < 0) throw valueError('max_delta must be non-negative.');
      return adjustHue(toTensor(p.image), drawWith(p.seed)([], -maxDelta, maxDelta));
    },
  };
}

export const randomImageFns: Record<string, Fn> = {
  ...family('random_', statefulDraw, null),
  ...family('stateless_random_', statelessDraw, undefined),
  // random_ops.stateless_random_crop: offsets uniform in [0, int32 max) modulo (shape - size + 1).
  stateless_random_crop: (a, k) => {
    const p = P.crop(a, k);
    const value = toTensor(p.value);
    const size = intList(p.size);
    if (size.length !== value.rank || size.some((s, i) => s > value.shape[i])) throw randomCropFailure(value, size);
    const draws = statelessUniform({ shape: shapeTensor([value.rank]), seed: p.seed, minval: 0, maxval: 2147483647, dtype: dtypes.int32, alg: 'auto_select' });
    const offsets = Array.from(draws.values() as Int32Array, (d, i) => d % (value.shape[i] - size[i] + 1));
    return slice(value, offsets, size);
  },
};
