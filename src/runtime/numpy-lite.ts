// A minimal numpy: what `Tensor.numpy()` returns (an ndarray, or a numpy scalar for 0-d
// tensors), printing exactly as numpy does. The full numpy module is a later issue.
import { PyObject, PyType, PyValue, objectType } from '../interpreter/objects/core.js';
import { PyFloat, PyList, PyTuple } from '../interpreter/objects/values.js';
import { defineGetter, defineMethod } from '../interpreter/builtins/define.js';
import { binaryOp } from '../interpreter/ops/arith.js';
import { typeError } from '../interpreter/objects/exceptions.js';
import { formatNdarrayRepr, formatNdarrayStr, formatNumpyScalarRepr, formatNumpyScalarStr } from './printing/index.js';
import { Tensor, tensorFromValues } from './tensor.js';
import { PyIterator } from '../interpreter/ops/iter.js';
import type { Operator } from '../../grammar/ast.js';

export const ndarrayType = new PyType('ndarray', [objectType], 'numpy');
export const numpyDtypeType = new PyType('dtype', [objectType], 'numpy');

export class NdArray implements PyObject {
  constructor(readonly tensor: Tensor) {}
  get cls(): PyType {
    return ndarrayType;
  }
}

class NumpyDtype implements PyObject {
  constructor(readonly name: string) {}
  get cls(): PyType {
    return numpyDtypeType;
  }
}

/** One element as the closest Python value (numpy's .item()). */
export function elementToPy(t: Tensor, i: number): PyValue {
  const x = t.values()[i];
  if (t.dtype.isFloating) return new PyFloat(Number(x));
  if (t.dtype.name === 'bool') return x !== 0;
  if (typeof x === 'bigint') return Number.isSafeInteger(Number(x)) ? Number(x) : x;
  return x as number;
}

/** Scalars of a numpy dtype (np.float32(3.14)): print as numpy, compute as Python numbers. */
export class NumpyScalar implements PyObject {
  constructor(readonly tensor: Tensor) {}
  get cls(): PyType {
    return scalarTypeFor(this.tensor.dtype.name);
  }
  get item(): PyValue {
    return elementToPy(this.tensor, 0);
  }
}

const scalarTypes = new Map<string, PyType>();
function scalarTypeFor(name: string): PyType {
  let t = scalarTypes.get(name);
  if (!t) {
    t = new PyType(name === 'bool' ? 'bool' : name, [numpyScalarBase], 'numpy');
    scalarTypes.set(name, t);
  }
  return t;
}
const numpyScalarBase = new PyType('generic', [objectType], 'numpy');

function toList(t: Tensor, dim = 0, offset = 0): PyValue {
  if (dim === t.rank) return elementToPy(t, offset);
  const stride = t.shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const items: PyValue[] = [];
  for (let i = 0; i < t.shape[dim]; i++) items.push(toList(t, dim + 1, offset + i * stride));
  return new PyList(items);
}

export function tensorToNumpy(t: Tensor): PyValue {
  return t.rank === 0 ? new NumpyScalar(t) : new NdArray(t);
}

defineMethod(ndarrayType, '__str__', (self) => {
  const t = (self as NdArray).tensor;
  return formatNdarrayStr(t.values(), t.shape, t.dtype.name);
});
defineMethod(ndarrayType, '__repr__', (self) => {
  const t = (self as NdArray).tensor;
  return formatNdarrayRepr(t.values(), t.shape, t.dtype.name);
});
defineGetter(ndarrayType, 'shape', (self) => new PyTuple((self as NdArray).tensor.shape.slice()));
defineGetter(ndarrayType, 'ndim', (self) => (self as NdArray).tensor.rank);
defineGetter(ndarrayType, 'size', (self) => (self as NdArray).tensor.size);
defineGetter(ndarrayType, 'dtype', (self) => new NumpyDtype((self as NdArray).tensor.dtype.name));
defineMethod(ndarrayType, 'tolist', (self) => toList((self as NdArray).tensor));
defineMethod(ndarrayType, '__len__', (self) => {
  const t = (self as NdArray).tensor;
  if (t.rank === 0) throw typeError('len() of unsized object');
  return t.shape[0];
});
// Iterating an array yields its rows: numpy scalars for 1-D arrays, sub-arrays otherwise.
defineMethod(ndarrayType, '__iter__', (self) => {
  const t = (self as NdArray).tensor;
  if (t.rank === 0) throw typeError('iteration over a 0-d array');
  const rowShape = t.shape.slice(1);
  const rowSize = rowShape.reduce((a, b) => a * b, 1);
  const values = t.values();
  let i = 0;
  return new PyIterator(() => {
    if (i >= t.shape[0]) return undefined;
    const row = Array.from(values.subarray(i * rowSize, (i + 1) * rowSize) as ArrayLike<number>);
    i++;
    return tensorToNumpy(tensorFromValues(row, rowShape, t.dtype, t.device));
  });
});
defineMethod(numpyDtypeType, '__str__', (self) => (self as NumpyDtype).name);
defineMethod(numpyDtypeType, '__repr__', (self) => `dtype('${(self as NumpyDtype).name}')`);

defineMethod(numpyScalarBase, '__str__', (self) => {
  const t = (self as NumpyScalar).tensor;
  return formatNumpyScalarStr(t.values()[0], t.dtype.name);
});
defineMethod(numpyScalarBase, '__repr__', (self) => {
  const t = (self as NumpyScalar).tensor;
  return formatNumpyScalarRepr(t.values()[0], t.dtype.name);
});
defineMethod(numpyScalarBase, '__float__', (self) => new PyFloat(Number((self as NumpyScalar).tensor.values()[0])));
defineMethod(numpyScalarBase, '__int__', (self) => Math.trunc(Number((self as NumpyScalar).tensor.values()[0])));
defineMethod(numpyScalarBase, '__bool__', (self) => Number((self as NumpyScalar).tensor.values()[0]) !== 0);
defineMethod(numpyScalarBase, 'item', (self) => (self as NumpyScalar).item);
const ops: [string, Operator, boolean][] = [
  ['__add__', 'Add', false], ['__radd__', 'Add', true], ['__sub__', 'Sub', false], ['__rsub__', 'Sub', true],
  ['__mul__', 'Mult', false], ['__rmul__', 'Mult', true], ['__truediv__', 'Div', false], ['__rtruediv__', 'Div', true],
];
for (const [name, op, reflected] of ops) {
  defineMethod(numpyScalarBase, name, (self, args) => {
    const x = (self as NumpyScalar).item;
    return reflected ? binaryOp(op, args[0], x) : binaryOp(op, x, args[0]);
  });
}
