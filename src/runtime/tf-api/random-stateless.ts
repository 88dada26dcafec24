// tf.random.stateless_* (normal, uniform, truncated_normal, categorical) and split / fold_in
// (also as tf.random.experimental.stateless_split / stateless_fold_in), as TF 2.21's
// stateless_random_ops.py builds them: the seed becomes a Philox key and counter
// (random_ops_util.get_key_counter_alg), then one StatelessRandom*V2 kernel draws.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { getAttr } from '../../interpreter/ops/attr.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, numElements } from '../tensor.js';
import { toTensor } from '../convert.js';
import { tfErrorTypes } from '../errors.js';
import * as api from '../ops/api.js';
import { stack } from '../ops/shape-layout.js';
import { kernelError } from '../ops/shape-errors.js';
import { cppDtypeName, shapeDebug } from '../ops/dtype-text.js';
import type { PhiloxStream } from '../random-state.js';
import { checkShape, scrambleSeed, statelessDraw, StatelessKind, statelessOpName } from '../ops/random-stateless.js';
import { dtypeStr } from '../printing/index.js';
import { sampleCategorical, shuffleRows } from './random.js';
import { planBinomial, sampleBinomial } from './random-binomial.js';
import { addFunctions, dtypeArg, Fn, intArg, intList, submodule } from './shape-args.js';

export const ALG_PHILOX = 1;
export const ALG_THREEFRY = 2;
export const ALG_AUTO_SELECT = 3;

/** unsupported_alg_error_msg: the supported values written the way `alg` was given. */
export function unsupportedAlg(alg: PyValue): PyBaseException {
  const [p, t, a] = typeof alg === 'string' ? ['philox', 'threefry', 'auto_select'] : ['1', '2', '3'];
  return valueError(
    `Argument \`alg\` got unsupported value ${str(alg)}. Supported values are ${p} for the Philox algorithm, ` +
      `${t} for the ThreeFry algorithm, and ${a} for auto-selection.`,
  );
}

/** convert_alg_to_int: ints (unchecked), tf.random.Algorithm members, scalar tensors, names. */
export function convertAlgToInt(alg: PyValue): number {
  if (typeof alg === 'number' || typeof alg === 'boolean') return Number(alg);
  if (typeof alg === 'bigint') return Number(alg);
  if (typeof alg === 'string') {
    const canon = alg.trim().toLowerCase().replace(/[-_]/g, '');
    const named: Record<string, number> = { philox: ALG_PHILOX, threefry: ALG_THREEFRY, autoselect: ALG_AUTO_SELECT };
    if (!(canon in named)) throw unsupportedAlg(alg);
    return named[canon];
  }
  if (alg instanceof Tensor) return Number(alg.values()[0]);
  if (alg !== null && typeOf(alg).name === 'Algorithm') return Number(getAttr(alg, 'value'));
  throw typeError(`Can't convert argument \`alg\` (of value ${str(alg)} and type ${repr(typeOf(alg))}) to int.`);
}

/** convert_alg_to_int, then the check _get_key_counter makes. None means auto_select. */
export function algorithmArg(alg: PyValue): number {
  if (alg === null) return ALG_AUTO_SELECT;
  const n = convertAlgToInt(alg);
  if (n !== ALG_PHILOX && n !== ALG_THREEFRY && n !== ALG_AUTO_SELECT) throw unsupportedAlg(alg);
  return n;
}

const KEY_COUNTER_OP = 'StatelessRandomGetKeyCounter';
const KEY_COUNTER_DEF =
  'Op<name=StatelessRandomGetKeyCounter; signature=seed:Tseed -> key:uint64, counter:uint64; ' +
  'attr=Tseed:type,default=DT_INT64,allowed=[DT_INT32, DT_INT64]>';

/** A seed given as a Python list/tuple goes through TF's slow execution path, whose errors carry
 *  no ` name: ` suffix; a tensor or a number gets ` name: `. */
export const seedErrName = (seed: PyValue): string | null => (seed instanceof PyList || seed instanceof PyTuple ? null : '');

