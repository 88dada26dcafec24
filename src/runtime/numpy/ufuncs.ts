// Elementwise functions with numpy's type rules: operands are promoted (NEP 50: Python scalars
// are weak and take the array's type), broadcast together, and computed in JS double precision,
// then rounded into the result dtype (exact for + - * / and sqrt on float32/float16 by double
// rounding's innocuousness; integers wrap as numpy's C loops do). Large float32/float64 operands
// go to numpy's native kernels instead (native-ufuncs.ts), with the same results.
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { runFloatLoop } from './float-loops.js';
import { nativeBinary, nativeUnary } from './native-ufuncs.js';
import { nativeBinaryMath } from './native-binary-math.js';
import { allocData, NATIVE_MIN_ELEMENTS } from './native-memory.js';
import { NpDType, WeakKind, defaultDtypeForWeak, floatResultType, np, promoteTypes, promoteWithWeak } from './dtype.js';
import {
  NdArray, NumpyScalar, arrayFromPy, castValues, checkIntFits, makeArray, numElements, pyNumber,
  scalarToArray, weakKind, wrapResult,
} from './ndarray.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { noLoopErrorFor, outputCastingErrorFor } from './errors.js';
import { binaryFloatFlags, FP_DIVIDE, FP_OVER, reportFpErrors, unaryFloatFlags, watchedFlags } from './fp-errors.js';
import { roundHalfEven } from '../round-half-even.js';

export interface Operand {
  arr: NdArray;
  weak: WeakKind | null;
  py: PyValue;
}

/** An operand for a numpy operation, or null when numpy would not take it (so the other side's
 *  reflected operator runs: Tensors win over ndarrays, as TF's __array_priority__ arranges). */
export function toOperand(v: PyValue): Operand | null {
  if (v instanceof NdArray) return { arr: v, weak: null, py: v };
  if (v instanceof NumpyScalar) return { arr: scalarToArray(v), weak: null, py: v };
  const k = weakKind(v);
  if (k) return { arr: makeArray(defaultDtypeForWeak(k), [], [pyNumber(v)]), weak: k, py: v };
  if (v instanceof PyList || v instanceof PyTuple) return { arr: arrayFromPy(v), weak: null, py: v };
  return null;
}

export function operandOrThrow(v: PyValue): Operand {
  const o = toOperand(v);
  if (o) return o;
  return { arr: arrayFromPy(v), weak: null, py: v };
}

export function resultType(ops: Operand[]): NpDType {
  const strong = ops.filter((o) => o.weak === null);
  if (strong.length === 0) {
    const kinds = ops.map((o) => o.weak!);
    return defaultDtypeForWeak(kinds.includes('float') ? 'float' : kinds.includes('int') ? 'int' : 'bool');
  }
  let t = strong.map((o) => o.arr.dtype).reduce(promoteTypes);
  for (const o of ops) if (o.weak) t = promoteWithWeak(t, o.weak);
  return t;
}

/** The operand's values in dtype `t` (a weak scalar is converted, checking ints fit). */
function valuesIn(o: Operand, t: NpDType, checkFit: boolean): ArrayLike<number> {
  if (o.arr.dtype === t) return o.arr.data;
  if (o.weak && checkFit) checkIntFits(o.py, t);
  return castValues(o.arr.data, t);
}

type Kernel = (x: number, y: number) => number;

export interface BinaryUfunc {
  name: string;
  /** The loop dtype for the promoted input dtype; null when numpy has no loop. */
  loop(t: NpDType): NpDType | null;
  /** The output dtype for the loop dtype. */
  out(t: NpDType): NpDType;
  kernel(t: NpDType): Kernel;
  checkFit?: boolean;
}

