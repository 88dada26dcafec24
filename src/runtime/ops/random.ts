// Random ops on TF's Philox stream (RandomStandardNormal, RandomUniform, TruncatedNormal).
// Seeds follow TF's get_seed rules; unseeded ops draw a fresh key.
import { getNative, PhiloxCounter } from '../native/binding.js';
import type { DType } from '../dtypes.js';
import { numElements } from '../tensor.js';
import { defineOp } from './registry.js';

export interface RandomAttrs {
  shape: number[];
  dtype: DType;
  key: [number, number];
  counter: PhiloxCounter;
}

function randomOp(name: string, kernel: 'randomNormal' | 'randomUniform' | 'truncatedNormal') {
  return defineOp<RandomAttrs>({
    name,
    infer: (_inputs, { shape, dtype }) => ({ shape: shape.slice(), dtype }),
    kernels: {
      CPU: (_inputs, { shape, dtype, key, counter }) =>
        getNative()[kernel](dtype.code, numElements(shape), key[0], key[1], counter),
    },
  });
}

export const RandomStandardNormal = randomOp('RandomStandardNormal', 'randomNormal');
export const RandomUniform = randomOp('RandomUniform', 'randomUniform');
export const TruncatedNormal = randomOp('TruncatedNormal', 'truncatedNormal');

const DEFAULT_GRAPH_SEED = 87654321;
const MAX_SEED = 2 ** 31 - 1;
let globalSeed: number | null = null;
let opSeedCounter = 0;

export function setGlobalSeed(seed: number | null): void {
  globalSeed = seed;
  opSeedCounter = 0;
}

/** (seed, seed2) as tf.random's get_seed computes them; null when the op is unseeded. */
export function getSeeds(opSeed: number | null): [number, number] | null {
  if (globalSeed !== null) {
    const s2 = opSeed ?? opSeedCounter++;
    return [globalSeed % MAX_SEED, s2 % MAX_SEED];
  }
  if (opSeed !== null) return [DEFAULT_GRAPH_SEED, opSeed % MAX_SEED];
  return null;
}

/** Philox key and counter for one op call (TF: key = seed, counter = [0, 0, seed2, 0]). */
export function philoxState(seeds: [number, number] | null): { key: [number, number]; counter: number[] } {
  if (seeds === null) {
    const r = () => Math.floor(Math.random() * 2 ** 32);
    return { key: [r(), r()], counter: [0, 0, r(), r()] };
  }
  return { key: [seeds[0] >>> 0, 0], counter: [0, 0, seeds[1] >>> 0, 0] };
}
