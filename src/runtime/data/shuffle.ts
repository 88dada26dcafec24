// Dataset.shuffle with TF's exact order (tensorflow/core/kernels/data/shuffle_dataset_op.cc):
//  - seeds: tf.data's get_seed (tf.random's rule; unseeded means both 0, which the kernel replaces
//    with random 64-bit seeds);
//  - the dataset owns a seed generator: with reshuffle_each_iteration a Philox stream keyed by the
//    seeds that hands every new iterator two fresh 32-bit words as its seeds; without, every
//    iterator gets the dataset's seeds;
//  - each iterator draws from Philox(seed, seed2) one 32-bit word per element: it keeps a ring
//    buffer of up to buffer_size elements (filled from the input before each draw), emits the
//    element at start + word % count and moves the element at start into the hole.
import { getNative, PhiloxCounter } from '../native/binding.js';
import { getSeeds } from '../random-state.js';
import type { PyValue } from '../../interpreter/objects/core.js';
import { kernelError } from '../ops/shape-errors.js';
import { Dataset, datasetKind, NextFn } from './dataset.js';

/** A 64-bit seed as its low and high 32-bit words. */
type Seed64 = [number, number];

const WORDS_PER_READ = 1024;

/** Philox4x32-10 output words in SingleSampleAdapter order, read from native in chunks. */
class PhiloxWords {
  private words = new Uint32Array(0);
  private pos = 0;
  private counter: PhiloxCounter;

  constructor(
    private readonly key: Seed64,
    counterHigh: Seed64,
  ) {
    this.counter = [0, 0, counterHigh[0], counterHigh[1]];
  }

  next(): number {
    if (this.pos === this.words.length) {
      const N = getNative();
      this.words = new Uint32Array(N.toBytes(N.philoxBits(WORDS_PER_READ, this.key[0], this.key[1], this.counter)));
      this.counter = N.philoxSkip(this.counter, WORDS_PER_READ / 4);
      this.pos = 0;
    }
    return this.words[this.pos++];
  }
}

const randomWord = () => Math.floor(Math.random() * 2 ** 32);

/** RandomSeeds: (0, 0) asks for nondeterminism. */
function kernelSeeds(seeds: [number, number] | null): [Seed64, Seed64] {
  if (seeds === null || (seeds[0] === 0 && seeds[1] === 0)) return [[randomWord(), randomWord()], [randomWord(), randomWord()]];
  return [[seeds[0] >>> 0, 0], [seeds[1] >>> 0, 0]];
}

/** The seeds each new iterator of one shuffle dataset gets. */
function seedGenerator(seeds: [Seed64, Seed64], reshuffle: boolean): () => [Seed64, Seed64] {
  if (!reshuffle) return () => seeds;
  const words = new PhiloxWords(seeds[0], seeds[1]);
  return () => {
    const seed = words.next();
    const seed2 = words.next();
    return [[seed, 0], [seed2, 0]];
  };
}

export function shuffle(input: Dataset, bufferSize: number, opSeed: number | bigint | null, reshuffle: boolean): Dataset {
  if (bufferSize <= 0) throw kernelError('ShuffleDatasetV3', 'buffer_size must be greater than zero or UNKNOWN_CARDINALITY');
  const nextSeeds = seedGenerator(kernelSeeds(getSeeds(opSeed)), reshuffle);
  return new Dataset(datasetKind('_ShuffleDataset', 'shuffle_op'), input.spec, input.cardinality, () => {
    const [seed, seed2] = nextSeeds();
    return shuffledIteration(input, bufferSize, new PhiloxWords(seed, seed2));
  });
}

function shuffledIteration(input: Dataset, bufferSize: number, words: PhiloxWords): NextFn {
  // Slots are indexed modulo buffer_size; a sparse array, as buffer_size often exceeds the data.
  const buffer: (PyValue | undefined)[] = [];
  let start = 0;
  let end = 0;
  let next: NextFn | null = null;
  let inputDone = false;
  return () => {
    while (!inputDone && end - start < bufferSize) {
      next ??= input.start();
      const x = next();
      if (x === undefined) inputDone = true;
      else buffer[end++ % bufferSize] = x;
    }
    if (start === end) return undefined;
    const index = (start + (words.next() % (end - start))) % bufferSize;
    const head = start++ % bufferSize;
    const out = buffer[index];
    buffer[index] = buffer[head];
    buffer[head] = undefined;
    return out;
  };
}