/** `scalar`: an operator on numpy scalars, which numpy names "scalar add" etc. in FP errors. */
export function applyBinary(u: BinaryUfunc, a: Operand, b: Operand, scalar = false): NdArray {
  const promoted = resultType([a, b]);
  const t = u.loop(promoted);
  if (!t) throw noLoopErrorFor(u.name, [a.arr.dtype.name, b.arr.dtype.name]);
  const x = valuesIn(a, t, u.checkFit !== false);
  const y = valuesIn(b, t, u.checkFit !== false);
  const r = binaryLoop(u, t, a, b, x, y);
  const flags = t.isInt ? intBinaryFlags(u, t, x, y, scalar) : r.dtype.kind === 'f' ? floatFlagsOf(u.name, r, a, b, x, y) : 0;
  reportFpErrors(scalar ? `scalar ${u.name}` : u.name, flags);
  return r;
}

/** Flags of a float result: inputs found through the broadcast (a one-value operand directly). */
function floatFlagsOf(name: string, r: NdArray, a: Operand, b: Operand, x: ArrayLike<number>, y: ArrayLike<number>): number {
  const at = (v: ArrayLike<number>, shape: number[]) => {
    if (v.length === 1) return () => v[0];
    if (v.length === r.size && shape.length === r.ndim) return (i: number) => v[i];
    // Built on first use only: the check reads inputs only when the result has an inf or NaN,
    // and a broadcast index map is as long as the result (47M entries for img - row on MNIST).
    let idx: Int32Array | null | undefined;
    return (i: number) => {
      if (idx === undefined) idx = broadcastIndex(shape, r.shape);
      return idx ? v[idx[i]] : v[i];
    };
  };
  return binaryFloatFlags(name, r.data, r.dtype.itemsize, at(x, a.arr.shape), at(y, b.arr.shape));
}

/** Integer loops: division by zero always; overflow only in numpy's scalar math (arrays wrap
 *  silently). */
function intBinaryFlags(u: BinaryUfunc, t: NpDType, x: ArrayLike<number>, y: ArrayLike<number>, scalar: boolean): number {
  if (!(watchedFlags() & (FP_DIVIDE | FP_OVER))) return 0;
  if (u === floorDivide || u === remainder || u === fmod) {
    for (let i = 0; i < y.length; i++) if (Number(y[i]) === 0) return FP_DIVIDE;
    return 0;
  }
  if (!scalar || x.length !== 1 || y.length !== 1 || !(u === add || u === subtract || u === multiply)) return 0;
  const [p, q] = [BigInt(x[0]), BigInt(y[0])];
  const exact = u === add ? p + q : u === subtract ? p - q : p * q;
  const bits = BigInt(t.itemsize * 8);
  const [lo, hi] = t.kind === 'u' ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
  return exact < lo || exact > hi ? FP_OVER : 0;
}

function binaryLoop(u: BinaryUfunc, t: NpDType, a: Operand, b: Operand, x: ArrayLike<number>, y: ArrayLike<number>): NdArray {
  const outT = u.out(t);
  const shape = broadcastShapes(a.arr.shape, b.arr.shape);
  const n = numElements(shape);
  const native = nativeBinary(u.name, t, outT, x, a.arr.shape, y, b.arr.shape, shape, n) ?? nativeBinaryMath(u.name, t, x, a.arr.shape, y, b.arr.shape, shape, n);
  if (native !== null) return new NdArray(outT, shape, native);
  // A one-element operand needs no index map: the common `array op scalar` stays one tight loop.
  const ia = x.length === 1 ? null : broadcastIndex(a.arr.shape, shape);
  const ib = y.length === 1 ? null : broadcastIndex(b.arr.shape, shape);
  const f = u.kernel(t);
  // Storing into the result's typed array rounds (float32) and wraps (small ints) as numpy's C
  // loops do; float16 needs its own rounding, so it goes through a double buffer.
  const direct = !(outT.kind === 'f' && outT.itemsize === 2);
  const raw = direct ? allocData(outT, n) : new Float64Array(n);
  // Same-shape or one-value operands of float32/float64 ufuncs: the written-out loops.
  if (direct && outT.kind === 'f' && t === outT && runFloatLoop(u.name, x, y, raw as Float32Array | Float64Array)) {
    return new NdArray(outT, shape, raw);
  }
  if (y.length === 1 && n > 1) {
    const c = y[0];
    if (ia) for (let i = 0; i < n; i++) raw[i] = f(x[ia[i]], c);
    else for (let i = 0; i < n; i++) raw[i] = f(x[i], c);
  } else if (x.length === 1 && n > 1) {
    const c = x[0];
    if (ib) for (let i = 0; i < n; i++) raw[i] = f(c, y[ib[i]]);
    else for (let i = 0; i < n; i++) raw[i] = f(c, y[i]);
  } else if (!ia && !ib) for (let i = 0; i < n; i++) raw[i] = f(x[i], y[i]);
  else for (let i = 0; i < n; i++) raw[i] = f(x[ia ? ia[i] : i], y[ib ? ib[i] : i]);
  return direct ? new NdArray(outT, shape, raw) : makeArray(outT, shape, raw);
}

