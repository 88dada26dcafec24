// tf.random.Generator (also tf.random.experimental.Generator), get/set_global_generator,
// create_rng_state and tf.random.Algorithm, written in Python as TF's stateful_random_ops.py is,
// so seeds given as Python ints of any size, nested lists and tensors become states by the same
// rules. The state lives in a tf.Variable [counter0, counter1, key] (int64); each draw reads it,
// moves its counter on by 256 blocks per element (RngReadAndSkip) and runs the stateless V2 kernel
// on the old key/counter (ops/random-stateless.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyBaseException, pyExc } from '../../interpreter/objects/exceptions.js';
import { builtinFunction } from '../../interpreter/builtins/define.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';
import { DType, dtypes } from '../dtypes.js';
import { kernelError } from '../ops/shape-errors.js';
import { binomialReservation, planBinomial, sampleBinomial } from './random-binomial.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { CPU_DEVICE, currentDevice } from '../device.js';
import { noKernelError, tfErrorTypes } from '../errors.js';
import { Variable, variableType } from '../variable.js';
import { checkShape, skipState, statelessDraw, StatelessKind, statelessOpName, streamOfState } from '../ops/random-stateless.js';
import { ALG_AUTO_SELECT, ALG_PHILOX, ALG_THREEFRY, convertAlgToInt, floatParam, intBounds } from './random-stateless.js';
import { dtypeArg, intList, submodule } from './shape-args.js';