/** The seed as a tensor with TF's checks: int32/int64, shape [2]. */
export function seedTensor(seed: PyValue, opName: string, nodeDef: string, errName: string | null): Tensor {
  const t = toTensor(seed);
  if (t.dtype !== dtypes.int32 && t.dtype !== dtypes.int64) {
    const suffix = errName === null ? '' : ` name: ${errName}`;
    throw new PyBaseException(tfErrorTypes.InvalidArgumentError, [
      `Value for attr 'Tseed' of ${cppDtypeName(t.dtype)} is not in the list of allowed values: int32, int64\n\t; ` +
        `NodeDef: {{node ${opName}}}; ${nodeDef} [Op:${opName}]${suffix}`,
    ]);
  }
  if (t.rank !== 1 || t.shape[0] !== 2) {
    throw kernelError(opName, `seed must have shape [2], not ${shapeDebug(t.shape)}`, errName);
  }
  return t;
}

const seedPair = (t: Tensor): [bigint, bigint] => {
  const v = t.values() as ArrayLike<number | bigint>;
  return [BigInt(v[0]), BigInt(v[1])];
};

/** get_key_counter_alg(seed, alg) for the V2 kernel `kind`: the Philox stream to read. */
export function keyCounter(seed: PyValue, alg: PyValue, kind: StatelessKind): PhiloxStream {
  const a = algorithmArg(alg);
  if (a === ALG_THREEFRY) {
    // CPU kernels run Philox only; a ThreeFry counter is one uint64, which they refuse.
    throw kernelError(statelessOpName[kind], 'counter must be a vector with length at least 2; got shape: [1]. (Note that batched counters are not supported yet.)');
  }
  const t = seedTensor(seed, KEY_COUNTER_OP, KEY_COUNTER_DEF, seedErrName(seed));
  return scrambleSeed(...seedPair(t));
}

const ACCEPTED_UNIFORM = ['float16', 'bfloat16', 'float32', 'float64', 'int32', 'int64', 'uint32', 'uint64'];
const tuplesOf = (names: string[]) => `(${names.map((n) => `tf.${n}`).join(', ')})`;

/** A float dtype's mean/stddev conversion: TF refuses a Python float for an integer dtype. */
export function floatParam(v: PyValue, dtype: DType): Tensor {
  if (!dtype.isFloating && v instanceof PyFloat) throw typeError(`Cannot convert ${repr(v)} to EagerTensor of dtype ${dtype.name}`);
  return toTensor(v, dtype);
}

function normalLike(kind: 'normal' | 'truncated_normal', p: Record<string, PyValue>): Tensor {
  const shape = intList(p.shape);
  const dtype = dtypeArg(p.dtype, dtypes.float32);
  const mean = floatParam(p.mean, dtype);
  const stddev = floatParam(p.stddev, dtype);
  const stream = keyCounter(p.seed, p.alg, kind);
  checkShape(statelessOpName[kind], shape);
  return api.add(api.mul(statelessDraw(kind, shape, dtype, stream), stddev), mean);
}

/** The StatelessRandomUniformIntV2 kernel's bound checks (skipped for empty outputs, as TF does). */
export function intBounds(opName: string, shape: number[], lo: Tensor, hi: Tensor): { minval: number | bigint; maxval: number | bigint } {
  const minval = lo.size > 0 ? (lo.values()[0] as number | bigint) : 0;
  const maxval = hi.size > 0 ? (hi.values()[0] as number | bigint) : 0;
  if (numElements(shape) === 0) return { minval: 0, maxval: 1 };
  if (lo.rank !== 0) throw kernelError(opName, `minval must be 0-D, got shape ${shapeDebug(lo.shape)}`);
  if (hi.rank !== 0) throw kernelError(opName, `maxval must be 0-D, got shape ${shapeDebug(hi.shape)}`);
  if (!(minval < maxval)) throw kernelError(opName, `Need minval < maxval, got ${minval} >= ${maxval}`);
  return { minval, maxval };
}

