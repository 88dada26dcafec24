// TF's binomial sampler (random_binomial_op.cc, CPU), behind tf.random.stateless_binomial
// (StatelessRandomBinomial: GenerateKey of the seed) and Generator.binomial
// (StatefulRandomBinomial: the state's key/counter, then the state skips
// num_batches * 2 * 100 * (samples_per_batch + 3) / 4 outputs of 256 blocks). Facts re-implemented:
//  - output index o = batch * samples_per_batch + sample is stored at sample * num_batches + batch;
//  - each o reads its own Philox stream: counter + 256*o (BTRS, when count*p >= 10 in T) or
//    counter + 42*o (inversion), with p replaced by q = 1 - p (and the result by count - k) when
//    p > 0.5;
//  - uniforms are doubles, one block giving two, handed out second first.
import type { PyValue } from '../../interpreter/objects/core.js';
import { getNative } from '../native/binding.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, numElements, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import * as api from '../ops/api.js';
import { kernelError } from '../ops/shape-errors.js';
import { shapeDebug } from '../ops/dtype-text.js';
import type { PhiloxStream } from '../random-state.js';
import { philoxWords } from '../ops/random-stateless.js';

/** Double uniforms of one Philox stream, in the order TF's UNIFORM macro takes them. */
class UniformDoubles {
  private counter: readonly number[];
  private words: Uint32Array = new Uint32Array(0);
  private block = 0;
  private remaining = 0;
  private pair: [number, number] = [0, 0];
  constructor(private readonly key: [number, number], counter: readonly number[]) {
    this.counter = counter;
  }
  next(): number {
    if (this.remaining === 0) {
      if (this.block * 4 >= this.words.length) {
        // 16 blocks per native call; most samples need one or two.
        this.words = philoxWords({ key: this.key, counter: this.counter }, 64);
        this.counter = getNative().philoxSkip(this.counter, 16);
        this.block = 0;
      }
      const w = this.words.subarray(this.block * 4, this.block * 4 + 4);
      this.block++;
      this.pair = [toDouble01(w[0], w[1]), toDouble01(w[2], w[3])];
      this.remaining = 2;
    }
    return this.pair[--this.remaining];
  }
}

/** 52 random mantissa bits as a double in [0, 1): (x0 & 0xfffff) is the high part. */
const toDouble01 = (x0: number, x1: number): number => ((x0 & 0xfffff) * 4294967296 + x1) / 4503599627370496;

function inversion(count: number, prob: number, u: UniformDoubles): number {
  let geomSum = 0;
  let numGeom = 0;
  for (;;) {
    const geom = Math.ceil(Math.log(u.next()) / Math.log1p(-prob));
    geomSum += geom;
    if (geomSum > count) return numGeom;
    ++numGeom;
  }
}

const TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];

function stirlingTail(k: number): number {
  if (k <= 9) return TAIL[Math.trunc(k)];
  const kp1sq = (k + 1) * (k + 1);
  return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1);
}

/** Hormann's transformed rejection (BTRS), with TF's log of v. */
function btrs(count: number, prob: number, gen: UniformDoubles): number {
  const stddev = Math.sqrt(count * prob * (1 - prob));
  const b = 1.15 + 2.53 * stddev;
  const a = -0.0873 + 0.0248 * b + 0.01 * prob;
  const c = count * prob + 0.5;
  const vR = 0.92 - 4.2 / b;
  const r = prob / (1 - prob);
  const alpha = (2.83 + 5.1 / b) * stddev;
  const m = Math.floor((count + 1) * prob);
  for (;;) {
    let u = gen.next();
    let v = gen.next();
    u = u - 0.5;
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (us >= 0.07 && v <= vR) return k;
    if (k < 0 || k > count) continue;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    const upperbound =
      (m + 0.5) * Math.log((m + 1) / (r * (count - m + 1))) +
      (count + 1) * Math.log((count - m + 1) / (count - k + 1)) +
      (k + 0.5) * Math.log((r * (count - k + 1)) / (k + 1)) +
      stirlingTail(m) + stirlingTail(count - m) - stirlingTail(k) - stirlingTail(count - k);
    if (v <= upperbound) return k;
  }
}

