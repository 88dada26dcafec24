// numpy object arrays holding bytes: what `t.numpy()` returns for a TF string tensor
// (`array([b'a', b'bc'], dtype=object)`). Kept apart from NdArray, whose elements are numbers in a
// typed array: this type supports what scripts do with TF strings (print, index, iterate, len,
// shape/dtype, tolist) and refuses numpy's numeric methods with a TypeError instead of misreading.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { indexError, typeError } from '../../interpreter/objects/exceptions.js';
import { PyList, PySlice, PyTuple } from '../../interpreter/objects/values.js';
import { PyProperty } from '../../interpreter/objects/function.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { PyIterator } from '../../interpreter/ops/iter.js';
import { sliceIndices } from '../../interpreter/ops/items.js';
import { formatNdarrayRepr, formatNdarrayStr } from '../printing/index.js';
import { np, npDtypeType } from './dtype.js';
import { NdArray, makeArray, ndarrayType, numElements } from './ndarray.js';
import { Tensor } from '../tensor.js';
import { isStringTensor, stringsOf } from '../strings/string-tensor.js';

/** `type(a)` still prints `<class 'numpy.ndarray'>` and isinstance(a, np.ndarray) holds. */
const objectArrayType = new PyType('ndarray', [ndarrayType], 'numpy');

export class ObjectArray implements PyObject {
  constructor(
    readonly items: readonly Uint8Array[],
    readonly shape: readonly number[],
  ) {}
  get cls(): PyType {
    return objectArrayType;
  }
}

/** numpy's `dtype('O')`. */
const objectDtypeType = new PyType('dtype', [npDtypeType], 'numpy');
class ObjectDtype implements PyObject {
  get cls(): PyType {
    return objectDtypeType;
  }
}
export const objectDtype = new ObjectDtype();
defineMethod(objectDtypeType, '__repr__', () => "dtype('O')");
defineMethod(objectDtypeType, '__str__', () => 'object');
const namesObject = (self: PyValue, v: PyValue): boolean => v === self || v === objectType || v === 'O' || v === 'object';
defineMethod(objectDtypeType, '__eq__', (self, args) => namesObject(self, args[0]));
defineMethod(objectDtypeType, '__ne__', (self, args) => !namesObject(self, args[0]));
defineMethod(objectDtypeType, '__hash__', () => 17);
defineGetter(objectDtypeType, 'name', () => 'object');
defineGetter(objectDtypeType, 'kind', () => 'O');
defineGetter(objectDtypeType, 'char', () => 'O');
defineGetter(objectDtypeType, 'itemsize', () => 8);

const oa = (v: PyValue) => v as ObjectArray;

/** What `t.numpy()` gives for a string tensor: bytes for a scalar, an object array otherwise. */
export function stringTensorToNumpy(t: Tensor): PyValue {
  return t.rank === 0 ? new PyBytes(stringsOf(t)[0]) : new ObjectArray(stringsOf(t), t.shape);
}

/** np.array(v) when v is a string tensor (any rank); null for anything else. */
export function objectArrayOf(v: PyValue): ObjectArray | null {
  return v instanceof Tensor && isStringTensor(v) ? new ObjectArray(stringsOf(v), v.shape) : null;
}

/** One element or sub-array: `a[i]`, `a[i, j]`, `a[start:stop:step]` (on the first axis). */
function getItem(a: ObjectArray, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    if (a.shape.length === 0) throw indexError('too many indices for array: array is 0-dimensional, but 1 were indexed');
    const [start, , step, count] = sliceIndices(key, a.shape[0]);
    const inner = numElements(a.shape.slice(1));
    const items: Uint8Array[] = [];
    for (let k = 0; k < count; k++) {
      const row = start + k * step;
      for (let j = 0; j < inner; j++) items.push(a.items[row * inner + j]);
    }
    return new ObjectArray(items, [count, ...a.shape.slice(1)]);
  }
  const keys = key instanceof PyTuple ? key.items : [key];
  if (keys.length > a.shape.length) {
    throw indexError(`too many indices for array: array is ${a.shape.length}-dimensional, but ${keys.length} were indexed`);
  }
  let offset = 0;
  keys.forEach((k, axis) => {
    if (k instanceof PySlice || k === null) throw typeError('object arrays support integer indices and a leading slice only');
    const size = a.shape[axis];
    let i = asIndex(k);
    if (i < -size || i >= size) throw indexError(`index ${i} is out of bounds for axis ${axis} with size ${size}`);
    if (i < 0) i += size;
    offset = offset * size + i;
  });
  const rest = a.shape.slice(keys.length);
  const inner = numElements(rest);
  if (rest.length === 0) return new PyBytes(a.items[offset]);
  return new ObjectArray(a.items.slice(offset * inner, (offset + 1) * inner), rest);
}

