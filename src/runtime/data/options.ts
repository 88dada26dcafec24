// tf.data.Options and its option groups (autotune, distribute, optimization, threading), written in
// Python as TF's options.py is: typed properties that default to None, an AttributeError for
// unknown names, TF's TypeError for a wrong type, merge() where the later value wins (with TF's
// warning), and read-only copies from Dataset.options(). tfts runs every pipeline
// deterministically on the calling thread, so the options change no results; they are kept and
// merged down the pipeline as TF does, for code that reads them back.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';

const optionsSource = String.raw`
import copy as _copy
import sys as _sys


def _warn(message):
    _sys.stderr.write("WARNING:absl:" + message + "\n")


class _Enum:
    """A member of one of tf.data's enums (printed as Name.MEMBER)."""

    def __init__(self, owner, name, value):
        self._owner = owner
        self.name = name
        self.value = value

    def __repr__(self):
        return "<%s.%s: %r>" % (self._owner, self.name, self.value)

    def __str__(self):
        return "%s.%s" % (self._owner, self.name)

    def __eq__(self, other):
        return isinstance(other, _Enum) and other._owner == self._owner and other.value == self.value

    def __hash__(self):
        return hash((self._owner, self.value))


class AutotuneAlgorithm:
    DEFAULT = _Enum("AutotuneAlgorithm", "DEFAULT", 0)
    HILL_CLIMB = _Enum("AutotuneAlgorithm", "HILL_CLIMB", 1)
    GRADIENT_DESCENT = _Enum("AutotuneAlgorithm", "GRADIENT_DESCENT", 2)
    MAX_PARALLELISM = _Enum("AutotuneAlgorithm", "MAX_PARALLELISM", 3)
    STAGE_BASED = _Enum("AutotuneAlgorithm", "STAGE_BASED", 4)


class ExternalStatePolicy:
    WARN = _Enum("ExternalStatePolicy", "WARN", 0)
    IGNORE = _Enum("ExternalStatePolicy", "IGNORE", 1)
    FAIL = _Enum("ExternalStatePolicy", "FAIL", 2)


# An IntEnum in TF: its members print as their values.
class AutoShardPolicy:
    OFF = -1
    AUTO = 0
    FILE = 1
    DATA = 2
    HINT = 3


class OptionsBase:
    def __init__(self):
        object.__setattr__(self, "_options", {})
        object.__setattr__(self, "_mutable", True)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        for name in set(self._options) | set(other._options):
            if getattr(self, name) != getattr(other, name):
                return False
        return True

    def __ne__(self, other):
        if isinstance(other, self.__class__):
            return not self.__eq__(other)
        return NotImplemented

    def __setattr__(self, name, value):
        if not self._mutable:
            raise ValueError("Mutating \x60tf.data.Options()\x60 returned by \x60tf.data.Dataset.options()\x60 has no effect. Use \x60tf.data.Dataset.with_options(options)\x60 to set or update dataset options.")
        if hasattr(self, name):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("Cannot set the property {} on {}.".format(name, type(self).__name__))

    def _set_mutable(self, mutable):
        object.__setattr__(self, "_mutable", mutable)
        for name in list(self._options):
            value = self._options[name]
            if isinstance(value, OptionsBase):
                value._set_mutable(mutable)


def create_option(name, ty, docstring="", default_factory=lambda: None):
    def get_fn(option):
        if name not in option._options:
            option._options[name] = default_factory()
        return option._options.get(name)

    def set_fn(option, value):
        if not isinstance(value, (ty, type(None))):
            raise TypeError("Property \"{}\" must be of type {}, got: {} (type: {})".format(name, ty, value, type(value)))
        option._options[name] = value

    return property(get_fn, set_fn, None, docstring)


def merge_options(*options_list):
    if len(options_list) < 1:
        raise ValueError("At least one options should be provided")
    result_type = type(options_list[0])
    for options in options_list:
        if not isinstance(options, result_type):
            raise TypeError("Could not merge incompatible options of type {} and {}.".format(type(options), result_type))
    if not isinstance(options_list[0], OptionsBase):
        return options_list[0]
    result = _copy.deepcopy(options_list[0])
    result._set_mutable(True)
    for options in options_list[1:]:
        for name in options._options:
            this = getattr(result, name)
            that = getattr(options, name)
            if that is None:
                continue
            if this is None:
                setattr(result, name, that)
            elif isinstance(this, OptionsBase):
                setattr(result, name, merge_options(this, that))
            elif this != that:
                _warn("Changing the value of option %s from %r to %r." % (name, this, that))
                setattr(result, name, that)
    return result


class AutotuneOptions(OptionsBase):
    autotune_algorithm = create_option("autotune_algorithm", _Enum)
    cpu_budget = create_option("cpu_budget", int)
    enabled = create_option("enabled", bool)
    initial_parallelism = create_option("initial_parallelism", int)
    min_parallelism = create_option("min_parallelism", int)
    ram_budget = create_option("ram_budget", int)


class DistributeOptions(OptionsBase):
    auto_shard_policy = create_option("auto_shard_policy", int, default_factory=lambda: AutoShardPolicy.AUTO)
    num_devices = create_option("num_devices", int)


class OptimizationOptions(OptionsBase):
    apply_default_optimizations = create_option("apply_default_optimizations", bool)
    filter_fusion = create_option("filter_fusion", bool)
    filter_parallelization = create_option("filter_parallelization", bool)
    inject_prefetch = create_option("inject_prefetch", bool)
    map_and_batch_fusion = create_option("map_and_batch_fusion", bool)
    map_and_filter_fusion = create_option("map_and_filter_fusion", bool)
    map_fusion = create_option("map_fusion", bool)
    map_parallelization = create_option("map_parallelization", bool)
    noop_elimination = create_option("noop_elimination", bool)
    parallel_batch = create_option("parallel_batch", bool)
    seq_interleave_prefetch = create_option("seq_interleave_prefetch", bool)
    shuffle_and_repeat_fusion = create_option("shuffle_and_repeat_fusion", bool)


class ThreadingOptions(OptionsBase):
    max_intra_op_parallelism = create_option("max_intra_op_parallelism", int)
    private_threadpool_size = create_option("private_threadpool_size", int)


class Options(OptionsBase):
    autotune = create_option("autotune", AutotuneOptions, default_factory=AutotuneOptions)
    dataset_name = create_option("dataset_name", str)
    deterministic = create_option("deterministic", bool)
    experimental_distribute = create_option("experimental_distribute", DistributeOptions, default_factory=DistributeOptions)
    experimental_external_state_policy = create_option("experimental_external_state_policy", _Enum, default_factory=lambda: ExternalStatePolicy.WARN)
    experimental_optimization = create_option("experimental_optimization", OptimizationOptions, default_factory=OptimizationOptions)
    experimental_slack = create_option("experimental_slack", bool)
    experimental_symbolic_checkpoint = create_option("experimental_symbolic_checkpoint", bool)
    experimental_warm_start = create_option("experimental_warm_start", bool)
    threading = create_option("threading", ThreadingOptions, default_factory=ThreadingOptions)

    # The deprecated aliases (TF intercepts them in __getattribute__; they have no property, so
    # __getattr__ sees every read of them).
    def __getattr__(self, name):
        if name == "experimental_threading":
            _warn("options.experimental_threading is deprecated. Use options.threading instead.")
            return self.threading
        if name == "experimental_deterministic":
            return self.deterministic
        raise AttributeError("'Options' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name == "experimental_threading":
            _warn("options.experimental_threading is deprecated. Use options.threading instead.")
            OptionsBase.__setattr__(self, "threading", value)
            return
        if name == "experimental_deterministic":
            OptionsBase.__setattr__(self, "deterministic", value)
            return
        OptionsBase.__setattr__(self, name, value)

    def merge(self, options):
        return merge_options(self, options)


def _read_only(options):
    result = _copy.deepcopy(options)
    result._set_mutable(False)
    return result
`;

let module: PyModule | null = null;

/** The options module, compiled on first use so `import tensorflow` stays quick. */
export function optionsModule(): PyModule {
  if (module === null) module = pythonModule('tensorflow.python.data.ops.options', optionsSource);
  return module;
}

export const optionsAttr = (name: string): PyValue => optionsModule().dict.get(name)!;