/** stateless_random_uniform's argument rules (shared with Generator.uniform's integer checks). */
export function statelessUniform(p: Record<string, PyValue>): Tensor {
  const dtype = dtypeArg(p.dtype, dtypes.float32);
  if (!ACCEPTED_UNIFORM.includes(dtype.name)) {
    throw valueError(`Argument \`dtype\` got invalid value ${dtypeStr(dtype.name)}. Accepted dtypes are ${tuplesOf(ACCEPTED_UNIFORM)}.`);
  }
  let { minval, maxval } = p;
  if (dtype.isInteger) {
    if ((minval === null) !== (maxval === null)) {
      throw valueError(
        `For integer \`dtype\` argument ${dtypeStr(dtype.name)}, argument \`minval\` and \`maxval\` must be both None or not None. ` +
          `Got \`minval\`=${str(minval)} and \`maxval\`=${str(maxval)}.`,
      );
    }
    if (minval !== null && dtype.isUnsigned) {
      throw valueError(`Argument \`dtype\` got invalid value ${dtypeStr(dtype.name)} when argument \`minval\` is not None. Please don't use unsigned integers in this case.`);
    }
  } else if (maxval === null) {
    maxval = 1;
  }
  const shape = intList(p.shape);
  if (dtype.isInteger && minval === null) {
    const stream = keyCounter(p.seed, p.alg, 'uniform_full_int');
    checkShape(statelessOpName.uniform_full_int, shape);
    return statelessDraw('uniform_full_int', shape, dtype, stream);
  }
  const lo = toTensor(minval, dtype);
  const hi = toTensor(maxval, dtype);
  if (dtype.isInteger) {
    const stream = keyCounter(p.seed, p.alg, 'uniform_int');
    checkShape(statelessOpName.uniform_int, shape);
    return statelessDraw('uniform_int', shape, dtype, stream, intBounds(statelessOpName.uniform_int, shape, lo, hi));
  }
  const stream = keyCounter(p.seed, p.alg, 'uniform');
  checkShape(statelessOpName.uniform, shape);
  return api.add(api.mul(statelessDraw('uniform', shape, dtype, stream), api.sub(hi, lo)), lo);
}

const MULTINOMIAL_DEF =
  'Op<name=StatelessMultinomial; signature=logits:T, num_samples:int32, seed:Tseed -> output:output_dtype; ' +
  'attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64]; ' +
  'attr=Tseed:type,default=DT_INT64,allowed=[DT_INT32, DT_INT64]; attr=output_dtype:type,default=DT_INT64,allowed=[DT_INT32, DT_INT64]>';

function statelessCategorical(p: Record<string, PyValue>): Tensor {
  const logits = toTensor(p.logits);
  const dtype = dtypeArg(p.dtype, dtypes.int64);
  if (dtype !== dtypes.int32 && dtype !== dtypes.int64) {
    throw valueError(`Argument \`dtype\` got invalid value ${dtypeStr(dtype.name)}. Accepted dtypes are ${tuplesOf(['int32', 'int64'])}.`);
  }
  const op = 'StatelessMultinomial';
  const errName = seedErrName(p.seed);
  const seed = seedTensor(p.seed, op, MULTINOMIAL_DEF, errName);
  const stream = scrambleSeed(...seedPair(seed));
  return sampleCategorical(logits, intArg(p.num_samples), dtype, op, errName, () => stream);
}

const BINOMIAL_DEF =
  'Op<name=StatelessRandomBinomial; signature=shape:S, seed:Tseed, counts:T, probs:T -> output:dtype; attr=S:type,allowed=[DT_INT32, DT_INT64]; ' +
  'attr=Tseed:type,default=DT_INT64,allowed=[DT_INT32, DT_INT64]; attr=T:type,default=DT_DOUBLE,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64]; ' +
  'attr=dtype:type,default=DT_INT64,allowed=[DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64]>';