const generatorSource = String.raw`
class Algorithm:
    # tf.random.Algorithm's members: their repr and str are the enum's.
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "<Algorithm.%s: %d>" % (self.name, self.value)

    def __str__(self):
        return "Algorithm.%s" % self.name


Algorithm.PHILOX = Algorithm("PHILOX", 1)
Algorithm.THREEFRY = Algorithm("THREEFRY", 2)
Algorithm.AUTO_SELECT = Algorithm("AUTO_SELECT", 3)
Algorithm.__module__ = "tensorflow.python.ops.random_ops_util"

_MAX_INT64 = 2 ** 63 - 1


def _uint_to_int(n):
    if isinstance(n, int) and n > _MAX_INT64:
        n = n - 2 ** 64
    return n


def _map_uint_to_int(s):
    # nest.map_structure over lists and tuples
    if isinstance(s, (list, tuple)):
        return type(s)(_map_uint_to_int(x) for x in s)
    return _uint_to_int(s)


def _convert_to_state_tensor(t):
    return _tf.cast(_map_uint_to_int(t), _tf.int64)


def _make_1d_state(state_size, seed):
    if isinstance(seed, int):
        ls = []
        for _ in range(state_size):
            ls.append(seed & 0xFFFFFFFFFFFFFFFF)
            seed >>= 64
        seed = ls
    seed = _convert_to_state_tensor(seed)
    seed = _tf.reshape(seed, [-1])[0:state_size]
    n = seed.shape[0]
    if n < state_size:
        seed = _tf.concat([_tf.zeros([state_size - n], _tf.int64), seed], 0)
    return seed


def _check_state_shape(shape, alg):
    size = _state_size(alg)
    if tuple(shape) != (size,):
        raise ValueError("Shapes %s and %s are incompatible" % (shape, [size]))


def create_rng_state(seed, alg):
    alg = _convert_alg(alg)
    return _make_1d_state(_state_size(alg), seed)


def _new_state_var(initial):
    return _Variable(initial, dtype=_tf.int64, trainable=False, name="StateVar")


class Generator:
    @classmethod
    def from_state(cls, state, alg):
        return cls(alg=alg, state=state)

    @classmethod
    def from_seed(cls, seed, alg=None):
        if alg is None:
            alg = 1
        alg = _convert_alg(alg)
        state = create_rng_state(seed, alg)
        return cls(state=state, alg=alg)

    @classmethod
    def from_non_deterministic_state(cls, alg=None):
        if alg is None:
            alg = 1
        alg = _convert_alg(alg)
        return cls(state=_non_deterministic_ints(_state_size(alg)), alg=alg)

    @classmethod
    def from_key_counter(cls, key, counter, alg):
        counter = _convert_to_state_tensor(counter)
        key = _convert_to_state_tensor(key)
        alg = _convert_alg(alg)
        if tuple(counter.shape) != (_state_size(alg) - 1,):
            raise ValueError("Shapes %s and %s are incompatible" % (counter.shape, [_state_size(alg) - 1]))
        if tuple(key.shape) != ():
            raise ValueError("Shapes %s and %s are incompatible" % (key.shape, []))
        state = _tf.concat([counter, _tf.reshape(key, [1])], 0)
        return cls(state=state, alg=alg)

    def __init__(self, copy_from=None, state=None, alg=None):
        if copy_from is not None:
            assert (alg or state) is None
            self._state_var = _new_state_var(copy_from.state)
            self._alg = copy_from.algorithm
        else:
            assert alg is not None and state is not None
            alg = _convert_alg(alg)
            if isinstance(state, _Variable):
                _check_state_shape(state.shape, alg)
                self._state_var = state
            else:
                state = _convert_to_state_tensor(state)
                _check_state_shape(state.shape, alg)
                self._state_var = _new_state_var(state)
            self._alg = alg

    def reset(self, state):
        state = _convert_to_state_tensor(state)
        _check_state_shape(state.shape, self.algorithm)
        self._state_var.assign(state)

    def reset_from_seed(self, seed):
        self._state_var.assign(create_rng_state(seed, self.algorithm))

    def reset_from_key_counter(self, key, counter):
        counter = _convert_to_state_tensor(counter)
        key = _convert_to_state_tensor(key)
        self._state_var.assign(_tf.concat([counter, _tf.reshape(key, [1])], 0))

    @property
    def state(self):
        return self._state_var

    @property
    def algorithm(self):
        return self._alg

    @property
    def key(self):
        _state_size(self._alg)
        return self._state_var[-1]

    def skip(self, delta):
        return _read_and_skip(self._state_var, self._alg, delta)

    def normal(self, shape, mean=0.0, stddev=1.0, dtype=_tf.float32, name=None):
        mean = _param(mean, dtype)
        stddev = _param(stddev, dtype)
        rnd = _draw("normal", self._state_var, self._alg, shape, dtype)
        return _tf.math.add(rnd * stddev, mean)

    def truncated_normal(self, shape, mean=0.0, stddev=1.0, dtype=_tf.float32, name=None):
        mean = _param(mean, dtype)
        stddev = _param(stddev, dtype)
        rnd = _draw("truncated_normal", self._state_var, self._alg, shape, dtype)
        return _tf.math.add(rnd * stddev, mean)

    def uniform(self, shape, minval=0, maxval=None, dtype=_tf.float32, name=None):
        dtype = _tf.as_dtype(dtype)
        if dtype.is_integer:
            if (minval is None) != (maxval is None):
                raise ValueError(
                    "For integer dtype {}, minval and maxval must be both "
                    "\x60None\x60 or both non-\x60None\x60; got minval={} and "
                    "maxval={}".format(dtype, minval, maxval))
        elif maxval is None:
            maxval = 1
        if dtype.is_integer and minval is None:
            return _draw("uniform_full_int", self._state_var, self._alg, shape, dtype)
        if dtype.is_integer:
            return _draw("uniform_int", self._state_var, self._alg, shape, dtype, minval, maxval)
        minval = _tf.convert_to_tensor(minval, dtype=dtype)
        maxval = _tf.convert_to_tensor(maxval, dtype=dtype)
        rnd = _draw("uniform", self._state_var, self._alg, shape, dtype)
        return _tf.math.add(rnd * (maxval - minval), minval)

    def uniform_full_int(self, shape, dtype=_tf.uint64, name=None):
        return _draw("uniform_full_int", self._state_var, self._alg, shape, _tf.as_dtype(dtype))

    def binomial(self, shape, counts, probs, dtype=_tf.int32, name=None):
        dtype = _tf.as_dtype(dtype)
        counts = _tf.convert_to_tensor(counts)
        probs = _tf.convert_to_tensor(probs)
        return _binomial(self._state_var, self._alg, shape, counts, probs, dtype)

    def make_seeds(self, count=1):
        _state_size(self._alg)
        keys = self.uniform_full_int(shape=[count], dtype=_tf.int64)
        return _tf.stack([keys, _tf.zeros_like(keys)])

    def split(self, count=1):
        size = _state_size(self._alg)
        keys = self.uniform_full_int(shape=[count], dtype=_tf.int64)
        return [Generator(state=[0] * (size - 1) + [int(k)], alg=self._alg) for k in _tf.unstack(keys, num=count)]


global_generator = None


def get_global_generator():
    global global_generator
    if global_generator is None:
        global_generator = Generator.from_non_deterministic_state()
    return global_generator


def set_global_generator(generator):
    global global_generator
    global_generator = generator
`;

