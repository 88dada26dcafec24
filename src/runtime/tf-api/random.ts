// tf.random: normal, uniform, truncated_normal, shuffle, categorical and set_seed. Every function
// takes its Philox stream from random-state.ts exactly as TF's stateful kernel would, so seeded
// scripts print TF's values; shuffle and categorical reproduce TF's CPU kernels' use of the stream.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { getNative } from '../native/binding.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues, numElements } from '../tensor.js';
import { toOperandTensor, toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import { runOp, OpDef } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as Rand from '../ops/random.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { gather } from '../ops/shape-gather.js';
import { elementwiseReservation, getSeeds, PhiloxStream, reservePhilox, setGlobalSeed } from '../random-state.js';
import { checkShape } from '../ops/random-stateless.js';
import { addFunctions, dtypeArg, Fn, intArg, intList, submodule } from './shape-args.js';

const seedArg = (v: PyValue): number | bigint | null => (v === null ? null : (asIndex(v) as number | bigint));

/** One stateful Philox kernel call producing `count` elements (TF's PhiloxRandomOp family). */
function elementwiseStream(opName: string, dtype: DType, seed: PyValue, shape: number[]) {
  const seeds = getSeeds(seedArg(seed)); // drawn in Python before the kernel checks the shape
  checkShape(opName, shape);
  return reservePhilox(seeds, `${opName}|${dtype.name}`, elementwiseReservation(numElements(shape)));
}

/** Raw draws of a float random op (normal, uniform in [0, 1), truncated normal). */
export function randomFloats(op: OpDef<Rand.RandomAttrs>, shape: number[], dtype: DType, seed: PyValue): Tensor {
  const { key, counter } = elementwiseStream(op.name, dtype, seed, shape);
  return runOp(op, [], { shape, dtype, key, counter });
}

/** Integers uniform in [lo, hi) (TF's RandomUniformInt). */
export function randomInts(shape: number[], dtype: DType, lo: number | bigint, hi: number | bigint, seed: PyValue): Tensor {
  const { key, counter } = elementwiseStream('RandomUniformInt', dtype, seed, shape);
  return runOp(Rand.RandomUniformInt, [], { shape, dtype, minval: lo, maxval: hi, key, counter });
}

/** `count` uint32 words of a stream, in the order TF's SingleSampleAdapter hands them out. */
function streamWords(stream: PhiloxStream, count: number): Uint32Array {
  return new Uint32Array(getNative().toBytes(getNative().philoxBits(count, stream.key[0], stream.key[1], stream.counter)));
}

const scaleShift = (raw: Tensor, scale: PyValue, shift: PyValue): Tensor =>
  api.add(api.mul(raw, toTensor(scale, raw.dtype)), toTensor(shift, raw.dtype));

const P = {
  normal: pyParams('normal', ['shape', 'mean', 'stddev', 'dtype', 'seed', 'name'], { mean: new PyFloat(0), stddev: new PyFloat(1), dtype: dtypes.float32, seed: null, name: null }),
  truncated: pyParams('truncated_normal', ['shape', 'mean', 'stddev', 'dtype', 'seed', 'name'], { mean: new PyFloat(0), stddev: new PyFloat(1), dtype: dtypes.float32, seed: null, name: null }),
  uniform: pyParams('uniform', ['shape', 'minval', 'maxval', 'dtype', 'seed', 'name'], { minval: 0, maxval: null, dtype: dtypes.float32, seed: null, name: null }),
  shuffle: pyParams('shuffle', ['value', 'seed', 'name'], { seed: null, name: null }),
  categorical: pyParams('categorical', ['logits', 'num_samples', 'dtype', 'seed', 'name'], { dtype: null, seed: null, name: null }),
  setSeed: pyParams('set_seed', ['seed'], {}),
};

/** normal / truncated_normal's dtype. TF first converts mean and stddev to it (the default 0.0
 *  and 1.0 refuse an integer dtype with TF's TypeError), then its op refuses any dtype but a float. */
const floatDtype = (p: Record<string, PyValue>, op: 'RandomStandardNormal' | 'TruncatedNormal'): DType => {
  const d = dtypeArg(p.dtype, dtypes.float32)!;
  if (d.isFloating) return d;
  for (const v of [p.mean, p.stddev]) toOperandTensor(v, d, true);
  throw opError(
    op,
    `Value for attr 'dtype' of ${cppDtypeName(d)} is not in the list of allowed values: half, bfloat16, float, double\n\t; NodeDef: {{node ${op}}}; ` +
      `Op<name=${op}; signature=shape:T -> output:dtype; attr=seed:int,default=0; attr=seed2:int,default=0; attr=dtype:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]; attr=T:type,allowed=[DT_INT32, DT_INT64]; is_stateful=true>`,
  );
};

// random_uniform's own check, before any conversion.
const UNIFORM_DTYPES = ['float16', 'bfloat16', 'float32', 'float64', 'int32', 'int64'];

function uniform(p: Record<string, PyValue>): Tensor {
  const shape = intList(p.shape);
  const dtype = dtypeArg(p.dtype, dtypes.float32)!;
  if (!UNIFORM_DTYPES.includes(dtype.name)) {
    throw valueError(`Argument \`dtype\` got invalid value <dtype: '${dtype.name}'>. Accepted dtypes are (${UNIFORM_DTYPES.map((n) => `tf.${n}`).join(', ')}).`);
  }
  if (!dtype.isFloating) {
    if (p.maxval === null) throw valueError(`Must specify maxval for integer dtype ${dtype.name}`);
    return randomInts(shape, dtype, asIndex(p.minval), asIndex(p.maxval), p.seed);
  }
  const raw = randomFloats(Rand.RandomUniform, shape, dtype, p.seed);
  const lo = toTensor(p.minval, dtype);
  const hi = p.maxval === null ? toTensor(1, dtype) : toTensor(p.maxval, dtype);
  return api.add(api.mul(raw, api.sub(hi, lo)), lo);
}

/**
 * TF's RandomShuffle: reserves ceil((n-1)/4) blocks, then for i in [0, n-1) swaps row i with row
 * i + word % (n - i), one 32-bit word per step.
 */
function shuffle(p: Record<string, PyValue>): Tensor {
  const value = toTensor(p.value);
  const n = value.rank === 0 ? 0 : value.shape[0];
  const stream = reservePhilox(getSeeds(seedArg(p.seed)), `RandomShuffle|${value.dtype.name}`, BigInt(Math.ceil(Math.max(n - 1, 0) / 4)));
  return shuffleRows(value, stream);
}

/** The shuffle itself (RandomShuffle and StatelessShuffle), reading `stream`'s words. */
export function shuffleRows(value: Tensor, stream: PhiloxStream): Tensor {
  const n = value.rank === 0 ? 0 : value.shape[0];
  if (value.size <= 1 || n <= 1) return value;
  const words = streamWords(stream, n - 1);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n - 1; i++) {
    const j = i + (words[i] % (n - i));
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }
  return gather(value, { values: Int32Array.from(perm), shape: [n] }, 0, 0);
}

