// The top-level TF2 initializers tf.zeros_initializer, tf.ones_initializer, tf.constant_initializer,
// tf.random_normal_initializer and tf.random_uniform_initializer (classes of init_ops_v2: an
// instance called with (shape, dtype) returns a tensor). Written in Python, as TF's are, over the
// tf functions they call: with a seed the random ones use the stateless ops with seed [seed, 0],
// so every call gives the same values; without one, the global-seed ops.
import type { PyModule } from '../../interpreter/objects/function.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';

const initializersSource = String.raw`
import numpy as _np

_PARTITION_SHAPE = "partition_shape"
_PARTITION_OFFSET = "partition_offset"


class Initializer:
    def __call__(self, shape, dtype=None, **kwargs):
        raise NotImplementedError

    def get_config(self):
        return {}

    @classmethod
    def from_config(cls, config):
        config.pop("dtype", None)
        return cls(**config)

    def _validate_kwargs(self, kwargs, support_partition=True):
        for kwarg in kwargs:
            if kwarg not in [_PARTITION_SHAPE, _PARTITION_OFFSET]:
                raise TypeError("Keyword argument should be one of " f"{list([_PARTITION_SHAPE, _PARTITION_OFFSET])}. Received: {kwarg}")
            elif not support_partition:
                raise ValueError(f"{self.__class__.__name__} initializer doesn't support " "partition-related arguments")

    def _shape(self, shape, kwargs):
        return kwargs[_PARTITION_SHAPE] if _PARTITION_SHAPE in kwargs else shape


def _numeric_or_bool(dtype):
    dtype = _tf.dtypes.as_dtype(dtype)
    if dtype == _tf.string:
        raise ValueError("Argument \x60dtype\x60 expected to be numeric or boolean. " f"Received {dtype}.")
    return dtype


def _float_dtype(dtype):
    dtype = _tf.dtypes.as_dtype(dtype)
    if not dtype.is_floating:
        raise ValueError("Argument \x60dtype\x60 is expected to be floating point. " f"Received: {dtype}.")
    return dtype


class _RandomGenerator:
    def __init__(self, seed=None):
        self.seed = [seed, 0] if seed is not None else None

    def random_normal(self, shape, mean, stddev, dtype):
        if self.seed:
            return _tf.random.stateless_normal(shape=shape, mean=mean, stddev=stddev, dtype=dtype, seed=self.seed)
        return _tf.random.normal(shape=shape, mean=mean, stddev=stddev, dtype=dtype)

    def random_uniform(self, shape, minval, maxval, dtype):
        if self.seed:
            return _tf.random.stateless_uniform(shape=shape, minval=minval, maxval=maxval, dtype=dtype, seed=self.seed)
        return _tf.random.uniform(shape=shape, minval=minval, maxval=maxval, dtype=dtype)


class Zeros(Initializer):
    def __call__(self, shape, dtype=_tf.float32, **kwargs):
        self._validate_kwargs(kwargs)
        dtype = _numeric_or_bool(dtype)
        return _tf.zeros(self._shape(shape, kwargs), dtype)


class Ones(Initializer):
    def __call__(self, shape, dtype=_tf.float32, **kwargs):
        self._validate_kwargs(kwargs)
        dtype = _numeric_or_bool(dtype)
        return _tf.ones(self._shape(shape, kwargs), dtype)


class Constant(Initializer):
    def __init__(self, value=0, support_partition=False):
        if not (_np.isscalar(value) or isinstance(value, (list, tuple, _np.ndarray))):
            raise TypeError(f"Invalid type for initial value: {type(value).__name__}. Expected " "Python scalar, list or tuple of values, or numpy.ndarray.")
        self.value = value
        self.support_partition = support_partition

    def __call__(self, shape, dtype=None, **kwargs):
        self._validate_kwargs(kwargs, support_partition=self.support_partition)
        if dtype is not None:
            dtype = _tf.dtypes.as_dtype(dtype)
        return _tf.constant(self.value, dtype=dtype, shape=shape)

    def get_config(self):
        return {"value": self.value}


class RandomUniform(Initializer):
    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        self.minval = minval
        self.maxval = maxval
        self.seed = seed
        self._random_generator = _RandomGenerator(seed)

    def __call__(self, shape, dtype=_tf.float32, **kwargs):
        self._validate_kwargs(kwargs)
        dtype = _tf.dtypes.as_dtype(dtype)
        if not dtype.is_floating and not dtype.is_integer:
            raise ValueError("Argument \x60dtype\x60 expected to be numeric or boolean. " f"Received {dtype}.")
        return self._random_generator.random_uniform(self._shape(shape, kwargs), self.minval, self.maxval, dtype)

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed}


class RandomNormal(Initializer):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean = mean
        self.stddev = stddev
        self.seed = seed
        self._random_generator = _RandomGenerator(seed)

    def __call__(self, shape, dtype=_tf.float32, **kwargs):
        self._validate_kwargs(kwargs)
        dtype = _float_dtype(dtype)
        return self._random_generator.random_normal(self._shape(shape, kwargs), self.mean, self.stddev, dtype)

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}
`;

const EXPORTS: Record<string, string> = {
  zeros_initializer: 'Zeros',
  ones_initializer: 'Ones',
  constant_initializer: 'Constant',
  random_uniform_initializer: 'RandomUniform',
  random_normal_initializer: 'RandomNormal',
};

/** The classes compile on first use of any of them, so `import tensorflow` stays quick. */
export function installInitializers(tf: PyModule): void {
  let module: PyModule | null = null;
  const load = (): PyModule => {
    if (module === null) module = pythonModule('tensorflow.python.ops.init_ops_v2', initializersSource, { _tf: tf });
    return module;
  };
  for (const [name, cls] of Object.entries(EXPORTS)) tf.defineLazy(name, () => load().dict.get(cls)!);
}