const asVariable = (v: PyValue): Variable => v as Variable;

function stateSize(alg: number): number {
  if (alg === ALG_PHILOX || alg === ALG_AUTO_SELECT) return 3;
  if (alg === ALG_THREEFRY) return 2;
  // TF 2.21's stateful_random_ops.py calls a helper that moved to random_ops_util, so an unknown
  // algorithm surfaces as this AttributeError rather than the intended ValueError.
  throw pyExc('AttributeError', "module 'tensorflow.python.ops.stateless_random_ops' has no attribute 'unsupported_alg_error_msg'");
}

/** RngReadAndSkip: the state before, the variable moved on by `delta` elements. */
function readAndSkip(v: Variable, alg: number, delta: bigint): bigint[] {
  if (alg === ALG_THREEFRY) {
    throw new PyBaseException(tfErrorTypes.UnimplementedError, [
      `{{function_node __wrapped__RngReadAndSkip_device_${CPU_DEVICE}}} Non-XLA devices don't support the ThreeFry algorithm. [Op:RngReadAndSkip] name: `,
    ]);
  }
  const old = Array.from(v.value.values() as BigInt64Array);
  v.assign(tensorFromValues(BigInt64Array.from(skipState(old, delta)), [old.length], dtypes.int64, v.value.device));
  return old;
}

const UNIFORM_INT_KERNELS = [
  "device='XLA_CPU_JIT'; Tshape in [DT_INT32, DT_INT64]; dtype in [DT_INT32, DT_INT64, DT_UINT32, DT_UINT64]",
  "device='CPU'; dtype in [DT_INT64]",
  "device='CPU'; dtype in [DT_INT32]",
];

/** One Generator draw: _prepare_key_counter (read and skip), then the V2 kernel. */
function generatorDraw(args: PyValue[]): Tensor {
  const [kind, v, alg, shapeArg, dtypeValue] = args as [StatelessKind, PyValue, PyValue, PyValue, PyValue];
  const shape = intList(shapeArg);
  const dtype = dtypeArg(dtypeValue, dtypes.float32);
  const delta = shape.reduce((n, d) => n * BigInt(d), 1n);
  const old = readAndSkip(asVariable(v), convertAlgToInt(alg), delta);
  const opName = statelessOpName[kind];
  checkShape(opName, shape);
  if (kind !== 'uniform_int') return statelessDraw(kind, shape, dtype, streamOfState(old));
  if (dtype !== dtypes.int32 && dtype !== dtypes.int64) {
    throw noKernelError(opName, `Tshape=DT_INT32, dtype=DT_${dtype.name.toUpperCase()}`, UNIFORM_INT_KERNELS);
  }
  const bounds = intBounds(opName, shape, toTensor(args[5], dtype), toTensor(args[6], dtype));
  return statelessDraw(kind, shape, dtype, streamOfState(old), bounds);
}

const randomWord = () => BigInt(Math.floor(Math.random() * 2 ** 32));

function nonDeterministicInts(n: number): Tensor {
  const words = Array.from({ length: n }, () => BigInt.asIntN(64, (randomWord() << 32n) | randomWord()));
  return tensorFromValues(BigInt64Array.from(words), [n], dtypes.int64, currentDevice());
}

