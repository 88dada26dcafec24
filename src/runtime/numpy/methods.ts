// The Python face of ndarray and numpy scalars: printing, attributes, operators (with numpy's
// promotion and in-place rules), indexing, conversions and methods.
import type { Operator } from '../../../grammar/ast.js';
import { PyValue } from '../../interpreter/objects/core.js';
import { overflowError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { NotImplemented, PyFloat, PyTuple } from '../../interpreter/objects/values.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { formatValue } from '../../interpreter/ops/format.js';
import { PyIterator } from '../../interpreter/ops/iter.js';
import { formatNdarrayRepr, formatNdarrayStr, formatNumpyScalarRepr, formatNumpyScalarStr, PrintDType } from '../printing/index.js';
import { genericType, dtypeArg, np, NpDType } from './dtype.js';
import { callMethod } from '../../interpreter/ops/call.js';
import { NdArray, NumpyScalar, astype, checkWriteable, elementToPy, makeArray, ndarrayType, scalarToArray, toPyList, wrapResult, writeBack } from './ndarray.js';
import * as U from './ufuncs.js';
import { getItem, nonzero, setItem } from './indexing.js';
import { sortArray } from './sorting.js';
import { matmulArrays } from './linalg.js';
import { reducers, axisArg } from './reduce-api.js';
import { reshape, shapeArg, squeeze } from './shape.js';
import { roundArray } from './rounding.js';
import { numericAsStr, strDtypeWidth } from './str-array.js';
import { castFlags, collectFpFlags, reportFpErrors } from './fp-errors.js';
import { builtinHash, pyHash } from '../../interpreter/ops/hash.js';
import { builtinKeyHooks, canonicalKey } from '../../interpreter/ops/compare.js';
import './shape-extras-methods.js';
import { permutedView } from './shape-extras-util.js';
import { normalizeAxis } from './errors.js';

const arr = (v: PyValue) => v as NdArray;

export function arrayRepr(a: NdArray): string {
  return formatNdarrayRepr(a.data, a.shape, a.dtype.name as PrintDType);
}
export function arrayStr(a: NdArray): string {
  return formatNdarrayStr(a.data, a.shape, a.dtype.name as PrintDType);
}

defineMethod(ndarrayType, '__repr__', (self) => arrayRepr(arr(self)));
defineMethod(ndarrayType, '__str__', (self) => arrayStr(arr(self)));
defineGetter(ndarrayType, 'shape', (self) => new PyTuple(arr(self).shape.slice()));
defineGetter(ndarrayType, 'ndim', (self) => arr(self).ndim);
defineGetter(ndarrayType, 'size', (self) => arr(self).size);
defineGetter(ndarrayType, 'dtype', (self) => arr(self).dtype);
defineGetter(ndarrayType, 'itemsize', (self) => arr(self).dtype.itemsize);
defineGetter(ndarrayType, 'nbytes', (self) => arr(self).dtype.itemsize * arr(self).size);
// .T and .transpose() are views in numpy: writes through them reach the array.
defineGetter(ndarrayType, 'T', (self) => permutedView(arr(self), arr(self).shape.map((_, i) => arr(self).ndim - 1 - i)));

// ---- operators ----

const binaryOps: [Operator, string, U.BinaryUfunc | 'matmul'][] = [
  ['Add', 'add', U.add], ['Sub', 'sub', U.subtract], ['Mult', 'mul', U.multiply], ['Div', 'truediv', U.trueDivide],
  ['FloorDiv', 'floordiv', U.floorDivide], ['Mod', 'mod', U.remainder], ['Pow', 'pow', U.power],
  ['MatMult', 'matmul', 'matmul'], ['BitAnd', 'and', U.bitwiseAnd], ['BitOr', 'or', U.bitwiseOr], ['BitXor', 'xor', U.bitwiseXor],
];

function compute(u: U.BinaryUfunc | 'matmul', a: U.Operand, b: U.Operand): NdArray {
  if (u === 'matmul') return matmulArrays(a.arr, b.arr);
  if (u === U.subtract) U.checkSubtract(a, b);
  if (u === U.power && b.arr.ndim === 0 && b.arr.data[0] === 0.5 && a.arr.dtype.kind === 'f') return U.floatUnary('sqrt', a.arr);
  // Neither side an ndarray: numpy's scalar math, whose FP errors say "scalar add".
  return U.applyBinary(u, a, b, !(a.py instanceof NdArray) && !(b.py instanceof NdArray));
}

function binaryDunder(u: U.BinaryUfunc | 'matmul', self: PyValue, other: PyValue, reflected: boolean): PyValue {
  const o = U.toOperand(other);
  if (!o) return NotImplemented;
  const s = U.toOperand(self)!;
  return wrapResult(reflected ? compute(u, o, s) : compute(u, s, o));
}

/** divmod(a, b): floor_divide and remainder, with their FP errors reported as one "divmod". */
function divmodDunder(self: PyValue, other: PyValue, reflected: boolean): PyValue {
  const o = U.toOperand(other);
  if (!o) return NotImplemented;
  const s = U.toOperand(self)!;
  const [x, y] = reflected ? [o, s] : [s, o];
  const scalar = !(x.py instanceof NdArray) && !(y.py instanceof NdArray);
  const [parts, flags] = collectFpFlags(() => [U.applyBinary(U.floorDivide, x, y), U.applyBinary(U.remainder, x, y)]);
  reportFpErrors(scalar ? 'scalar divmod' : 'divmod', flags);
  return new PyTuple(parts.map(wrapResult));
}

for (const target of [ndarrayType, genericType]) {
  defineMethod(target, '__divmod__', (self, args) => divmodDunder(self, args[0], false));
  defineMethod(target, '__rdivmod__', (self, args) => divmodDunder(self, args[0], true));
  for (const [, name, u] of binaryOps) {
    defineMethod(target, `__${name}__`, (self, args) => binaryDunder(u, self, args[0], false));
    defineMethod(target, `__r${name}__`, (self, args) => binaryDunder(u, self, args[0], true));
  }
  const comparisons: [string, U.BinaryUfunc][] = [
    ['__lt__', U.less], ['__le__', U.lessEqual], ['__gt__', U.greater], ['__ge__', U.greaterEqual], ['__eq__', U.equal], ['__ne__', U.notEqual],
  ];
  for (const [name, u] of comparisons) defineMethod(target, name, (self, args) => binaryDunder(u, self, args[0], false));
  const scalarUnary = (name: string, self: PyValue, f: U.UnaryKernel) => {
    const a = U.unaryOperand(self);
    if (self instanceof NumpyScalar) U.checkScalarIntUnary(name, a);
    return wrapResult(U.sameTypeUnary(name, a, f));
  };
  defineMethod(target, '__neg__', (self) => scalarUnary('negative', self, (x) => -x));
  defineMethod(target, '__pos__', (self) => wrapResult(U.unaryOperand(self)));
  defineMethod(target, '__abs__', (self) => scalarUnary('absolute', self, Math.abs));
  defineMethod(target, '__invert__', (self) => {
    const a = U.unaryOperand(self);
    if (a.dtype.kind === 'f') throw U.noLoopFor('invert', a.dtype.name);
    return wrapResult(U.sameTypeUnary('invert', a, a.dtype.kind === 'b' ? (x) => (x ? 0 : 1) : (x) => -x - 1));
  });
}
ndarrayType.dict.set('__hash__', null);

// In-place operators write into the array, refusing results of a higher kind (int += float).
for (const [, name, u] of binaryOps) {
  if (u === 'matmul') continue;
  defineMethod(ndarrayType, `__i${name}__`, (self, args) => {
    const a = arr(self);
    const o = U.toOperand(args[0]);
    if (!o) return NotImplemented;
    checkWriteable(a, 'output array is read-only');
    const r = compute(u, U.toOperand(a)!, o);
    U.checkSameKind(u.name, r.dtype, a.dtype);
    if (r.size !== a.size || r.ndim > a.ndim) {
      const st = (s: number[]) => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;
      throw valueError(`non-broadcastable output operand with shape ${st(a.shape)} doesn't match the broadcast shape ${st(r.shape)}`);
    }
    a.data.set(astype(r, a.dtype).data);
    writeBack(a);
    return a;
  });
}

// ---- indexing and the sequence protocol ----

defineMethod(ndarrayType, '__getitem__', (self, args) => getItem(arr(self), args[0]));
defineMethod(ndarrayType, '__setitem__', (self, args) => {
  setItem(arr(self), args[0], args[1]);
  return null;
});
defineMethod(ndarrayType, '__len__', (self) => {
  const a = arr(self);
  if (a.ndim === 0) throw typeError('len() of unsized object');
  return a.shape[0];
});
defineMethod(ndarrayType, '__iter__', (self) => {
  const a = arr(self);
  if (a.ndim === 0) throw typeError('iteration over a 0-d array');
  let i = 0;
  return new PyIterator(() => (i < a.shape[0] ? getItem(a, i++) : undefined));
});
defineMethod(ndarrayType, '__contains__', (self, args) => {
  const r = U.applyBinary(U.equal, U.toOperand(self)!, U.operandOrThrow(args[0]));
  return r.data.some((x) => x !== 0);
});

function singleValue(a: NdArray): number {
  if (a.ndim !== 0) throw typeError('only 0-dimensional arrays can be converted to Python scalars');
  return a.data[0];
}
defineMethod(ndarrayType, '__bool__', (self) => {
  const a = arr(self);
  if (a.size > 1) throw valueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
  if (a.size === 0) throw valueError('The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.');
  return a.data[0] !== 0;
});
defineMethod(ndarrayType, '__float__', (self) => new PyFloat(singleValue(arr(self))));
defineMethod(ndarrayType, '__int__', (self) => Math.trunc(singleValue(arr(self))));
defineMethod(ndarrayType, '__index__', (self) => {
  const a = arr(self);
  if (a.ndim !== 0 || !a.dtype.isInt) throw typeError('only integer scalar arrays can be converted to a scalar index');
  return a.data[0];
});
defineMethod(ndarrayType, '__format__', (self, args) => {
  const a = arr(self);
  if (a.ndim === 0) return formatValue(elementToPy(a.data[0], a.dtype), args[0] as string);
  if (args[0] !== '') throw typeError('unsupported format string passed to numpy.ndarray.__format__');
  return arrayStr(a);
});

// ---- methods ----

for (const [name, r] of Object.entries(reducers)) {
  defineMethod(ndarrayType, name, (self, args, kwargs) => r(arr(self), args, kwargs));
}
const astypeParams = pyParams('astype', ['dtype', 'order', 'casting', 'subok', 'copy'], { order: 'K', casting: 'unsafe', subok: true, copy: true });
defineMethod(ndarrayType, 'astype', (self, args, kwargs) => {
  const d = astypeParams(args, kwargs).dtype;
  const strWidth = strDtypeWidth(d);
  return strWidth !== null ? numericAsStr(arr(self), strWidth) : checkedCast(arr(self), dtypeArg(d)!);
});

/** astype with numpy's "overflow/invalid value encountered in cast" warnings. */
function checkedCast(a: NdArray, dtype: NpDType): NdArray {
  const r = astype(a, dtype);
  reportFpErrors('cast', castFlags(a.dtype, dtype, a.data, r.data));
  return r;
}
defineMethod(ndarrayType, 'reshape', (self, args) => reshape(arr(self), shapeArg(args)));
defineMethod(ndarrayType, 'copy', (self) => makeArray(arr(self).dtype, arr(self).shape.slice(), arr(self).data));
defineMethod(ndarrayType, 'tolist', (self) => toPyList(arr(self)));
defineMethod(ndarrayType, 'transpose', (self, args) => {
  const axes = args.length === 0 || (args.length === 1 && args[0] === null) ? null : shapeArg(args);
  // numpy compares the count before checking each axis.
  const a = arr(self);
  if (axes !== null && axes.length !== a.ndim) throw valueError("axes don't match array");
  const perm = axes === null ? a.shape.map((_, i) => a.ndim - 1 - i) : axes.map((x) => normalizeAxis(x, a.ndim));
  if (new Set(perm).size !== perm.length) throw valueError('repeated axis in transpose');
  return permutedView(a, perm);
});
defineMethod(ndarrayType, 'squeeze', (self, args) => squeeze(arr(self), axisArg(args.length ? args[0] : null)));
const sortParams = pyParams('sort', ['axis', 'kind', 'order'], { axis: -1, kind: null, order: null });
defineMethod(ndarrayType, 'sort', (self, args, kwargs) => {
  const a = arr(self);
  a.data.set(sortArray(a, asIndex(sortParams(args, kwargs).axis), false).data);
  writeBack(a);
  return null;
});
defineMethod(ndarrayType, 'argsort', (self, args, kwargs) => {
  const axis = sortParams(args, kwargs).axis;
  return sortArray(arr(self), axis === null ? null : asIndex(axis), true);
});
defineMethod(ndarrayType, 'nonzero', (self) => nonzero(arr(self)));
defineMethod(ndarrayType, 'dot', (self, args) => wrapResult(matmulArrays(arr(self), U.operandOrThrow(args[0]).arr)));

// ---- numpy scalars ----

const sc = (v: PyValue) => v as NumpyScalar;
defineMethod(genericType, '__repr__', (self) => formatNumpyScalarRepr(sc(self).value, sc(self).dtype.name as PrintDType));
defineMethod(genericType, '__str__', (self) => formatNumpyScalarStr(sc(self).value, sc(self).dtype.name as PrintDType));
// numpy formats a scalar as the Python number it converts to, so f"{np.float32(0.1)}" shows the
// double 0.10000000149011612, unlike str().
defineMethod(genericType, '__format__', (self, args) => formatValue(elementToPy(sc(self).value, sc(self).dtype), args[0] as string));
defineMethod(genericType, '__float__', (self) => new PyFloat(sc(self).value));
defineMethod(genericType, '__int__', (self) => {
  const v = sc(self).value;
  if (Number.isNaN(v)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw overflowError('cannot convert float infinity to integer');
  return Math.trunc(v);
});
defineMethod(genericType, '__index__', (self) => {
  if (!sc(self).dtype.isInt) throw typeError(`'numpy.${sc(self).dtype.name}' object cannot be interpreted as an integer`);
  return sc(self).value;
});
defineMethod(genericType, '__bool__', (self) => sc(self).value !== 0);
// Numpy scalars hash and key dicts as the Python number they equal (np.int64(1) finds key 1).
builtinHash.set(genericType, (v) => pyHash(elementToPy(sc(v).value, sc(v).dtype)));
builtinKeyHooks.push((key) => (key instanceof NumpyScalar ? canonicalKey(elementToPy(key.value, key.dtype)) : undefined));
defineMethod(genericType, '__round__', (self, args) => {
  const s = sc(self);
  const nd = args.length && args[0] !== null ? asIndex(args[0]) : null;
  const r = roundArray(scalarToArray(s), nd ?? 0);
  return nd === null ? (s.dtype.kind === 'f' ? Math.trunc(r.data[0]) : r.data[0]) : wrapResult(r);
});
defineMethod(genericType, 'item', (self) => elementToPy(sc(self).value, sc(self).dtype));
defineMethod(genericType, 'tolist', (self) => elementToPy(sc(self).value, sc(self).dtype));
// The scalar's bytes as its 0-d array's (np.float32(1.5).tobytes() == b'\x00\x00\xc0?').
defineMethod(genericType, 'tobytes', (self) => callMethod(scalarToArray(sc(self)), 'tobytes', [], null));
defineMethod(genericType, 'astype', (self, args) => wrapResult(checkedCast(scalarToArray(sc(self)), dtypeArg(args[0])!)));
defineGetter(genericType, 'dtype', (self) => sc(self).dtype);
defineGetter(genericType, 'shape', () => new PyTuple([]));
defineGetter(genericType, 'ndim', () => 0);
defineGetter(genericType, 'size', () => 1);
defineGetter(genericType, 'itemsize', (self) => sc(self).dtype.itemsize);
defineGetter(genericType, 'nbytes', (self) => sc(self).dtype.itemsize);
for (const [name, r] of Object.entries(reducers)) {
  defineMethod(genericType, name, (self, args, kwargs) => r(scalarToArray(sc(self)), args, kwargs));
}
// np.float32(3.14), np.int64('7'), np.bool_(1): scalar constructors.
for (const t of Object.values(np)) {
  t.scalarType.construct = (_cls, args) => {
    if (args.length === 0) return new NumpyScalar(t, 0);
    const v = args[0];
    if (typeof v === 'string') {
      const x = Number(v);
      if (Number.isNaN(x) && v.trim().toLowerCase() !== 'nan') throw valueError(`could not convert string to float: '${v}'`);
      return wrapResult(makeArray(t, [], [x]));
    }
    const a = U.operandOrThrow(v).arr;
    const out = astype(a, t);
    return wrapResult(out);
  };
}
