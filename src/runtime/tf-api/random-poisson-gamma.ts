// TF's Poisson and gamma samplers (random_poisson_op.cc, random_op.cc RandomGamma), behind
// tf.random.poisson / gamma (stateful: the op's GuardedPhiloxRandom reserves 256 blocks per
// output) and tf.random.stateless_poisson / stateless_gamma (the seed's key/counter). Facts:
//  - output o = param_index * num_samples + sample reads the stream at counter + 256*o and is
//    stored at sample * num_params + param_index;
//  - arithmetic is in double whatever the parameters' dtype; only the sample is rounded;
//  - Poisson: Knuth's product of uniforms below rate 10, else Hormann's transformed rejection;
//    gamma: Marsaglia-Tsang from one normal and one uniform per try (plus u^(1/alpha) for
//    alpha < 1), or -log1p(-u) for alpha == 1. Normal and uniform draws each take a whole Philox block, handed out last first.
import { getNative } from '../native/binding.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, numElements, tensorFromValues } from '../tensor.js';
import { currentDevice } from '../device.js';
import { lgamma } from '../../interpreter/stdlib/math-gamma.js';
import type { PhiloxStream } from '../random-state.js';
import { philoxWords } from '../ops/random-stateless.js';

const CHUNK = 16; // blocks fetched per native call

/** One output's Philox stream as whole-block draws of double uniforms or normals (2 per block). */
class BlockDraws {
  private counter: readonly number[];
  private words: Uint32Array = new Uint32Array(0);
  private normals: Float64Array | null = null;
  private block = CHUNK;
  constructor(private readonly key: [number, number], counter: readonly number[]) {
    this.counter = counter;
  }
  private advance(): number {
    if (this.block === CHUNK) {
      this.words = philoxWords({ key: this.key, counter: this.counter }, 4 * CHUNK);
      this.normals = null;
      this.chunkCounter = this.counter;
      this.counter = getNative().philoxSkip(this.counter, CHUNK);
      this.block = 0;
    }
    return this.block++;
  }
  private chunkCounter: readonly number[] = [];
  /** Uniforms of the next block: 2 doubles in [0, 1). */
  uniforms(): number[] {
    const b = this.advance();
    const w = this.words.subarray(4 * b, 4 * b + 4);
    return [toDouble01(w[0], w[1]), toDouble01(w[2], w[3])];
  }
  /** Normals of the next block (TF's Box-Muller, from the native kernel). */
  normalsOf(): number[] {
    const b = this.advance();
    if (this.normals === null) {
      const N = getNative();
      this.normals = new Float64Array(N.toBytes(N.randomNormal(dtypes.float64.code, 2 * CHUNK, this.key[0], this.key[1], this.chunkCounter)));
    }
    return Array.from(this.normals.subarray(2 * b, 2 * b + 2));
  }
}

const toDouble01 = (x0: number, x1: number): number => ((x0 & 0xfffff) * 4294967296 + x1) / 4503599627370496;

/** Hands out one kind of draw, last of each block first (TF's *_remaining counters). */
class Remaining {
  private values: number[] = [];
  constructor(private readonly refill: () => number[]) {}
  next(): number {
    if (this.values.length === 0) this.values = this.refill();
    return this.values.pop()!;
  }
}

function poissonSample(rate: number, draws: BlockDraws): number {
  const uni = new Remaining(() => draws.uniforms());
  if (rate < 10) {
    const expNegRate = Math.exp(-rate);
    let prod = 1;
    let x = 0;
    for (;;) {
      prod = prod * uni.next();
      if (prod <= expNegRate) return x;
      x += 1;
    }
  }
  const logRate = Math.log(rate);
  const b = 0.931 + 2.53 * Math.sqrt(rate);
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vR = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = uni.next() - 0.5;
    const v = uni.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + rate + 0.43);
    if (us >= 0.07 && v <= vR) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const s = Math.log((v * invAlpha) / (a / (us * us) + b));
    const t = -rate + k * logRate - lgamma(k + 1);
    if (s <= t) return k;
  }
}

function gammaSample(alpha: number, draws: BlockDraws): number {
  const norm = new Remaining(() => draws.normalsOf());
  const uni = new Remaining(() => draws.uniforms());
  // alpha == 1 is the exponential distribution, sampled by inversion.
  if (alpha === 1) return -Math.log1p(-uni.next());
  const lessThanOne = alpha < 1;
  const d = alpha + (lessThanOne ? 2 / 3 : -1 / 3);
  const c = 1 / 3 / Math.sqrt(d);
  for (;;) {
    const x = norm.next();
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = uni.next();
    // the squeeze first, then the log test
    if (u < 1 - 0.0331 * (x * x) * (x * x) || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
      let res = d * v;
      if (lessThanOne) res *= Math.pow(uni.next(), 1 / alpha);
      return res;
    }
  }
}

export interface ParamSampling {
  /** Sample dims (the shape argument); the output shape is these plus the parameters' shape. */
  sampleShape: number[];
  params: Tensor;
  outDtype: DType;
}

/** Samples for every (param, sample) pair: output [*sampleShape, *params.shape]. */
export function sampleByParam(kind: 'poisson' | 'gamma', s: ParamSampling, stream: PhiloxStream): Tensor {
  const numSamples = numElements(s.sampleShape);
  const numParams = s.params.size;
  const params = Array.from(s.params.values() as ArrayLike<number>, Number);
  const out = new Float64Array(numSamples * numParams);
  const N = getNative();
  for (let o = 0; o < out.length; o++) {
    const p = Math.floor(o / numSamples);
    const sample = o % numSamples;
    const draws = new BlockDraws(stream.key, N.philoxSkip(stream.counter, BigInt(o) * 256n));
    out[sample * numParams + p] = kind === 'poisson' ? poissonSample(params[p], draws) : gammaSample(params[p], draws);
  }
  const shape = [...s.sampleShape, ...s.params.shape];
  const values = s.outDtype === dtypes.int64 ? Array.from(out, (v) => BigInt(v)) : Array.from(out);
  return tensorFromValues(values as number[] | bigint[], shape, s.outDtype, currentDevice());
}