/**
 * TF's Multinomial CPU kernel: per row, an unnormalised CDF of exp(logit - max) over the finite
 * logits (in float64), then per sample RandDouble() * total located by upper_bound. RandDouble
 * takes two words (20 + 32 mantissa bits). Rows read one continuous stream, as TF's kernel does
 * when it runs as one shard (the batches tutorials use; TF splits very large ones across threads).
 */
function categorical(p: Record<string, PyValue>): Tensor {
  const logits = toTensor(p.logits);
  const outDtype = p.dtype === null ? dtypes.int64 : dtypeArg(p.dtype, dtypes.int64)!;
  return sampleCategorical(logits, intArg(p.num_samples), outDtype, 'Multinomial', '', (rows, numSamples) => {
    const ceil4 = Math.ceil(numSamples / 4) * 4 * 2;
    return reservePhilox(getSeeds(seedArg(p.seed)), `Multinomial|${logits.dtype.name}|${outDtype.name}`, BigInt(rows * ceil4) * 256n);
  });
}

/** The Multinomial kernels' checks and sampling (stateful and StatelessMultinomial), `stream`
 *  giving the Philox stream once the arguments are valid. `errName`: kernelError's name suffix. */
export function sampleCategorical(
  logits: Tensor, numSamples: number, outDtype: DType, opName: string, errName: string | null,
  stream: (rows: number, numSamples: number) => PhiloxStream,
): Tensor {
  if (logits.rank !== 2) {
    throw kernelError(opName, `logits should be a matrix, got shape [${logits.shape.join(',')}]`, errName);
  }
  const [rows, classes] = logits.shape;
  if (classes === 0) throw kernelError(opName, `num_classes should be positive, got 0`, errName);
  if (numSamples < 0) throw kernelError(opName, `num_samples should be nonnegative, got ${numSamples}`, errName);
  const philox = stream(rows, numSamples);
  const out = new Array<number>(rows * numSamples);
  if (out.length > 0) {
    const words = streamWords(philox, 2 * rows * numSamples);
    const values = Array.from(logits.values() as ArrayLike<number>, Number);
    const cdf = new Float64Array(classes);
    let w = 0;
    for (let r = 0; r < rows; r++) {
      const row = values.slice(r * classes, (r + 1) * classes);
      let max = -Infinity;
      for (const v of row) if (Number.isFinite(v) && v > max) max = v;
      if (max === -Infinity) max = -Number.MAX_VALUE; // numeric_limits<T>::lowest() when none is finite
      let total = 0;
      for (let j = 0; j < classes; j++) {
        if (Number.isFinite(row[j])) total += Math.exp(row[j] - max);
        cdf[j] = total;
      }
      for (let s = 0; s < numSamples; s++) {
        const hi = words[w++] & 0xfffff;
        const lo = words[w++];
        const toFind = ((hi * 4294967296 + lo) / 4503599627370496) * total;
        let a = 0;
        let b = classes;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (cdf[mid] > toFind) b = mid;
          else a = mid + 1;
        }
        out[r * numSamples + s] = a;
      }
    }
  }
  return tensorFromValues(outDtype.name === 'int64' ? out.map(BigInt) : out, [rows, numSamples], outDtype, currentDevice());
}

export function installRandomApi(tf: PyModule): void {
  const fns: Record<string, Fn> = {
    normal: (a, k) => {
      const p = P.normal(a, k);
      return scaleShift(randomFloats(Rand.RandomStandardNormal, intList(p.shape), floatDtype(p, 'RandomStandardNormal'), p.seed), p.stddev, p.mean);
    },
    truncated_normal: (a, k) => {
      const p = P.truncated(a, k);
      return scaleShift(randomFloats(Rand.TruncatedNormal, intList(p.shape), floatDtype(p, 'TruncatedNormal'), p.seed), p.stddev, p.mean);
    },
    uniform: (a, k) => uniform(P.uniform(a, k)),
    shuffle: (a, k) => shuffle(P.shuffle(a, k)),
    categorical: (a, k) => categorical(P.categorical(a, k)),
    set_seed: (a, k) => {
      setGlobalSeed(seedArg(P.setSeed(a, k).seed));
      return null;
    },
  };
  addFunctions(submodule(tf, 'random', 'tensorflow._api.v2.random'), fns);
}