/** Arithmetic in the parameters' dtype T (float32 rounds each step). */
const inT = (dtype: DType) => (x: number): number => (dtype === dtypes.float64 ? x : Math.fround(x));

export interface BinomialPlan {
  shape: number[];
  numBatches: number;
  samplesPerBatch: number;
  counts: number[];
  probs: number[];
  paramDtype: DType;
}

/** The kernels' argument checks: broadcastable counts/probs whose shape ends `shape`. */
export function planBinomial(opName: string, errName: string | null, shape: number[], countsArg: PyValue, probsArg: PyValue): BinomialPlan {
  const probs = toTensor(probsArg, null, dtypes.float32);
  const counts = toTensor(countsArg, null, probs.dtype);
  const bshape = broadcastShape(counts.shape, probs.shape);
  if (bshape === null) {
    throw kernelError(opName, `counts and probs must have compatible batch dimensions: ${shapeDebug(counts.shape)} vs. ${shapeDebug(probs.shape)}`, errName);
  }
  for (const d of shape) if (d < 0) throw kernelError(opName, `Dimension ${d} must be >= 0`, errName);
  const tail = shape.slice(shape.length - bshape.length);
  if (bshape.length > shape.length || tail.some((d, i) => d !== bshape[i])) {
    throw kernelError(opName, 'Shape passed in must end with broadcasted shape.', errName);
  }
  const flat = (t: Tensor) => Array.from(api.broadcastTo(api.cast(t, probs.dtype), bshape).values() as ArrayLike<number>, Number);
  return {
    shape,
    numBatches: numElements(bshape),
    samplesPerBatch: numElements(shape.slice(0, shape.length - bshape.length)),
    counts: flat(counts),
    probs: flat(probs),
    paramDtype: probs.dtype,
  };
}

function broadcastShape(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** StatefulRandomBinomial's state advance, in outputs of 256 blocks. */
export const binomialReservation = (plan: BinomialPlan): bigint =>
  (BigInt(plan.numBatches) * 2n * 100n * BigInt(plan.samplesPerBatch + 3)) / 4n;

export function sampleBinomial(plan: BinomialPlan, outDtype: DType, stream: PhiloxStream): Tensor {
  const { numBatches, samplesPerBatch } = plan;
  const t = inT(plan.paramDtype);
  const out = new Float64Array(numBatches * samplesPerBatch);
  const N = getNative();
  const gen = (skip: number) => new UniformDoubles(stream.key, N.philoxSkip(stream.counter, BigInt(skip)));
  for (let o = 0; o < out.length; o++) {
    const batch = Math.floor(o / samplesPerBatch);
    const sample = o % samplesPerBatch;
    const count = plan.counts[batch];
    const prob = plan.probs[batch];
    let x: number;
    if (count <= 0 || prob <= 0) x = 0;
    else if (prob >= 1) x = count;
    else if (prob <= 0.5) x = t(count * prob) >= 10 ? btrs(count, prob, gen(256 * o)) : inversion(count, prob, gen(42 * o));
    else if (prob > 0.5) {
      const q = t(1 - prob);
      x = count - (t(count * q) >= 10 ? btrs(count, q, gen(256 * o)) : inversion(count, q, gen(42 * o)));
    } else x = NaN;
    out[sample * numBatches + batch] = x;
  }
  const values = outDtype === dtypes.int64 ? Array.from(out, (v) => BigInt(Number.isNaN(v) ? 0 : Math.trunc(v))) : Array.from(out);
  return tensorFromValues(values as number[] | bigint[], plan.shape, outDtype, currentDevice());
}
