// TF's counter-based random draws (the StatelessRandom*V2 kernels, which tf.random.stateless_* and
// tf.random.Generator both call): the same Philox kernels as the stateful ops, reading from an
// explicit key and counter instead of a kernel's GuardedPhiloxRandom. Facts (TF 2.21):
//  - a [2] seed becomes key and counter by GenerateKey / StatelessRandomGetKeyCounter: the first
//    Philox block for counter = [uint64(seed0), uint64(seed1)] under key 0x02461E29_3EC8F720 gives
//    key = words 0..1 and counter = [0, words 2..3];
//  - a Generator's state [c0, c1, k] (int64s bitcast to uint64) is counter [c0, c1] and key k, used
//    unscrambled; each draw first moves the state on by 256 blocks per element (RngReadAndSkip);
//  - full-range integers are the raw words: one per int32/uint32, two (low word first) per 64-bit.
import { getNative } from '../native/binding.js';
import type { DType } from '../dtypes.js';
import { Tensor, numElements, tensorFromValues } from '../tensor.js';
import { currentDevice } from '../device.js';
import type { PhiloxStream } from '../random-state.js';
import { runOp } from './registry.js';
import { kernelError } from './shape-errors.js';
import * as Rand from './random.js';

export type StatelessKind = 'normal' | 'uniform' | 'truncated_normal' | 'uniform_int' | 'uniform_full_int' | 'shuffle';

/** The V2 kernel each kind runs as, for error messages. */
export const statelessOpName: Record<StatelessKind, string> = {
  normal: 'StatelessRandomNormalV2',
  uniform: 'StatelessRandomUniformV2',
  truncated_normal: 'StatelessTruncatedNormalV2',
  uniform_int: 'StatelessRandomUniformIntV2',
  uniform_full_int: 'StatelessRandomUniformFullIntV2',
  shuffle: 'StatelessShuffle',
};

const LOW32 = 0xffffffffn;
const splitU64 = (x: bigint): [number, number] => {
  const u = BigInt.asUintN(64, x);
  return [Number(u & LOW32), Number(u >> 32n)];
};

/** Raw Philox words of a stream, in output order. */
export function philoxWords(stream: PhiloxStream, count: number): Uint32Array {
  const N = getNative();
  return new Uint32Array(N.toBytes(N.philoxBits(count, stream.key[0], stream.key[1], stream.counter)));
}

/** GenerateKey: the key and counter a [seed0, seed1] seed scrambles into. */
export function scrambleSeed(seed0: bigint, seed1: bigint): PhiloxStream {
  const mix = philoxWords({ key: [0x3ec8f720, 0x02461e29], counter: [...splitU64(seed0), ...splitU64(seed1)] }, 4);
  return { key: [mix[0], mix[1]], counter: [0, 0, mix[2], mix[3]] };
}

/** A Generator state [counter0, counter1, key] as the stream it draws from. */
export function streamOfState(state: readonly bigint[]): PhiloxStream {
  return { key: splitU64(state[2]), counter: [...splitU64(state[0]), ...splitU64(state[1])] };
}

/**
 * The state after RngReadAndSkip(delta): the counter moved on by delta * 256 blocks (mod 2^64) the
 * way PhiloxRandom::Skip adds, whose carry out of the low word is lost when the count's high word
 * is 0xffffffff (a negative delta, e.g. a shape with -1, lands on that case).
 */
export function skipState(state: readonly bigint[], delta: bigint): bigint[] {
  const count = BigInt.asUintN(64, delta * 256n);
  const c = streamOfState(state).counter.slice();
  const lo = Number(count & LOW32);
  let hi = Number(count >> 32n);
  c[0] = (c[0] + lo) >>> 0;
  if (c[0] < lo) hi = (hi + 1) >>> 0;
  c[1] = (c[1] + hi) >>> 0;
  if (c[1] < hi) {
    c[2] = (c[2] + 1) >>> 0;
    if (c[2] === 0) c[3] = (c[3] + 1) >>> 0;
  }
  const join = (l: number, h: number) => BigInt.asIntN(64, (BigInt(h) << 32n) | BigInt(l));
  return [join(c[0], c[1]), join(c[2], c[3]), ...state.slice(2)];
}

/** The V2 kernels' shape check. */
export function checkShape(opName: string, shape: readonly number[]): void {
  for (const d of shape) {
    if (d < 0) throw kernelError(opName, `Dimension ${d} must be >= 0`);
  }
}

export interface IntBounds {
  minval: number | bigint;
  maxval: number | bigint;
}

/** One V2 kernel's raw draws (before mean/stddev or minval/maxval scaling of floats). */
export function statelessDraw(kind: StatelessKind, shape: number[], dtype: DType, stream: PhiloxStream, bounds?: IntBounds): Tensor {
  const { key, counter } = stream;
  switch (kind) {
    case 'normal':
      return runOp(Rand.RandomStandardNormal, [], { shape, dtype, key, counter });
    case 'uniform':
      return runOp(Rand.RandomUniform, [], { shape, dtype, key, counter });
    case 'truncated_normal':
      return runOp(Rand.TruncatedNormal, [], { shape, dtype, key, counter });
    case 'uniform_int':
      return runOp(Rand.RandomUniformInt, [], { shape, dtype, key, counter, minval: bounds!.minval, maxval: bounds!.maxval });
    case 'uniform_full_int': {
      const n = numElements(shape);
      const words = philoxWords(stream, dtype.is64Bit ? 2 * n : n);
      const values =
        dtype.name === 'int32' ? new Int32Array(words.buffer, 0, n)
        : dtype.name === 'uint32' ? words
        : dtype.name === 'int64' ? new BigInt64Array(words.buffer, 0, n)
        : new BigUint64Array(words.buffer, 0, n);
      return tensorFromValues(values, shape, dtype, currentDevice());
    }
    case 'shuffle':
      throw new Error('statelessDraw: shuffle has no elementwise draw');
  }
}
