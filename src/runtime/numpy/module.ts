// The `numpy` module as Python sees it: constructors, math functions, reductions, shape
// functions, constants, dtypes, np.random and file I/O, bound like numpy's signatures.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { PyFloat, PySlice, PyTuple } from '../../interpreter/objects/values.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { abstractScalarTypes, dtypeArg, np, npDtypeType, promoteTypes } from './dtype.js';
import { NdArray, NumpyScalar, arrayFromPy, asArray, astype, castValues, makeArray, ndarrayType, numElements, pyNumber, weakKind, wrapResult } from './ndarray.js';
import { nativeWhere } from './native-ufuncs.js';
import * as U from './ufuncs.js';
import * as S from './shape.js';
import * as C from './creation.js';
import { reducers, axisArg } from './reduce-api.js';
import { dot, matmul } from './linalg.js';
import { roundArray } from './rounding.js';
import { createRandomModule } from './random.js';
import { array2string, arrayReprFn, arrayStrFn, printoptionsContext } from './array-text.js';
import { numpyTestingModule } from './testing.js';
import { pythonExtra, pythonExtraNames } from './python-extras.js';
import { ioFunctions } from './io.js';
import { viewFunctions } from './array-views.js';
import { createLinalgModule, moreFunctions } from './more-functions.js';
import { shapeExtraFunctions, shapeExtraValues } from './shape-extras.js';
import { mathExtraFunctions } from './math-extras.js';
import { statsExtraFunctions } from './stats-extras.js';
import { getPrintoptions, setPrintoptions } from './print-options.js';
import { nonzero } from './indexing.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { sortArray, uniqueArrays } from './sorting.js';
import './methods.js';
import { configureAllocatorForArrays } from './native-kernels.js';
import { objectArrayOf } from './object-array.js';
import { collectFpFlags, errorStateFunctions, reportFpErrors } from './fp-errors.js';
import { refuseNumericOnStrings, withStringOverrides } from './str-array.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => U.operandOrThrow(v).arr;

function unaryFloat(name: string): Fn {
  const params = pyParams(name, ['x'], {});
  return (args, kwargs) => wrapResult(U.floatUnary(name, arr(params(args, kwargs).x)));
}
function unarySame(name: string, f: U.UnaryKernel, intF: U.UnaryKernel = f): Fn {
  const params = pyParams(name, ['x'], {});
  return (args, kwargs) => {
    const a = arr(params(args, kwargs).x);
    return wrapResult(U.sameTypeUnary(name, a, a.dtype.isFloat ? f : intF));
  };
}
function binary(u: U.BinaryUfunc): Fn {
  const params = pyParams(u.name, ['x1', 'x2'], {});
  return (args, kwargs) => {
    const p = params(args, kwargs);
    return U.callBinary(u, p.x1, p.x2);
  };
}

const arrayParams = pyParams('array', ['object', 'dtype'], { dtype: null, copy: true, order: 'K', subok: false, ndmin: 0 }, ['copy', 'order', 'subok', 'ndmin']);
function array(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = arrayParams(args, kwargs);
  const strings = objectArrayOf(p.object);
  if (strings !== null) return strings;
  let a = arrayFromPy(p.object, dtypeArg(p.dtype));
  const ndmin = asIndex(p.ndmin);
  if (a.ndim < ndmin) a = S.reshape(a, [...new Array<number>(ndmin - a.ndim).fill(1), ...a.shape]);
  return a;
}
const asarrayParams = pyParams('asarray', ['a', 'dtype'], { dtype: null });

function numArg(v: PyValue): number {
  return pyNumber(v instanceof NdArray ? wrapResult(v) : v);
}
const isFloatArg = (v: PyValue) => weakKind(v) === 'float' || (!weakKind(v) && v !== null && arr(v).dtype.isFloat);

const arangeParams = pyParams('arange', ['start', 'stop', 'step', 'dtype'], { stop: null, step: null, dtype: null });
function arange(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = arangeParams(args, kwargs);
  const [start, stop] = p.stop === null ? [0, numArg(p.start)] : [numArg(p.start), numArg(p.stop)];
  const step = p.step === null ? 1 : numArg(p.step);
  const anyFloat = [p.start, p.stop, p.step].some((v) => v !== null && isFloatArg(v));
  return C.arange(start, stop, step, dtypeArg(p.dtype) ?? (anyFloat ? np.float64 : np.int64));
}

