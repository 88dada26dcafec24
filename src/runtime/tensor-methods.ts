// The Python face of EagerTensor: printing, attributes, conversions and operators, all routed
// through the op registry (operators convert Python operands to the tensor's dtype, as TF does).
import type { Operator } from '../../grammar/ast.js';
import { PyValue } from '../interpreter/objects/core.js';
import { pyExc, typeError, valueError } from '../interpreter/objects/exceptions.js';
import { PyFloat } from '../interpreter/objects/values.js';
import { defineGetter, defineMethod } from '../interpreter/builtins/define.js';
import { callMethod } from '../interpreter/ops/call.js';
import { tensorRepr, tensorStr } from './printing/index.js';
import { dtypes } from './dtypes.js';
import { eagerTensorType, Tensor } from './tensor.js';
import { TensorShape } from './tensor-shape.js';
import { toOperandTensor, toTensor } from './convert.js';
import { tensorToNumpy } from './numpy-lite.js';
import * as api from './ops/api.js';
import * as E from './ops/elementwise.js';
import { runOp } from './ops/registry.js';
import { broadcastable } from './ops/broadcast.js';

export const asTensor = (self: PyValue) => self as Tensor;

/** True division as TF's truediv: integer tensors are cast to a float type first; operands of
 *  different dtypes are refused before any op runs (TF's Python check). */
export function trueDiv(x: Tensor, y: Tensor): Tensor {
  if (x.dtype !== y.dtype) throw typeError(`\`x\` and \`y\` must have the same dtype, got tf.${x.dtype.name} != tf.${y.dtype.name}.`);
  if (!x.dtype.isFloating && x.dtype === y.dtype) {
    const target = ['int8', 'int16', 'uint8', 'uint16'].includes(x.dtype.name) ? dtypes.float32 : dtypes.float64;
    return api.realDiv(api.cast(x, target), api.cast(y, target));
  }
  return api.realDiv(x, y);
}

type BinaryFn = (x: Tensor, y: Tensor) => Tensor;

/** Applies a binary op with TF's operand conversion: the other operand takes self's dtype
 *  (toOperandTensor; `hinted`: only as a hint, as `x + y`, `x / y` and `x @ y` convert y). */
export function tensorBinary(fn: BinaryFn, self: Tensor, other: PyValue, reflected: boolean, hinted = false): Tensor {
  const y = toOperandTensor(other, self.dtype, reflected || !hinted);
  return reflected ? fn(y, self) : fn(self, y);
}

// [operator, method name, op, whether TF's Python wrapper converts the right operand with a dtype
// hint (else strictly, as the generated op does; reflected operators are always strict: TF's
// r_binary_op_wrapper converts the left operand to self's dtype first)].
const operatorFns: [Operator, string, BinaryFn, boolean][] = [
  ['Add', 'add', api.add, true],
  ['Sub', 'sub', api.sub, false],
  ['Mult', 'mul', api.mul, false],
  ['Div', 'truediv', trueDiv, true],
  ['FloorDiv', 'floordiv', api.floorDiv, false],
  ['Mod', 'mod', api.floorMod, false],
  ['Pow', 'pow', api.pow, false],
  ['MatMult', 'matmul', (a, b) => api.matmul(a, b), true],
];

for (const [, name, fn, hinted] of operatorFns) {
  defineMethod(eagerTensorType, `__${name}__`, (self, args) => tensorBinary(fn, asTensor(self), args[0], false, hinted));
  defineMethod(eagerTensorType, `__r${name}__`, (self, args) => tensorBinary(fn, asTensor(self), args[0], true));
}

