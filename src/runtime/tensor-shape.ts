// TensorShape as Python sees it: repr TensorShape([2, 3]), str (2, 3), as_list(), indexing,
// len(), and equality with lists and tuples.
import { PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { PyList, PyTuple, PySlice } from '../interpreter/objects/values.js';
import { defineGetter, defineMethod } from '../interpreter/builtins/define.js';
import { getItem } from '../interpreter/ops/items.js';
import { iterToArray } from '../interpreter/ops/iter.js';
import { pyEquals } from '../interpreter/ops/compare.js';
import { valueError } from '../interpreter/objects/exceptions.js';
import { asIndex } from '../interpreter/ops/convert.js';
import { getIterator } from '../interpreter/ops/iter.js';
import { shapeStr, tensorShapeRepr } from './printing/index.js';

export const tensorShapeType = new PyType('TensorShape', [objectType], 'tensorflow.python.framework.tensor_shape');

export class TensorShape implements PyObject {
  /** unknownRank: TensorShape(None), printed `<unknown>` (dims is then empty and unused). */
  constructor(
    readonly dims: readonly (number | null)[],
    readonly unknownRank = false,
  ) {}
  get cls(): PyType {
    return tensorShapeType;
  }
}

const dimsOf = (self: PyValue) => (self as TensorShape).dims;
const unknown = (self: PyValue) => (self as TensorShape).unknownRank;

defineMethod(tensorShapeType, '__repr__', (self) => (unknown(self) ? 'TensorShape(None)' : tensorShapeRepr(dimsOf(self))));
defineMethod(tensorShapeType, '__str__', (self) => (unknown(self) ? '<unknown>' : shapeStr(dimsOf(self))));
defineMethod(tensorShapeType, 'as_list', (self) => {
  if (unknown(self)) throw valueError('as_list() is not defined on an unknown TensorShape.');
  return new PyList(dimsOf(self).slice());
});
defineMethod(tensorShapeType, '__len__', (self) => {
  if (unknown(self)) throw valueError('Cannot take the length of shape with unknown rank.');
  return dimsOf(self).length;
});
defineMethod(tensorShapeType, '__iter__', (self) => getIterator(new PyList(dimsOf(self).slice())));
defineMethod(tensorShapeType, '__getitem__', (self, args) => {
  const key = args[0];
  const dims = new PyList(dimsOf(self).slice());
  if (key instanceof PySlice) return new TensorShape((getItem(dims, key) as PyList).items as (number | null)[]);
  return getItem(dims, key);
});
defineMethod(tensorShapeType, '__eq__', (self, args) => {
  const other = args[0];
  const dims = dimsOf(self);
  if (other instanceof TensorShape) return pyEquals(new PyList(dims.slice()), new PyList(other.dims.slice()));
  if (other instanceof PyList || other instanceof PyTuple) return pyEquals(new PyList(dims.slice()), new PyList(iterToArray(other)));
  return false;
});
defineGetter(tensorShapeType, 'rank', (self) => (unknown(self) ? null : dimsOf(self).length));
defineGetter(tensorShapeType, 'ndims', (self) => (unknown(self) ? null : dimsOf(self).length));
// None when a dimension is unknown, as TF.
defineMethod(tensorShapeType, 'num_elements', (self) =>
  dimsOf(self).some((d) => d === null) ? null : dimsOf(self).reduce<number>((a, b) => a * (b as number), 1),
);

// tf.TensorShape(dims): from a list or tuple of ints and Nones, or another TensorShape.
// TensorShape(None) has an unknown rank (what a TensorArray reports before its first write).
const dimsFrom = (v: PyValue): (number | null)[] =>
  v instanceof TensorShape ? v.dims.slice() : iterToArray(v).map((d) => (d === null ? null : asIndex(d)));
tensorShapeType.construct = (_cls, args) => {
  if (args[0] === null || args[0] === undefined) return new TensorShape([], true);
  if (args[0] instanceof TensorShape) return args[0];
  return new TensorShape(dimsFrom(args[0]));
};
defineMethod(tensorShapeType, 'is_fully_defined', (self) => dimsOf(self).every((d) => d !== null));
defineMethod(tensorShapeType, 'concatenate', (self, args) => new TensorShape([...dimsOf(self), ...dimsFrom(args[0])]));
