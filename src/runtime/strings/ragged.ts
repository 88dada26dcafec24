// The RaggedTensor tf.strings.split returns for a non-scalar input: the input's shape, then one
// ragged dimension of pieces. Only what scripts do with a split result is here: printing as TF
// does, to_list(), indexing and iterating the outer dimension, shape, and the flat values.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { indexError } from '../../interpreter/objects/exceptions.js';
import { PyList } from '../../interpreter/objects/values.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { getIterator } from '../../interpreter/ops/iter.js';
import { raggedText } from './ragged-text.js';
import type { Tensor } from '../tensor.js';
import { numElements } from '../tensor.js';
import { TensorShape } from '../tensor-shape.js';
import { StringTensor } from './string-tensor.js';

const raggedTensorType = new PyType('RaggedTensor', [objectType], 'tensorflow.python.ops.ragged.ragged_tensor');

export class RaggedStrings implements PyObject {
  constructor(
    /** One row of pieces per element of the split input, in C order. */
    readonly rows: readonly (readonly Uint8Array[])[],
    /** The split input's shape (rank >= 1). */
    readonly outer: readonly number[],
  ) {}
  get cls(): PyType {
    return raggedTensorType;
  }
}

const rt = (v: PyValue) => v as RaggedStrings;

/** The nested rows as `visit` renders them, following the outer shape. */
function nest<T>(r: RaggedStrings, leaf: (row: readonly Uint8Array[]) => T, group: (items: T[]) => T): T {
  const walk = (axis: number, offset: number): T => {
    if (axis === r.outer.length) return leaf(r.rows[offset]);
    const items: T[] = [];
    for (let i = 0; i < r.outer[axis]; i++) items.push(walk(axis + 1, offset * r.outer[axis] + i));
    return group(items);
  };
  return walk(0, 0);
}

/** TF prints the same text for str and repr (see ragged-text.ts). */
const text = (r: RaggedStrings): string => raggedText(r.rows, r.outer);

function item(r: RaggedStrings, key: PyValue): Tensor | RaggedStrings {
  const n = r.outer[0];
  let i = asIndex(key);
  if (i < -n || i >= n) throw indexError(`index ${i} is out of bounds for axis 0 with size ${n}`);
  if (i < 0) i += n;
  if (r.outer.length === 1) return new StringTensor(r.rows[i], [r.rows[i].length]);
  const inner = numElements(r.outer.slice(1));
  return new RaggedStrings(r.rows.slice(i * inner, (i + 1) * inner), r.outer.slice(1));
}

const flat = (r: RaggedStrings) => {
  const all = r.rows.flat();
  return new StringTensor(all, [all.length]);
};

defineMethod(raggedTensorType, '__repr__', (self) => text(rt(self)));
defineMethod(raggedTensorType, '__str__', (self) => text(rt(self)));
defineMethod(raggedTensorType, 'to_list', (self) =>
  nest<PyValue>(rt(self), (row) => new PyList(row.map((b) => new PyBytes(b))), (items) => new PyList(items)),
);
defineMethod(raggedTensorType, '__getitem__', (self, args) => item(rt(self), args[0]));
defineMethod(raggedTensorType, '__iter__', (self) => getIterator(new PyList(Array.from({ length: rt(self).outer[0] }, (_, i) => item(rt(self), i)))));
defineGetter(raggedTensorType, 'shape', (self) => new TensorShape([...rt(self).outer, null]));
defineGetter(raggedTensorType, 'flat_values', (self) => flat(rt(self)));
defineGetter(raggedTensorType, 'values', (self) => flat(rt(self)));