const linspaceParams = pyParams('linspace', ['start', 'stop', 'num', 'endpoint', 'retstep', 'dtype', 'axis'], { num: 50, endpoint: true, retstep: false, dtype: null, axis: 0 });
function linspace(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = linspaceParams(args, kwargs);
  const [a, step] = C.linspace(numArg(p.start), numArg(p.stop), asIndex(p.num), isTruthy(p.endpoint), dtypeArg(p.dtype));
  return isTruthy(p.retstep) ? new PyTuple([a, new NumpyScalar(np.float64, step)]) : a;
}

function filled(name: string, value: number | null): Fn {
  const params = value === null
    ? pyParams(name, ['shape', 'fill_value', 'dtype', 'order'], { dtype: null, order: 'C' })
    : pyParams(name, ['shape', 'dtype', 'order'], { dtype: np.float64, order: 'C' });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const shape = S.shapeArg(p.shape);
    if (value !== null) return C.full(shape, value, dtypeArg(p.dtype)!);
    const fill = U.operandOrThrow(p.fill_value);
    const dtype = dtypeArg(p.dtype) ?? (fill.weak ? U.resultType([fill]) : fill.arr.dtype);
    return C.full(shape, fill.arr.data[0], dtype);
  };
}
function filledLike(name: string, value: number | null): Fn {
  const params = value === null
    ? pyParams(name, ['a', 'fill_value', 'dtype'], { dtype: null })
    : pyParams(name, ['a', 'dtype'], { dtype: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const a = arr(p.a);
    const dtype = dtypeArg(p.dtype) ?? a.dtype;
    return C.full(a.shape.slice(), value ?? pyNumber(p.fill_value), dtype);
  };
}

const eyeParams = pyParams('eye', ['N', 'M', 'k', 'dtype'], { M: null, k: 0, dtype: np.float64 });
const identityParams = pyParams('identity', ['n', 'dtype'], { dtype: np.float64 });

function arraysOf(v: PyValue): NdArray[] {
  return S.arraysArg(v);
}
const concatParams = pyParams('concatenate', ['arrays', 'axis'], { axis: 0 });
const stackParams = pyParams('stack', ['arrays', 'axis'], { axis: 0 });

const clipParams = pyParams('clip', ['a', 'a_min', 'a_max'], { a_min: null, a_max: null });
function clip(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = clipParams(args, kwargs);
  let r: PyValue = p.a;
  if (p.a_min !== null) r = U.callBinary(U.maximum, r, p.a_min);
  if (p.a_max !== null) r = U.callBinary(U.minimum, r, p.a_max);
  return r;
}

export function where(args: PyValue[]): PyValue {
  if (args.length === 1) return nonzero(arr(args[0]));
  if (args.length !== 3) throw valueError('either both or neither of x and y should be given');
  const cond = arr(args[0]);
  const x = U.operandOrThrow(args[1]);
  const y = U.operandOrThrow(args[2]);
  const t = U.resultType([x, y]);
  const shape = broadcastShapes(cond.shape, x.arr.shape, y.arr.shape);
  const n = numElements(shape);
  // One-element operands (a Python float) are converted first; whole ones must already be in t.
  const inT = (a: NdArray) => (a.dtype === t ? a.data : a.size === 1 ? castValues(a.data, t) : null);
  const xv = inT(x.arr);
  const yv = inT(y.arr);
  const native = xv && yv ? nativeWhere(cond.data, xv, yv, t, n) : null;
  if (native !== null) return wrapResult(new NdArray(t, shape, native));
  const [mc, mx, my] = [cond, x.arr, y.arr].map((a) => broadcastIndex(a.shape, shape));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = cond.data[mc ? mc[i] : i] ? x.arr.data[mx ? mx[i] : i] : y.arr.data[my ? my[i] : i];
  }
  return wrapResult(makeArray(t, shape, out));
}

