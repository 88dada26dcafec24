// tf.Module, written in Python (as TF's own module.py is): a named container whose variables,
// trainable_variables and submodules are found by walking its attributes in sorted order, leaves
// of nested lists/tuples/dicts included, each object once.
import type { PyModule } from '../../interpreter/objects/function.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';
import { variableType } from '../variable.js';

const moduleSource = String.raw`
import re

_VALID_IDENTIFIER = re.compile(r"^[a-zA-Z_]([a-zA-Z0-9_])*$")
_CAMEL_TO_SNAKE_R = re.compile(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))")
_IGNORED = ("_self_unconditional_checkpoint_dependencies", "_self_unconditional_dependency_names")


def _camel_to_snake(value):
    return _CAMEL_TO_SNAKE_R.sub(r"_\1", value).lower()


def _leaves(value):
    # tf.nest.flatten order: dicts by sorted key, sequences in order.
    if isinstance(value, dict):
        for key in sorted(value):
            yield from _leaves(value[key])
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def _flatten_module(module, recursive, predicate, seen, stack):
    submodules = []
    own = vars(module)
    for key in sorted(own):
        if key in _IGNORED:
            continue
        for leaf in _leaves(own[key]):
            if id(leaf) in seen:
                continue
            seen.add(id(leaf))
            if predicate(leaf):
                yield leaf
            if recursive and isinstance(leaf, Module):
                submodules.append(leaf)
    stack.append(id(module))
    for sub in submodules:
        if id(sub) not in stack:
            yield from _flatten_module(sub, recursive, predicate, seen, stack)
    stack.pop()


class Module:
    def __init__(self, name=None):
        if name is None:
            name = _camel_to_snake(type(self).__name__)
        elif not _VALID_IDENTIFIER.match(name):
            raise ValueError(
                f"'{name}' is not a valid module name. Module names must be valid Python "
                "identifiers (e.g. a valid class name).")
        self._name = name
        with _name_scope(name) as scope_name:
            self._name_scope = _name_scope(scope_name)

    @property
    def name(self):
        return self._name

    @property
    def name_scope(self):
        return self._name_scope

    @property
    def variables(self):
        return tuple(self._flatten(predicate=lambda v: isinstance(v, _Variable)))

    @property
    def trainable_variables(self):
        return tuple(self._flatten(predicate=lambda v: isinstance(v, _Variable) and v.trainable))

    @property
    def non_trainable_variables(self):
        return tuple(self._flatten(predicate=lambda v: isinstance(v, _Variable) and not v.trainable))

    @property
    def submodules(self):
        return tuple(self._flatten(predicate=lambda m: isinstance(m, Module)))

    def _flatten(self, recursive=True, predicate=None):
        if predicate is None:
            predicate = lambda _: True
        return _flatten_module(self, recursive, predicate, {id(self)}, [])

    @classmethod
    def with_name_scope(cls, method):
        def method_with_name_scope(self, *args, **kwargs):
            with self.name_scope:
                return method(self, *args, **kwargs)
        return method_with_name_scope
`;

/** tf.Module compiles its Python source on first use, so `import tensorflow` stays quick. */
export function installModuleApi(tf: PyModule): void {
  tf.defineLazy('Module', () => {
    const m = pythonModule('tensorflow.python.module.module', moduleSource, {
      _Variable: variableType,
      _name_scope: tf.dict.get('name_scope')!,
    });
    return m.dict.get('Module')!;
  });
}
