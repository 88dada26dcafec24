// Where TF's stateful random ops (tf.random.normal, uniform, shuffle, categorical, dropout, ...) get
// their Philox streams in eager mode, so that seeded scripts print TF's exact values:
//  - seeds: tf.random's get_seed. With a global seed and no op seed, the op seed is drawn from a
//    Python `random.Random(global_seed)` (TF's context.internal_operation_seed), so every call
//    gets a fresh stream that depends on the global seed;
//  - state: TF caches one kernel per (op, attrs) and each kernel owns a GuardedPhiloxRandom that
//    starts at key = seed, counter = [0, 0, seed2] and advances by what each call reserves. Calling
//    `tf.random.uniform([2], seed=7)` twice therefore gives two different draws;
//  - `tf.random.set_seed` resets the op-seed generator and clears the kernel cache.
import { getNative, PhiloxCounter } from './native/binding.js';
import { MersenneTwister, wordsOf } from '../interpreter/stdlib/random-mt.js';

const DEFAULT_GRAPH_SEED = 87654321;
const MAX_INT32 = 2 ** 31 - 1;

let globalSeed: bigint | null = null;
let opSeedSource: MersenneTwister | null = null;
/** Next unreserved Philox counter of each cached kernel, by kernelKey. */
const kernelCounters = new Map<string, PhiloxCounter>();

export function setGlobalSeed(seed: bigint | number | null): void {
  globalSeed = seed === null ? null : BigInt(seed);
  kernelCounters.clear();
  if (globalSeed === null) {
    opSeedSource = null;
    return;
  }
  // random.Random(seed) seeds from |seed|'s 32-bit words.
  opSeedSource = new MersenneTwister();
  opSeedSource.seedByArray(wordsOf(globalSeed < 0n ? -globalSeed : globalSeed));
}

/** Python's random.Random.randint(0, 2**31 - 1): getrandbits(32) until below 2**31. */
function internalOperationSeed(source: MersenneTwister): number {
  for (;;) {
    const r = source.next32();
    if (r < 2 ** 31) return r;
  }
}

/** TF's _truncate_seed: seed % (2**31 - 1), Python's modulo (non-negative). */
function truncateSeed(seed: bigint): number {
  const m = BigInt(MAX_INT32);
  return Number(((seed % m) + m) % m);
}

/** (seed, seed2) as tf.random's get_seed computes them; null when the op is unseeded. */
export function getSeeds(opSeed: bigint | number | null): [number, number] | null {
  let seeds: [number, number];
  if (globalSeed !== null) {
    const op = opSeed !== null ? BigInt(opSeed) : BigInt(internalOperationSeed(opSeedSource!));
    seeds = [truncateSeed(globalSeed), truncateSeed(op)];
  } else if (opSeed !== null) {
    seeds = [DEFAULT_GRAPH_SEED, truncateSeed(BigInt(opSeed))];
  } else {
    return null;
  }
  // TF: both zero would mean "nondeterministic" to the kernel, so get_seed avoids it.
  if (seeds[0] === 0 && seeds[1] === 0) return [0, MAX_INT32];
  return seeds;
}

export interface PhiloxStream {
  key: [number, number];
  counter: PhiloxCounter;
}

const randomWord = () => Math.floor(Math.random() * 2 ** 32);

/**
 * The Philox stream one call of a stateful kernel reads, and the reservation it makes: the kernel
 * for `kernelKey` (op name and attrs such as dtype) with `seeds` hands out its current counter and
 * moves it on by `blocks` 128-bit blocks (GuardedPhiloxRandom::ReserveSamples128).
 * Unseeded calls draw a fresh random key and counter, as TF's kernels do for seed = seed2 = 0.
 */
export function reservePhilox(seeds: [number, number] | null, kernelKey: string, blocks: number | bigint): PhiloxStream {
  if (seeds === null) return { key: [randomWord(), randomWord()], counter: [0, 0, randomWord(), randomWord()] };
  const key: [number, number] = [seeds[0] >>> 0, 0];
  const cacheKey = `${kernelKey}|${seeds[0]}|${seeds[1]}`;
  const counter = kernelCounters.get(cacheKey) ?? [0, 0, seeds[1] >>> 0, 0];
  kernelCounters.set(cacheKey, getNative().philoxSkip(counter, blocks));
  return { key, counter };
}

/** Blocks reserved by TF's PhiloxRandomOp kernels (normal, uniform, truncated normal, uniform
 *  int): ReserveRandomOutputs(count, 256). */
export const elementwiseReservation = (count: number): bigint => BigInt(count) * 256n;