/** A binary ufunc applied to Python values; 0-d results become numpy scalars. */
export function callBinary(u: BinaryUfunc, a: PyValue, b: PyValue): PyValue {
  return wrapResult(applyBinary(u, operandOrThrow(a), operandOrThrow(b)));
}

const same = (t: NpDType) => t;
const toBool = () => np.bool;

function intFloorDiv(x: number, y: number): number {
  if (y === 0) return 0;
  return Math.floor(x / y);
}
function intMod(x: number, y: number): number {
  if (y === 0) return 0;
  const r = x % y;
  return r !== 0 && r < 0 !== y < 0 ? r + y : r;
}
/** npy_divmod's remainder: fmod with the divisor's sign. */
function floatMod(a: number, b: number): number {
  const mod = a % b;
  if (b === 0) return mod;
  if (mod !== 0) return b < 0 !== mod < 0 ? mod + b : mod;  // NaN too, as C tests it
  return b < 0 ? -0 : 0;
}
function floatFloorDiv(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod && b < 0 !== mod < 0) div -= 1;
  if (div !== 0) {  // NaN too, as C tests it
    let fl = Math.floor(div);
    if (div - fl > 0.5) fl += 1;
    return fl;
  }
  return a / b < 0 ? -0 : 0;
}
function intPow(x: number, y: number): number {
  if (y < 0) throw valueError('Integers to negative integer powers are not allowed.');
  let r = 1;
  let base = x;
  let e = y;
  while (e > 0) {
    if (e & 1) r *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return r;
}
const maxNan = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : x >= y ? x : y);
const minNan = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : x <= y ? x : y);

const ufunc = (name: string, loop: BinaryUfunc['loop'], out: BinaryUfunc['out'], kernel: BinaryUfunc['kernel'], checkFit = true): BinaryUfunc => ({ name, loop, out, kernel, checkFit });