const closeParams = pyParams('isclose', ['a', 'b', 'rtol', 'atol', 'equal_nan'], { rtol: new PyFloat(1e-5), atol: new PyFloat(1e-8), equal_nan: false });
function isclose(args: PyValue[], kwargs: Kwargs): NdArray {
  const p = closeParams(args, kwargs);
  const a = arr(p.a);
  const b = arr(p.b);
  const rtol = pyNumber(p.rtol);
  const atol = pyNumber(p.atol);
  const eqNan = isTruthy(p.equal_nan);
  const shape = broadcastShapes(a.shape, b.shape);
  const [ma, mb] = [a, b].map((x) => broadcastIndex(x.shape, shape));
  const n = numElements(shape);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = a.data[ma ? ma[i] : i];
    const y = b.data[mb ? mb[i] : i];
    if (Number.isNaN(x) || Number.isNaN(y)) out[i] = eqNan && Number.isNaN(x) && Number.isNaN(y) ? 1 : 0;
    else if (!Number.isFinite(x) || !Number.isFinite(y)) out[i] = x === y ? 1 : 0;
    else out[i] = Math.abs(x - y) <= atol + rtol * Math.abs(y) ? 1 : 0;
  }
  return makeArray(np.bool, shape, out);
}

function arrayEqual(args: PyValue[]): boolean {
  const a = asArray(args[0]);
  const b = asArray(args[1]);
  if (a.ndim !== b.ndim || a.shape.some((s, i) => s !== b.shape[i])) return false;
  return a.data.every((x, i) => x === b.data[i]);
}

const meshParams = pyParams('meshgrid', [], { indexing: 'xy', sparse: false, copy: true }, ['indexing', 'sparse', 'copy']);
function meshgrid(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = meshParams([], kwargs);
  const xs = args.map((v) => { const a = arr(v); return makeArray(a.dtype, [a.size], a.data); });
  const shape = xs.map((x) => x.size);
  if (p.indexing === 'xy' && xs.length >= 2) [shape[0], shape[1]] = [shape[1], shape[0]];
  return new PyTuple(
    xs.map((x, i) => {
      let axis = i;
      if (p.indexing === 'xy' && xs.length >= 2 && i < 2) axis = 1 - i;
      const view = shape.map((s, k) => (k === axis ? s : 1));
      const src = S.reshape(x, view);
      const map = broadcastIndex(view, shape)!;
      return makeArray(x.dtype, shape, Array.from(map, (j) => src.data[j]));
    }),
  );
}

/** np.r_ and np.c_: slices become aranges, everything is concatenated (c_ makes 1-D columns). */
class ConcatHelper implements PyObject {
  constructor(readonly columns: boolean) {}
  get cls(): PyType {
    return concatHelperType;
  }
}
const concatHelperType = new PyType('AxisConcatenator', [objectType], 'numpy.lib._index_tricks_impl');
defineMethod(concatHelperType, '__getitem__', (self, args) => {
  const key = args[0];
  const items = key instanceof PyTuple ? key.items : [key];
  const cols = (self as ConcatHelper).columns;
  const parts = items.map((it) => {
    let a: NdArray;
    if (it instanceof PySlice) {
      const start = it.start === null ? 0 : pyNumber(it.start);
      const step = it.step === null ? 1 : pyNumber(it.step);
      const anyFloat = [it.start, it.stop, it.step].some((v) => weakKind(v) === 'float');
      a = C.arange(start, pyNumber(it.stop), step, anyFloat ? np.float64 : np.int64);
    } else a = S.atLeast1d(asArray(it));
    if (cols && a.ndim === 1) a = S.reshape(a, [a.size, 1]);
    return a;
  });
  return S.concatenate(parts, cols ? -1 : 0);
});

const sortParams = pyParams('sort', ['a', 'axis', 'kind', 'order'], { axis: -1, kind: null, order: null });
const uniqueParams = pyParams('unique', ['ar', 'return_index', 'return_inverse', 'return_counts', 'axis'], { return_index: false, return_inverse: false, return_counts: false, axis: null });
const reshapeParams = pyParams('reshape', ['a', 'shape'], {});
const expandParams = pyParams('expand_dims', ['a', 'axis'], {});
const squeezeParams = pyParams('squeeze', ['a', 'axis'], { axis: null });
const roundParams = pyParams('round', ['a', 'decimals'], { decimals: 0 });