const BINOMIAL_KERNELS = ['DT_INT64', 'DT_INT32', 'DT_DOUBLE', 'DT_FLOAT', 'DT_HALF'].flatMap((d) =>
  ['DT_DOUBLE', 'DT_FLOAT', 'DT_HALF'].map((t) => `  device='CPU'; dtype in [${d}]; T in [${t}]\n`),
);

/** StatefulRandomBinomial: checks, the state moved on, then the sampler on the old key/counter. */
function generatorBinomial(args: PyValue[]): Tensor {
  const [v, alg, shapeArg, counts, probs, dtypeValue] = args;
  const shape = intList(shapeArg);
  const op = 'StatefulRandomBinomial';
  const outDtype = dtypeArg(dtypeValue, dtypes.int32);
  // T is the counts' dtype (the first T input); TF lists the attrs in no fixed order.
  const paramDtype = toTensor(counts).dtype;
  if (!paramDtype.isFloating || paramDtype === dtypes.bfloat16) {
    const attr = (d: DType) => `DT_${d === dtypes.float32 ? 'FLOAT' : d === dtypes.float64 ? 'DOUBLE' : d === dtypes.float16 ? 'HALF' : d.name.toUpperCase()}`;
    throw new PyBaseException(tfErrorTypes.InvalidArgumentError, [
      `No OpKernel was registered to support Op '${op}' used by {{node ${op}}} with these attrs: [T=${attr(paramDtype)}, S=DT_INT32, dtype=${attr(outDtype)}]\n` +
        `Registered devices: [CPU]\nRegistered kernels:\n${BINOMIAL_KERNELS.join('')}\n\t [[${op}]] [Op:${op}] name: `,
    ]);
  }
  const plan = planBinomial(op, '', shape, counts, probs);
  const a = convertAlgToInt(alg);
  if (a !== ALG_PHILOX) throw kernelError(op, `Unsupported algorithm id: ${a}`);
  const variable = asVariable(v);
  const old = Array.from(variable.value.values() as BigInt64Array);
  const next = skipState(old, binomialReservation(plan));
  variable.assign(tensorFromValues(BigInt64Array.from(next), [old.length], dtypes.int64, variable.value.device));
  return sampleBinomial(plan, outDtype, streamOfState(old));
}

let generatorModule: PyModule | null = null;

function generatorApi(tf: PyModule): PyModule {
  if (generatorModule) return generatorModule;
  generatorModule = pythonModule('tensorflow.python.ops.stateful_random_ops', generatorSource, {
    _tf: tf,
    _Variable: variableType,
    _convert_alg: builtinFunction('_convert_alg', ([alg]) => convertAlgToInt(alg)),
    _state_size: builtinFunction('_state_size', ([alg]) => stateSize(convertAlgToInt(alg))),
    _param: builtinFunction('_param', ([value, dtype]) => floatParam(value, dtypeArg(dtype, dtypes.float32))),
    _draw: builtinFunction('_draw', (args) => generatorDraw(args)),
    _binomial: builtinFunction('_binomial', (args) => generatorBinomial(args)),
    _read_and_skip: builtinFunction('_read_and_skip', ([v, alg, delta]) => {
      const old = readAndSkip(asVariable(v), convertAlgToInt(alg), BigInt(Number(toTensor(delta).values()[0])));
      return tensorFromValues(BigInt64Array.from(old), [old.length], dtypes.int64, currentDevice());
    }),
    _non_deterministic_ints: builtinFunction('_non_deterministic_ints', ([n]) => nonDeterministicInts(Number(n))),
  });
  return generatorModule;
}

export function installRandomGeneratorApi(tf: PyModule): void {
  const random = submodule(tf, 'random', 'tensorflow._api.v2.random');
  const experimental = submodule(random, 'experimental', 'tensorflow._api.v2.random.experimental');
  const names = ['Generator', 'get_global_generator', 'set_global_generator', 'create_rng_state', 'Algorithm'];
  for (const m of [random, experimental]) {
    for (const name of names) m.defineLazy(name, () => generatorApi(tf).dict.get(name)!);
  }
}
