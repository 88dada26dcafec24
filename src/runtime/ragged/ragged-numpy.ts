// RaggedTensor.numpy(): what TF builds with numpy, rows of equal length stacked into one array and
// others kept as a numpy object array whose elements are the row arrays. The object array prints
// as numpy prints one (each element by its repr, then `dtype=object`) and supports what scripts
// do with it: len, indexing, iteration, shape/ndim/size/dtype and tolist.
import { PyObject, PyType, PyValue } from '../../interpreter/objects/core.js';
import { PyList, PySlice, PyTuple } from '../../interpreter/objects/values.js';
import { indexError } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { getIterator } from '../../interpreter/ops/iter.js';
import { repr } from '../../interpreter/ops/text.js';
import { sliceIndices } from '../../interpreter/ops/items.js';
import { printOptions } from '../printing/index.js';
import { numElements, Tensor } from '../tensor.js';
import * as api from '../ops/api.js';
import { tensorToNumpy } from '../numpy-lite.js';
import { ndarrayType } from '../numpy/ndarray.js';
import { objectDtype } from '../numpy/object-array.js';
import { array2string, emptyText, NumpyNode, numpyNode } from './ragged-text.js';
import { RaggedTensor, takeRows } from './ragged-tensor.js';

type ObjectNode = Extract<NumpyNode, { kind: 'object' }>;

/** `type(a)` prints `<class 'numpy.ndarray'>` and isinstance(a, np.ndarray) holds. */
const raggedObjectArrayType = new PyType('ndarray', [ndarrayType], 'numpy');

export class RaggedObjectArray implements PyObject {
  constructor(
    readonly node: ObjectNode,
    /** The ragged tensor's flat values, which the dense leaves index into. */
    readonly flat: Tensor,
  ) {}
  get cls(): PyType {
    return raggedObjectArrayType;
  }
}

/** A dense block of the flat values as an ndarray. */
function denseArray(node: Extract<NumpyNode, { kind: 'dense' }>, flat: Tensor): PyValue {
  const all = api.reshape(flat, [numElements(flat.shape)]);
  const size = numElements(node.shape);
  const block = takeRows(all, Array.from({ length: size }, (_, i) => node.start + i));
  return tensorToNumpy(api.reshape(block, node.shape));
}

const valueOf = (node: NumpyNode, flat: Tensor): PyValue => (node.kind === 'dense' ? denseArray(node, flat) : new RaggedObjectArray(node, flat));

/** RaggedTensor.numpy(). */
export function raggedNumpy(r: RaggedTensor): PyValue {
  return valueOf(numpyNode(r), r.flatValues);
}

const arr = (v: PyValue) => v as RaggedObjectArray;
const elementText = (a: RaggedObjectArray) => (i: number) => repr(valueOf(a.node.items[i], a.flat));

function objectRepr(a: RaggedObjectArray): string {
  const prefix = 'array(';
  const shape = a.node.shape;
  // The ',' after the elements counts against the line width.
  const body = numElements(shape) === 0 ? emptyText(shape) : array2string(shape, elementText(a), { separator: ', ', prefix, lineWidth: printOptions.linewidth - 1 });
  const head = prefix + body + ',';
  const dtypeText = 'dtype=object)';
  const lastLine = head.length - (head.lastIndexOf('\n') + 1);
  return head + (lastLine + dtypeText.length + 1 > printOptions.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ') + dtypeText;
}

function objectStr(a: RaggedObjectArray): string {
  const shape = a.node.shape;
  if (numElements(shape) === 0) return '[]';
  return array2string(shape, elementText(a), { separator: ' ', prefix: '', lineWidth: printOptions.linewidth });
}

/** Rows [indices] of an object array along its first axis. */
function rows(a: RaggedObjectArray, indices: number[]): ObjectNode {
  const per = numElements(a.node.shape.slice(1));
  return { kind: 'object', shape: [indices.length, ...a.node.shape.slice(1)], items: indices.flatMap((i) => a.node.items.slice(i * per, (i + 1) * per)) };
}

function item(a: RaggedObjectArray, key: PyValue): PyValue {
  const n = a.node.shape[0];
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, n);
    return new RaggedObjectArray(rows(a, Array.from({ length: count }, (_, k) => start + k * step)), a.flat);
  }
  let i = asIndex(key);
  if (i < -n || i >= n) throw indexError(`index ${i} is out of bounds for axis 0 with size ${n}`);
  if (i < 0) i += n;
  if (a.node.shape.length === 1) return valueOf(a.node.items[i], a.flat);
  const row = rows(a, [i]);
  return new RaggedObjectArray({ kind: 'object', shape: row.shape.slice(1), items: row.items }, a.flat);
}

defineMethod(raggedObjectArrayType, '__repr__', (self) => objectRepr(arr(self)));
defineMethod(raggedObjectArrayType, '__str__', (self) => objectStr(arr(self)));
defineMethod(raggedObjectArrayType, '__len__', (self) => arr(self).node.shape[0]);
defineMethod(raggedObjectArrayType, '__getitem__', (self, args) => item(arr(self), args[0]));
defineMethod(raggedObjectArrayType, '__iter__', (self) => getIterator(new PyList(Array.from({ length: arr(self).node.shape[0] }, (_, i) => item(arr(self), i)))));
defineGetter(raggedObjectArrayType, 'shape', (self) => new PyTuple(arr(self).node.shape.slice()));
defineGetter(raggedObjectArrayType, 'ndim', (self) => arr(self).node.shape.length);
defineGetter(raggedObjectArrayType, 'size', (self) => numElements(arr(self).node.shape));
defineGetter(raggedObjectArrayType, 'dtype', () => objectDtype);
defineMethod(raggedObjectArrayType, 'tolist', (self) => {
  const a = arr(self);
  const build = (shape: number[], offset: number): PyValue => {
    if (shape.length === 1) return new PyList(Array.from({ length: shape[0] }, (_, i) => valueOf(a.node.items[offset + i], a.flat)));
    const per = numElements(shape.slice(1));
    return new PyList(Array.from({ length: shape[0] }, (_, i) => build(shape.slice(1), offset + i * per)));
  };
  return build(a.node.shape, 0);
});