export const add = ufunc('add', same, same, (t) => (t.kind === 'b' ? (x, y) => (x || y ? 1 : 0) : (x, y) => x + y));
export const subtract: BinaryUfunc = ufunc('subtract', (t) => t, same, () => (x, y) => x - y);
export const multiply = ufunc('multiply', same, same, (t) =>
  t.kind === 'b' ? (x, y) => (x && y ? 1 : 0) : t.isInt && t.itemsize === 4 ? (x, y) => Math.imul(x, y) : (x, y) => x * y,
);
export const trueDivide = ufunc('divide', (t) => (t.kind === 'f' ? t : np.float64), same, () => (x, y) => x / y);
export const floorDivide = ufunc('floor_divide', (t) => (t.kind === 'b' ? np.int8 : t), same, (t) => (t.isInt ? intFloorDiv : floatFloorDiv));
export const remainder = ufunc('remainder', (t) => (t.kind === 'b' ? np.int8 : t), same, (t) => (t.isInt ? intMod : floatMod));
export const power = ufunc('power', (t) => (t.kind === 'b' ? np.int8 : t), same, (t) => (t.isInt ? intPow : Math.pow));
export const maximum = ufunc('maximum', same, same, () => maxNan);
export const minimum = ufunc('minimum', same, same, () => minNan);
export const equal = ufunc('equal', same, toBool, () => (x, y) => (x === y ? 1 : 0), false);
export const notEqual = ufunc('not_equal', same, toBool, () => (x, y) => (x !== y ? 1 : 0), false);
export const less = ufunc('less', same, toBool, () => (x, y) => (x < y ? 1 : 0), false);
export const lessEqual = ufunc('less_equal', same, toBool, () => (x, y) => (x <= y ? 1 : 0), false);
export const greater = ufunc('greater', same, toBool, () => (x, y) => (x > y ? 1 : 0), false);
export const greaterEqual = ufunc('greater_equal', same, toBool, () => (x, y) => (x >= y ? 1 : 0), false);
export const logicalAnd = ufunc('logical_and', same, toBool, () => (x, y) => (x && y ? 1 : 0));
export const logicalOr = ufunc('logical_or', same, toBool, () => (x, y) => (x || y ? 1 : 0));
export const logicalXor = ufunc('logical_xor', same, toBool, () => (x, y) => (!x !== !y ? 1 : 0));
const intOrBool = (t: NpDType) => (t.kind === 'f' ? null : t);
export const bitwiseAnd = ufunc('bitwise_and', intOrBool, same, () => (x, y) => Number(BigInt(x) & BigInt(y)));
export const bitwiseOr = ufunc('bitwise_or', intOrBool, same, () => (x, y) => Number(BigInt(x) | BigInt(y)));
export const bitwiseXor = ufunc('bitwise_xor', intOrBool, same, () => (x, y) => Number(BigInt(x) ^ BigInt(y)));
export const arctan2 = ufunc('arctan2', (t) => floatResultType(t), same, () => Math.atan2);
export const hypot = ufunc('hypot', (t) => floatResultType(t), same, () => Math.hypot);
/** C's fmod: the remainder truncated toward zero (sign of x); integer division by zero gives 0. */
const intFmod = (x: number, y: number) => (y === 0 ? 0 : x % y || 0);
export const fmod = ufunc('fmod', (t) => (t.kind === 'b' ? np.int8 : t), same, (t) => (t.isInt ? intFmod : (x, y) => x % y));