/** StatelessRandomBinomial: the seed's GenerateKey stream, then TF's binomial sampler. */
function statelessBinomial(p: Record<string, PyValue>): Tensor {
  const shape = intList(p.shape);
  const op = 'StatelessRandomBinomial';
  const errName = seedErrName(p.seed);
  const seed = seedTensor(p.seed, op, BINOMIAL_DEF, errName);
  const plan = planBinomial(op, errName, shape, p.counts, p.probs);
  return sampleBinomial(plan, dtypeArg(p.output_dtype, dtypes.int32), scrambleSeed(...seedPair(seed)));
}

const P = {
  binomial: pyParams('stateless_random_binomial', ['shape', 'seed', 'counts', 'probs', 'output_dtype', 'name'], { output_dtype: dtypes.int32, name: null }),
  normal: pyParams('stateless_random_normal', ['shape', 'seed', 'mean', 'stddev', 'dtype', 'name', 'alg'], { mean: new PyFloat(0), stddev: new PyFloat(1), dtype: dtypes.float32, name: null, alg: 'auto_select' }),
  truncated: pyParams('stateless_truncated_normal', ['shape', 'seed', 'mean', 'stddev', 'dtype', 'name', 'alg'], { mean: new PyFloat(0), stddev: new PyFloat(1), dtype: dtypes.float32, name: null, alg: 'auto_select' }),
  uniform: pyParams('stateless_random_uniform', ['shape', 'seed', 'minval', 'maxval', 'dtype', 'name', 'alg'], { minval: 0, maxval: null, dtype: dtypes.float32, name: null, alg: 'auto_select' }),
  categorical: pyParams('stateless_categorical', ['logits', 'num_samples', 'seed', 'dtype', 'name'], { dtype: dtypes.int64, name: null }),
  shuffle: pyParams('stateless_shuffle', ['value', 'seed', 'alg', 'name'], { alg: 'auto_select', name: null }),
  split: pyParams('split', ['seed', 'num', 'alg'], { num: 2, alg: 'auto_select' }),
  foldIn: pyParams('fold_in', ['seed', 'data', 'alg'], { alg: 'auto_select' }),
};

/** split: `num` new seeds, full-range integers of the seed's dtype. */
function split(p: Record<string, PyValue>): Tensor {
  const seed = toTensor(p.seed);
  return statelessUniform({ shape: new PyList([p.num, 2]), seed, minval: null, maxval: null, dtype: seed.dtype, alg: p.alg });
}

/** fold_in: [one full-range integer of data's dtype, data]. */
function foldIn(p: Record<string, PyValue>): Tensor {
  const data = toTensor(p.data);
  const seed1 = statelessUniform({ shape: new PyList([]), seed: p.seed, minval: null, maxval: null, dtype: data.dtype, alg: p.alg });
  return stack([seed1, data], 0);
}

export function installStatelessRandomApi(tf: PyModule): void {
  const random = submodule(tf, 'random', 'tensorflow._api.v2.random');
  const experimental = submodule(random as unknown as PyModule, 'experimental', 'tensorflow._api.v2.random.experimental');
  const splitFn: Fn = (a, k) => split(P.split(a, k));
  const foldInFn: Fn = (a, k) => foldIn(P.foldIn(a, k));
  addFunctions(random, {
    stateless_normal: (a, k) => normalLike('normal', P.normal(a, k)),
    stateless_truncated_normal: (a, k) => normalLike('truncated_normal', P.truncated(a, k)),
    stateless_uniform: (a, k) => statelessUniform(P.uniform(a, k)),
    stateless_categorical: (a, k) => statelessCategorical(P.categorical(a, k)),
    stateless_binomial: (a, k) => statelessBinomial(P.binomial(a, k)),
    split: splitFn,
    fold_in: foldInFn,
  });
  addFunctions(experimental, {
    stateless_split: splitFn,
    stateless_fold_in: foldInFn,
    stateless_shuffle: (a, k) => {
      const p = P.shuffle(a, k);
      const stream = keyCounter(p.seed, p.alg, 'shuffle');
      return shuffleRows(toTensor(p.value), stream);
    },
  });
}