function toList(a: ObjectArray, axis: number, offset: number): PyValue {
  if (axis === a.shape.length) return new PyBytes(a.items[offset]);
  const out: PyValue[] = [];
  for (let i = 0; i < a.shape[axis]; i++) out.push(toList(a, axis + 1, offset * a.shape[axis] + i));
  return new PyList(out);
}

const sameBytes = (x: Uint8Array, y: Uint8Array): boolean => x.length === y.length && x.every((c, i) => c === y[i]);

/** `a == b'x'` (or another object array of the same shape): elementwise bytes equality. A value
 *  that is not bytes (a str, a number) equals no element, as Python's == says. */
function equalTo(a: ObjectArray, other: PyValue, equal: boolean): NdArray {
  const at = (i: number): boolean => {
    if (other instanceof PyBytes) return sameBytes(a.items[i], other.data);
    if (other instanceof ObjectArray) return sameBytes(a.items[i], other.items[i]);
    return false;
  };
  if (other instanceof ObjectArray && (other.shape.length !== a.shape.length || other.shape.some((d, i) => d !== a.shape[i]))) {
    throw typeError('object arrays of different shapes do not broadcast here');
  }
  return makeArray(np.bool, a.shape.slice(), a.items.map((_, i) => (at(i) === equal ? 1 : 0)));
}

const methods: Record<string, (self: ObjectArray, args: PyValue[]) => PyValue> = {
  __eq__: (a, args) => equalTo(a, args[0], true),
  __ne__: (a, args) => equalTo(a, args[0], false),
  __repr__: (a) => formatNdarrayRepr(a.items, a.shape, 'string'),
  __str__: (a) => formatNdarrayStr(a.items, a.shape, 'string'),
  __len__: (a) => {
    if (a.shape.length === 0) throw typeError('len() of unsized object');
    return a.shape[0];
  },
  __getitem__: (a, args) => getItem(a, args[0]),
  __iter__: (a) => {
    if (a.shape.length === 0) throw typeError('iteration over a 0-d array');
    let i = 0;
    return new PyIterator(() => (i < a.shape[0] ? getItem(a, i++) : undefined));
  },
  tolist: (a) => toList(a, 0, 0),
};
for (const [name, body] of Object.entries(methods)) defineMethod(objectArrayType, name, (self, args) => body(oa(self), args));

defineGetter(objectArrayType, 'shape', (self) => new PyTuple(oa(self).shape.slice()));
defineGetter(objectArrayType, 'ndim', (self) => oa(self).shape.length);
defineGetter(objectArrayType, 'size', (self) => oa(self).items.length);
defineGetter(objectArrayType, 'dtype', () => objectDtype);

/** Every other ndarray attribute works on numbers only: refuse it rather than misread the bytes. */
export function refuseNumericMethods(): void {
  for (const name of ndarrayType.dict.keys()) {
    if (objectArrayType.dict.has(name) || name === '__hash__' || name === '__class__') continue;
    const refuse = () => {
      throw typeError(`numpy object arrays of bytes do not support '${name}' here`);
    };
    if (ndarrayType.dict.get(name) instanceof PyProperty) defineGetter(objectArrayType, name, refuse);
    else defineMethod(objectArrayType, name, refuse);
  }
}