/** `-` on booleans is refused with numpy's advice. */
export function checkSubtract(a: Operand, b: Operand): void {
  if (a.arr.dtype.kind === 'b' && (b.weak === 'bool' || b.arr.dtype.kind === 'b') && (a.weak === null || b.weak === null)) {
    throw typeError('numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
  }
}

// ---- unary ----

export type UnaryKernel = (x: number) => number;

/** Transcendental functions run natively (numpy_elementwise.cc's npUnary) at every size, so an
 *  element's result never depends on the array's size: numpy's own SIMD algorithms where numpy
 *  has them (float32 exp/log/sin/cos, tanh), glibc's otherwise; see native-kernels.ts. */
const libmOps = new Set(['exp', 'log', 'sin', 'cos', 'tan', 'tanh', 'log1p', 'expm1', 'cbrt', 'exp2']);
/** float64 only: glibc is far closer to numpy's SVML versions than V8's ports (sweep of 100,000
 *  values: log2 1151 -> ~125 differing, arctan 3929 -> ~135, arcsin 3939 -> ~2150). */
const libmF64Ops = new Set(['log2', 'arctan', 'arcsin']);

const jsFloat: Record<string, UnaryKernel> = {
  sqrt: Math.sqrt, exp: Math.exp, log: Math.log, tanh: Math.tanh, sin: Math.sin, cos: Math.cos, tan: Math.tan,
  log2: Math.log2, log10: Math.log10, log1p: Math.log1p, expm1: Math.expm1, arcsin: Math.asin, arccos: Math.acos,
  arctan: Math.atan, sinh: Math.sinh, cosh: Math.cosh, arcsinh: Math.asinh, arccosh: Math.acosh, arctanh: Math.atanh,
  reciprocal: (x) => 1 / x, cbrt: Math.cbrt, exp2: (x) => 2 ** x,
};

/** A float function (sqrt, exp, ...): ints become the smallest float type that holds them. */
export function floatUnary(name: string, a: NdArray): NdArray {
  const t = floatResultType(a.dtype);
  const input = a.dtype === t && t.itemsize !== 2 ? a.data : castValues(a.data, t.name === 'float64' ? np.float64 : np.float32);
  const f = jsFloat[name];
  const compute = t.itemsize === 2 ? np.float32 : t;
  // sqrt is correctly rounded in JS and natively alike: native only where it is faster.
  const native = libmOps.has(name) || (libmF64Ops.has(name) && compute === np.float64) || (name === 'sqrt' && input.length >= NATIVE_MIN_ELEMENTS);
  const done = native ? nativeUnary(name, input, compute) : null;
  // float32/float64 results are already in the dtype's storage; float16 still needs rounding.
  let r: NdArray;
  if (done !== null) r = t.itemsize === 2 ? makeArray(t, a.shape.slice(), done) : new NdArray(t, a.shape.slice(), done);
  else {
    // Storing into a float32/float64 array rounds as numpy does; float16 rounds in makeArray.
    const out = t.itemsize === 2 ? new Float64Array(input.length) : allocData(t, input.length);
    for (let i = 0; i < input.length; i++) out[i] = f(input[i]);
    r = t.itemsize === 2 ? makeArray(t, a.shape.slice(), out) : new NdArray(t, a.shape.slice(), out);
  }
  reportFpErrors(name, unaryFloatFlags(name, input, r.data, t.itemsize));
  return r;
}

/** rint: round half to even, as numpy's round/around. */
export { roundHalfEven };

/** A type-preserving function (abs, negative, square, floor, sign...). */
export function sameTypeUnary(name: string, a: NdArray, f: UnaryKernel): NdArray {
  if (a.dtype.kind === 'b' && name === 'negative') {
    throw typeError('The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.');
  }
  if (a.dtype.kind === 'b' && name === 'sign') throw noLoopErrorFor(name, ['bool']);
  const out = new Float64Array(a.size);
  for (let i = 0; i < a.size; i++) out[i] = f(a.data[i]);
  const r = makeArray(a.dtype, a.shape.slice(), out);
  if (a.dtype.kind === 'f') reportFpErrors(name, unaryFloatFlags(name, a.data, r.data, a.dtype.itemsize));
  return r;
}

/** numpy's scalar math warns where -x or abs(x) of the most negative integer wraps. */
export function checkScalarIntUnary(name: string, a: NdArray): void {
  if (!a.dtype.isInt || a.dtype.kind === 'u' || a.size !== 1) return;
  if (BigInt(a.data[0]) === -(1n << BigInt(a.dtype.itemsize * 8 - 1))) reportFpErrors(`scalar ${name}`, FP_OVER);
}

export function noLoopFor(name: string, _dtype: string) {
  return typeError(`ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
}

export function unaryOperand(v: PyValue): NdArray {
  return operandOrThrow(v).arr;
}

/** Casting rule 'same_kind' for in-place results: bool < int < float, never downwards in kind. */
export function checkSameKind(ufunc: string, from: NpDType, to: NpDType): void {
  const rank = (t: NpDType) => (t.kind === 'b' ? 0 : t.kind === 'f' ? 2 : 1);
  if (rank(from) > rank(to)) throw outputCastingErrorFor(ufunc, from.name, to.name);
}

