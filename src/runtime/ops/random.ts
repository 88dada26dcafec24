// Random ops on TF's Philox stream (RandomStandardNormal, RandomUniform, TruncatedNormal).
// Seeds and Philox state: random-state.ts.
import type { PhiloxCounter } from '../native/binding.js';
import type { DType } from '../dtypes.js';
import { numElements } from '../tensor.js';
import { defineOp } from './registry.js';
import { checkNonNegativeDims } from './shape-errors.js';

export interface RandomAttrs {
  shape: number[];
  dtype: DType;
  key: [number, number];
  counter: PhiloxCounter;
}

function randomOp(name: string, kernel: 'randomNormal' | 'randomUniform' | 'truncatedNormal') {
  return defineOp<RandomAttrs>({
    name,
    infer: (_inputs, { shape, dtype }) => {
      checkNonNegativeDims(name, shape);
      return { shape: shape.slice(), dtype };
    },
    kernel: (be, _inputs, { shape, dtype, key, counter }) =>
      be[kernel](dtype.code, numElements(shape), key[0], key[1], counter),
  });
}

export const RandomStandardNormal = randomOp('RandomStandardNormal', 'randomNormal');
export const RandomUniform = randomOp('RandomUniform', 'randomUniform');
export const TruncatedNormal = randomOp('TruncatedNormal', 'truncatedNormal');

export interface RandomIntAttrs extends RandomAttrs {
  minval: number | bigint;
  maxval: number | bigint;
}

/** Integers uniform in [minval, maxval) (int32/int64), TF's RandomUniformInt. */
export const RandomUniformInt = defineOp<RandomIntAttrs>({
  name: 'RandomUniformInt',
  infer: (_inputs, { shape, dtype }) => {
    checkNonNegativeDims('RandomUniformInt', shape);
    return { shape: shape.slice(), dtype };
  },
  kernel: (be, _inputs, { shape, dtype, minval, maxval, key, counter }) =>
    be.randomUniformInt(dtype.code, numElements(shape), minval, maxval, key[0], key[1], counter),
});