const comparisons: [string, BinaryFn][] = [
  ['__lt__', (a, b) => runOp(E.Less, [a, b], null)],
  ['__le__', (a, b) => runOp(E.LessEqual, [a, b], null)],
  ['__gt__', (a, b) => runOp(E.Greater, [a, b], null)],
  ['__ge__', (a, b) => runOp(E.GreaterEqual, [a, b], null)],
];
for (const [name, fn] of comparisons) {
  defineMethod(eagerTensorType, name, (self, args) => tensorBinary(fn, asTensor(self), args[0], false));
}
// == and != run TF's Equal / NotEqual with incompatible_shape_error=False: the other operand is
// converted strictly and a dtype mismatch is the op's error, but shapes that do not broadcast
// give a scalar False / True tensor. Against None: False / True.
for (const [name, op, unequal] of [['__eq__', E.Equal, false], ['__ne__', E.NotEqual, true]] as const) {
  defineMethod(eagerTensorType, name, (self, args) => {
    if (args[0] === null) return unequal;
    const x = asTensor(self);
    const y = toOperandTensor(args[0], x.dtype, true);
    return broadcastable(x.shape, y.shape) || x.dtype !== y.dtype ? runOp(op, [x, y], null) : toTensor(unequal);
  });
}
// __hash__ (TF's TypeError) and ref(): object-identity.ts.

defineMethod(eagerTensorType, '__neg__', (self) => api.neg(asTensor(self)));
defineMethod(eagerTensorType, '__pos__', (self) => self);
defineMethod(eagerTensorType, '__abs__', (self) => runOp(E.Abs, [asTensor(self)], null));

defineMethod(eagerTensorType, '__str__', (self) => {
  const t = asTensor(self);
  return tensorStr(t.values(), t.shape, t.dtype.name);
});
defineMethod(eagerTensorType, '__repr__', (self) => {
  const t = asTensor(self);
  return tensorRepr(t.values(), t.shape, t.dtype.name);
});

// TF formats the numpy value: a scalar as its Python number (f"{loss:.4f}", and f"{loss}" shows a
// float32 as the double it widens to), an array as numpy's str, which takes no format spec.
defineMethod(eagerTensorType, '__format__', (self, args) => callMethod(tensorToNumpy(asTensor(self)), '__format__', args, null));

defineGetter(eagerTensorType, 'shape', (self) => new TensorShape(asTensor(self).shape));
defineGetter(eagerTensorType, 'dtype', (self) => asTensor(self).dtype);
defineGetter(eagerTensorType, 'device', (self) => asTensor(self).device);
defineGetter(eagerTensorType, 'ndim', (self) => asTensor(self).rank);
defineMethod(eagerTensorType, 'numpy', (self) => tensorToNumpy(asTensor(self)));
defineMethod(eagerTensorType, 'get_shape', (self) => new TensorShape(asTensor(self).shape));

/** The value of a rank-0 tensor for float()/int(): TF converts through numpy, and numpy 2.4
 *  converts only 0-d arrays (a one-element vector raises too). */
function scalarValue(t: Tensor): number | bigint {
  if (t.rank !== 0) throw typeError('only 0-dimensional arrays can be converted to Python scalars');
  const v = t.values()[0];
  return typeof v === 'bigint' ? v : Number(v);
}

defineMethod(eagerTensorType, '__float__', (self) => new PyFloat(Number(scalarValue(asTensor(self)))));
defineMethod(eagerTensorType, '__int__', (self) => {
  const v = scalarValue(asTensor(self));
  return typeof v === 'bigint' ? v : Math.trunc(v);
});
// As an index (list[t]), TF hands over its numpy value: an integer 0-d array works; any other
// array raises numpy's TypeError, and a float or bool scalar is a numpy scalar without __index__.
defineMethod(eagerTensorType, '__index__', (self) => {
  const t = asTensor(self);
  const integral = !(t.dtype.isFloating || t.dtype.name === 'bool');
  if (t.rank === 0 && !integral) throw pyExc('AttributeError', `'numpy.${t.dtype.name}' object has no attribute '__index__'`);
  if (t.rank !== 0 || !integral) throw typeError('only integer scalar arrays can be converted to a scalar index');
  return Number(t.values()[0]);
});
defineMethod(eagerTensorType, '__bool__', (self) => {
  const t = asTensor(self);
  if (t.size !== 1) {
    throw valueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
  }
  return Number(t.values()[0]) !== 0;
});
defineMethod(eagerTensorType, '__len__', (self) => {
  const t = asTensor(self);
  if (t.rank === 0) throw typeError('Scalar tensor has no `len()`');
  return t.shape[0];
});