export function createNumpyModule(): PyModule {
  configureAllocatorForArrays();
  const m = new PyModule('numpy');
  const fns: Record<string, Fn> = {
    array,
    asarray: (args, kwargs) => {
      const p = asarrayParams(args, kwargs);
      return asArray(p.a, dtypeArg(p.dtype));
    },
    arange,
    linspace,
    zeros: filled('zeros', 0),
    ones: filled('ones', 1),
    empty: filled('empty', 0),
    full: filled('full', null),
    zeros_like: filledLike('zeros_like', 0),
    ones_like: filledLike('ones_like', 1),
    empty_like: filledLike('empty_like', 0),
    full_like: filledLike('full_like', null),
    eye: (args, kwargs) => {
      const p = eyeParams(args, kwargs);
      const n = asIndex(p.N);
      return C.eye(n, p.M === null ? n : asIndex(p.M), asIndex(p.k), dtypeArg(p.dtype)!);
    },
    identity: (args, kwargs) => {
      const p = identityParams(args, kwargs);
      const n = asIndex(p.n);
      return C.eye(n, n, 0, dtypeArg(p.dtype)!);
    },
    concatenate: (args, kwargs) => {
      const p = concatParams(args, kwargs);
      return S.concatenate(arraysOf(p.arrays), p.axis === null ? null : asIndex(p.axis));
    },
    stack: (args, kwargs) => {
      const p = stackParams(args, kwargs);
      return S.stack(arraysOf(p.arrays), asIndex(p.axis));
    },
    vstack: (args) => S.concatenate(arraysOf(args[0]).map(S.atLeast2d), 0),
    hstack: (args) => {
      const xs = arraysOf(args[0]).map(S.atLeast1d);
      return S.concatenate(xs, xs[0].ndim === 1 ? 0 : 1);
    },
    dot: (args) => dot(args[0], args[1]),
    matmul: (args) => matmul(args[0], args[1]),
    exp: unaryFloat('exp'), log: unaryFloat('log'), log2: unaryFloat('log2'), log10: unaryFloat('log10'),
    log1p: unaryFloat('log1p'), expm1: unaryFloat('expm1'), sqrt: unaryFloat('sqrt'), tanh: unaryFloat('tanh'),
    sin: unaryFloat('sin'), cos: unaryFloat('cos'), tan: unaryFloat('tan'), arcsin: unaryFloat('arcsin'),
    arccos: unaryFloat('arccos'), arctan: unaryFloat('arctan'), sinh: unaryFloat('sinh'), cosh: unaryFloat('cosh'),
    reciprocal: unaryFloat('reciprocal'), cbrt: unaryFloat('cbrt'), exp2: unaryFloat('exp2'),
    abs: unarySame('absolute', Math.abs), absolute: unarySame('absolute', Math.abs),
    negative: unarySame('negative', (x) => -x),
    square: (args) => {
      const a = arr(args[0]);
      return wrapResult(U.sameTypeUnary('square', a.dtype.kind === 'b' ? astype(a, np.int8) : a, (x) => x * x));
    },
    floor: unarySame('floor', Math.floor, (x) => x), ceil: unarySame('ceil', Math.ceil, (x) => x),
    trunc: unarySame('trunc', Math.trunc, (x) => x), rint: unarySame('rint', U.roundHalfEven, (x) => x),
    sign: unarySame('sign', (x) => (Number.isNaN(x) ? NaN : Math.sign(x))),
    logical_not: (args) => wrapResult(U.sameTypeUnary('logical_not', astype(arr(args[0]), np.bool), (x) => (x ? 0 : 1))),
    isnan: (args) => wrapResult(makeArray(np.bool, arr(args[0]).shape.slice(), Array.from(arr(args[0]).data, (x) => (Number.isNaN(x) ? 1 : 0)))),
    isinf: (args) => wrapResult(makeArray(np.bool, arr(args[0]).shape.slice(), Array.from(arr(args[0]).data, (x) => (x === Infinity || x === -Infinity ? 1 : 0)))),
    isfinite: (args) => wrapResult(makeArray(np.bool, arr(args[0]).shape.slice(), Array.from(arr(args[0]).data, (x) => (Number.isFinite(x) ? 1 : 0)))),
    add: binary(U.add), subtract: binary(U.subtract), multiply: binary(U.multiply), divide: binary(U.trueDivide),
    true_divide: binary(U.trueDivide), floor_divide: binary(U.floorDivide), mod: binary(U.remainder),
    remainder: binary(U.remainder), power: binary(U.power), maximum: binary(U.maximum), minimum: binary(U.minimum),
    equal: binary(U.equal), not_equal: binary(U.notEqual), less: binary(U.less), less_equal: binary(U.lessEqual),
    greater: binary(U.greater), greater_equal: binary(U.greaterEqual), logical_and: binary(U.logicalAnd),
    logical_or: binary(U.logicalOr), logical_xor: binary(U.logicalXor), arctan2: binary(U.arctan2),
    hypot: binary(U.hypot), fmod: binary(U.fmod),
    divmod: (args) => {
      const [x, y] = [U.operandOrThrow(args[0]), U.operandOrThrow(args[1])];
      const [parts, flags] = collectFpFlags(() => [U.applyBinary(U.floorDivide, x, y), U.applyBinary(U.remainder, x, y)]);
      reportFpErrors('divmod', flags);
      return new PyTuple(parts.map(wrapResult));
    },
    clip,
    where,
    nonzero: (args) => nonzero(arr(args[0])),
    round: (args, kwargs) => {
      const p = roundParams(args, kwargs);
      return wrapResult(roundArray(arr(p.a), asIndex(p.decimals)));
    },
    isclose: (args, kwargs) => wrapResult(isclose(args, kwargs)),
    allclose: (args, kwargs) => isclose(args, kwargs).data.every((x) => x !== 0),
    array_equal: (args) => arrayEqual(args),
    sort: (args, kwargs) => {
      const p = sortParams(args, kwargs);
      return sortArray(arr(p.a), p.axis === null ? null : asIndex(p.axis), false);
    },
    argsort: (args, kwargs) => {
      const p = sortParams(args, kwargs);
      return sortArray(arr(p.a), p.axis === null ? null : asIndex(p.axis), true);
    },
    unique: (args, kwargs) => {
      const p = uniqueParams(args, kwargs);
      return uniqueArrays(arr(p.ar), isTruthy(p.return_index), isTruthy(p.return_inverse), isTruthy(p.return_counts));
    },
    reshape: (args, kwargs) => {
      const p = reshapeParams(args, kwargs);
      return S.reshape(arr(p.a), S.shapeArg(p.shape));
    },

    expand_dims: (args, kwargs) => {
      const p = expandParams(args, kwargs);
      return S.expandDims(arr(p.a), axisArg(p.axis)!);
    },
    squeeze: (args, kwargs) => {
      const p = squeezeParams(args, kwargs);
      return S.squeeze(arr(p.a), axisArg(p.axis));
    },
    shape: (args) => new PyTuple(arr(args[0]).shape.slice()),
    size: (args) => arr(args[0]).size,
    ndim: (args) => arr(args[0]).ndim,
    meshgrid,
    promote_types: (args) => promoteTypes(dtypeArg(args[0])!, dtypeArg(args[1])!),
    ...ioFunctions,
    ...viewFunctions,
    ...moreFunctions,
    ...shapeExtraFunctions,
    ...mathExtraFunctions,
    ...statsExtraFunctions,
    set_printoptions: setPrintoptions,
    get_printoptions: () => getPrintoptions(),
    array2string,
    array_repr: arrayReprFn,
    array_str: arrayStrFn,
  };
  for (const [name, r] of Object.entries(reducers)) {
    fns[name] = (args, kwargs) => r(arr(args[0]), args.slice(1), kwargs);
  }
  withStringOverrides(fns);
  refuseNumericOnStrings();
  fns.amax = fns.max;
  fns.amin = fns.min;
  fns.around = fns.round;
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, builtinFunction(k, f));
  for (const t of Object.values(np)) m.dict.set(t.name, t.scalarType);
  for (const [k, t] of Object.entries(abstractScalarTypes)) m.dict.set(k, t);
  const values: Record<string, PyValue> = {
    bool_: np.bool.scalarType, int_: np.int64.scalarType, intp: np.int64.scalarType, uint: np.uint64.scalarType,
    double: np.float64.scalarType, single: np.float32.scalarType, half: np.float16.scalarType,
    dtype: npDtypeType, ndarray: ndarrayType,
    pi: new PyFloat(Math.PI), e: new PyFloat(Math.E), inf: new PyFloat(Infinity), nan: new PyFloat(NaN),
    euler_gamma: new PyFloat(0.5772156649015329), newaxis: null,
    True_: new NumpyScalar(np.bool, 1), False_: new NumpyScalar(np.bool, 0),
    c_: new ConcatHelper(true), r_: new ConcatHelper(false),
    random: createRandomModule(),
    linalg: createLinalgModule(),
    __version__: '2.4.6',
    ...shapeExtraValues,
  };
  for (const [k, v] of Object.entries(values)) m.dict.set(k, v);
  for (const [k, v] of Object.entries(errorStateFunctions())) m.dict.set(k, v);
  m.defineLazy('testing', numpyTestingModule);
  for (const name of pythonExtraNames) if (!m.dict.has(name)) m.defineLazy(name, () => pythonExtra(name));
  m.defineLazy('printoptions', () => printoptionsContext());
  return m;
}

