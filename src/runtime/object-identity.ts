// Tensors and Variables are unhashable in TF 2 (== compares elementwise); `.ref()` gives a
// hashable Reference (tensorflow.python.util.object_identity) that compares by identity, for dict
// keys and sets, and `deref()` returns the object again. hash() raises TF's own TypeError texts.
import { PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { typeError } from '../interpreter/objects/exceptions.js';
import { defineMethod } from '../interpreter/builtins/define.js';
import { repr } from '../interpreter/ops/text.js';
import { eagerTensorType } from './tensor.js';
import { variableType } from './variable.js';

const referenceType = new PyType('Reference', [objectType], 'tensorflow.python.util.object_identity');

/** Identity hashes: one small integer per wrapped object, as id() would differ per object. */
const ids = new WeakMap<object, number>();
let nextId = 1;
const identityOf = (v: object): number => {
  let id = ids.get(v);
  if (id === undefined) ids.set(v, (id = nextId++));
  return id;
};

class Reference implements PyObject {
  constructor(readonly wrapped: PyValue) {}
  get cls(): PyType {
    return referenceType;
  }
}

const wrappedOf = (v: PyValue): PyValue => (v as Reference).wrapped;

defineMethod(referenceType, 'deref', (self) => wrappedOf(self));
defineMethod(referenceType, '__eq__', (self, args) => args[0] instanceof Reference && args[0].wrapped === wrappedOf(self));
defineMethod(referenceType, '__ne__', (self, args) => !(args[0] instanceof Reference && args[0].wrapped === wrappedOf(self)));
defineMethod(referenceType, '__hash__', (self) => identityOf(wrappedOf(self) as object));
defineMethod(referenceType, '__repr__', (self) => `<Reference wrapping ${repr(wrappedOf(self))}>`);

for (const type of [eagerTensorType, variableType]) defineMethod(type, 'ref', (self) => new Reference(self));
defineMethod(eagerTensorType, '__hash__', () => {
  throw typeError('Tensor is unhashable. Instead, use tensor.ref() as the key.');
});
defineMethod(variableType, '__hash__', (self) => {
  throw typeError(`Variable is unhashable. Instead, use variable.ref() as the key. (Variable: ${repr(self)})`);
});
