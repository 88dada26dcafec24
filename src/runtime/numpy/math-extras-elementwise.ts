// numpy's remaining elementwise functions: inverse hyperbolics, fabs, degrees/radians, signbit,
// sinc, nan_to_num, frexp/ldexp, fmax/fmin, gcd/lcm, logaddexp(2), copysign, heaviside,
// float_power and the bitwise/shift ufuncs. Binary ones run through ufuncs.ts's applyBinary
// (promotion, broadcasting, FP-error reporting); only the loop choice and the kernels are here.
import { PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpDType, floatResultType, np } from './dtype.js';
import { NdArray, castValues, makeArray, pyNumber, wrapResult, writeBack } from './ndarray.js';
import {
  BinaryUfunc, Operand, applyBinary, bitwiseAnd, bitwiseOr, bitwiseXor, floatUnary, noLoopFor,
  operandOrThrow, resultType, trueDivide, multiply,
} from './ufuncs.js';
import { collectFpFlags, FP_INVALID, reportFpErrors, unaryFloatFlags } from './fp-errors.js';
import { callUfunc, ufuncTypeError } from './math-extras-ufunc-call.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
type K = (x: number, y: number) => number;
const f32 = Math.fround;

// ---- errors ----

/** numpy's DType class of an operand, as the new-style "no loop" error names it. */
function dtypeClassName(o: Operand): string {
  if (o.weak === 'int') return 'numpy.dtypes._PyLongDType';
  if (o.weak === 'float') return 'numpy.dtypes._PyFloatDType';
  const t = o.arr.dtype;
  const name = t.kind === 'b' ? 'Bool' : t.kind === 'f' ? `Float${t.itemsize * 8}` : `${t.kind === 'u' ? 'UInt' : 'Int'}${t.itemsize * 8}`;
  return `numpy.dtypes.${name}DType`;
}
/** gcd/lcm's refusal: numpy's new-style "no loop" error, which names DType classes. */
function dtypeClassError(name: string, ops: Operand[]): PyBaseException {
  const parts = ops.map((o) => `<class '${dtypeClassName(o)}'>`).join(', ');
  return new PyBaseException(ufuncTypeError, [`ufunc '${name}' did not contain a loop with signature matching types (${parts}) -> None`]);
}

// ---- binary ufuncs ----

const same = (t: NpDType) => t;
const floatLoop = (t: NpDType) => floatResultType(t);
const lowPrecision = (t: NpDType) => t.kind === 'f' && t.itemsize <= 4;

function ufunc(name: string, loop: BinaryUfunc['loop'], kernel: BinaryUfunc['kernel'], out: BinaryUfunc['out'] = same): BinaryUfunc {
  return { name, loop, out, kernel };
}

/** fmax/fmin: maximum/minimum that prefer the non-NaN operand. */
const fmax = ufunc('fmax', same, () => (x, y) => (Number.isNaN(y) || x >= y ? x : Number.isNaN(x) || y > x ? y : x));
const fmin = ufunc('fmin', same, () => (x, y) => (Number.isNaN(y) || x <= y ? x : Number.isNaN(x) || y < x ? y : x));

function gcdOf(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
const intOnly = (t: NpDType) => (t.isInt ? t : null);
const gcd = ufunc('gcd', intOnly, () => gcdOf);
const lcm = ufunc('lcm', intOnly, () => (x, y) => {
  const g = gcdOf(x, y);
  return g === 0 ? 0 : Math.abs((x / g) * y);
});

/** npy_logaddexp: log(exp(x) + exp(y)) without overflow; float32 rounds every step. */
function logAddExpKernel(t: NpDType, base2: boolean): K {
  const r = lowPrecision(t) ? f32 : (v: number) => v;
  const shift = base2 ? 1 : Math.LN2;
  const tail = base2 ? (d: number) => r(Math.LOG2E * r(Math.log1p(r(2 ** d)))) : (d: number) => r(Math.log1p(r(Math.exp(d))));
  return (x, y) => {
    if (x === y) return r(x + shift);  // handles infinities of the same sign
    const d = r(x - y);
    if (d > 0) return r(x + tail(-d));
    if (d <= 0) return r(y + tail(d));
    return d;  // NaN
  };
}
const logaddexp = ufunc('logaddexp', floatLoop, (t) => logAddExpKernel(t, false));
const logaddexp2 = ufunc('logaddexp2', floatLoop, (t) => logAddExpKernel(t, true));

const signBit = (x: number) => x < 0 || Object.is(x, -0);
const copysign = ufunc('copysign', floatLoop, () => (x, y) => (signBit(y) !== signBit(x) ? -x : x));
const heaviside = ufunc('heaviside', floatLoop, () => (x, h) => (Number.isNaN(x) ? x : x < 0 ? 0 : x > 0 ? 1 : h));
/** float_power runs as a float64 `power` (so it reaches the C library's pow natively, whose last
 *  bit V8's Math.pow does not always share), its FP errors reported under its own name. */
const floatPower = ufunc('float_power', () => np.float64, () => Math.pow);
const float64Power = ufunc('power', () => np.float64, () => Math.pow);

/** C's ldexp: x * 2**n exactly, in steps so that neither factor over- or underflows early. */
export function ldexpOf(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let e = Math.max(-2200, Math.min(2200, n));
  let v = x;
  while (e > 1000) { v *= 2 ** 1000; e -= 1000; }
  while (e < -1000) {
    // Leave the last scaling (the one that may round into subnormals) for a single multiply.
    if (Math.abs(v) < 2 ** -1000 * 2 ** 60) break;
    v *= 2 ** -1000;
    e += 1000;
  }
  return e < -1074 ? v * 2 ** -1074 * 2 ** (e + 1074) : v * 2 ** e;
}

function ldexp(a: Operand, b: Operand): NdArray {
  const bt = b.weak !== null ? (b.weak === 'float' ? np.float64 : np.int64) : b.arr.dtype;
  if (bt.kind === 'f') throw noLoopFor('ldexp', bt.name);
  const t = floatResultType(a.weak !== null ? resultType([a]) : a.arr.dtype);
  // The exponents reach the kernel converted to the loop dtype (exact: they are clamped anyway).
  return applyBinary({ name: 'ldexp', loop: () => t, out: same, kernel: () => ldexpOf, checkFit: false }, a, b);
}

// ---- integer bit operations ----

const boolAsInt8 = (t: NpDType) => (t.kind === 'f' ? null : t.kind === 'b' ? np.int8 : t);

function shiftKernel(t: NpDType, left: boolean): K {
  const bits = t.itemsize * 8;
  const big = bits > 32;
  return (x, n) => {
    if (n < 0 || n >= bits) return left ? 0 : x < 0 ? -1 : 0;
    if (!big) return left ? Number(BigInt.asIntN(64, BigInt(x) << BigInt(n))) : Math.floor(x / 2 ** n);
    const v = BigInt(x);
    const r = left ? v << BigInt(n) : v >> BigInt(n);
    return Number(t.kind === 'u' ? BigInt.asUintN(64, r) : BigInt.asIntN(64, r));
  };
}
const leftShift = ufunc('left_shift', boolAsInt8, (t) => shiftKernel(t, true));
const rightShift = ufunc('right_shift', boolAsInt8, (t) => shiftKernel(t, false));

/** The float loop numpy's type resolver picks: the first float type every operand casts to
 *  safely (uint8 with int8 -> float16, not the float32 of their promoted int16); a Python scalar
 *  first takes the type NEP 50 gives it beside the other operand. */
function floatLoopFor(a: Operand, b: Operand): NpDType {
  const own = (o: Operand, other: Operand) => (o.weak === null ? o.arr.dtype : resultType([o, other]));
  const ta = floatResultType(own(a, b));
  const tb = floatResultType(own(b, a));
  return ta.itemsize >= tb.itemsize ? ta : tb;
}

/** Applies `u`, refusing operands whose promoted dtype has no loop with `refuse`'s error. */
function binaryFn(u: BinaryUfunc, refuse: 'legacy' | 'dtype-class' = 'legacy'): Fn {
  return (args, kwargs) => callUfunc(u.name, 2, args, kwargs, ([x1, x2]) => {
    const a = operandOrThrow(x1);
    const b = operandOrThrow(x2);
    if (u.loop(resultType([a, b])) === null) {
      throw refuse === 'legacy' ? noLoopFor(u.name, '') : dtypeClassError(u.name, [a, b]);
    }
    if (u === floatPower) {
      const [r, flags] = collectFpFlags(() => applyBinary(float64Power, a, b));
      reportFpErrors(u.name, flags);
      return r;
    }
    if (u.loop !== floatLoop) return applyBinary(u, a, b);
    const t = floatLoopFor(a, b);
    const r = applyBinary({ ...u, loop: () => t }, a, b);
    // logaddexp compares x - y with 0, which raises "invalid" in C when either input is NaN.
    if ((u === logaddexp || u === logaddexp2) && r.data.some(Number.isNaN)) reportFpErrors(u.name, FP_INVALID);
    return r;
  });
}

// ---- unary ----

/** A float function of each element, the input cast to the smallest float type that holds it;
 *  float32/float16 compute with `f32fn` (numpy's single-precision loops) when given. */
function floatMap(name: string, a: NdArray, f: (x: number) => number, f32fn?: (x: number) => number): NdArray {
  const t = floatResultType(a.dtype);
  const x = castValues(a.data, t);
  const g = lowPrecision(t) && f32fn ? f32fn : f;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = g(x[i]);
  const r = makeArray(t, a.shape.slice(), out);
  reportFpErrors(name, unaryFloatFlags(name, x, r.data, t.itemsize));
  return r;
}

const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;
/** numpy's float32 constant: 180 over pi rounded to float32, rounded again. */
const DEG32 = f32(180 / f32(Math.PI));
const unaryFloatFns: Record<string, [(x: number) => number, ((x: number) => number)?]> = {
  fabs: [Math.abs],
  arcsinh: [Math.asinh],
  arccosh: [Math.acosh],
  arctanh: [Math.atanh],
  deg2rad: [(x) => x * RAD, (x) => f32(x * f32(RAD))],
  radians: [(x) => x * RAD, (x) => f32(x * f32(RAD))],
  rad2deg: [(x) => x * DEG, (x) => f32(x * DEG32)],
  degrees: [(x) => x * DEG, (x) => f32(x * DEG32)],
};

function invert(a: NdArray): NdArray {
  if (a.dtype.kind === 'f') throw noLoopFor('invert', a.dtype.name);
  if (a.dtype.kind === 'b') return makeArray(np.bool, a.shape.slice(), Array.from(a.data, (x) => (x ? 0 : 1)));
  const flip = a.dtype.kind === 'u' ? (x: number) => 2 ** (a.dtype.itemsize * 8) - 1 - x : (x: number) => -x - 1;
  return makeArray(a.dtype, a.shape.slice(), Array.from(a.data, flip));
}

/** C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x and e = 0 for 0, inf and NaN). */
export function frexpOf(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = ldexpOf(x, -e);
  // log2 may be off by one near powers of two: nudge into [0.5, 1).
  while (Math.abs(m) >= 1) { m /= 2; e += 1; }
  while (Math.abs(m) < 0.5) { m *= 2; e -= 1; }
  return [m, e];
}

/** np.sinc as numpy writes it: y = pi * where(x == 0, 1e-20, x); sin(y) / y. */
function sinc(v: PyValue): PyValue {
  if (v instanceof PyList || v instanceof PyTuple) v = operandOrThrow(v).arr;
  const x = operandOrThrow(v);
  const tiny: Operand = { arr: makeArray(np.float64, [], [1e-20]), weak: 'float', py: new PyFloat(1e-20) };
  const t = resultType([x, tiny]);
  const xs = castValues(x.arr.data, t);
  const sub = makeArray(t, x.arr.shape.slice(), Array.from(xs, (e) => (e === 0 ? 1e-20 : e)));
  const pi: Operand = { arr: makeArray(np.float64, [], [Math.PI]), weak: 'float', py: new PyFloat(Math.PI) };
  const y = applyBinary(multiply, pi, { arr: sub, weak: null, py: sub });
  const s = floatUnary('sin', y);
  return wrapResult(applyBinary(trueDivide, { arr: s, weak: null, py: s }, { arr: y, weak: null, py: y }));
}

const finfoMax: Record<number, number> = { 2: 65504, 4: 3.4028234663852886e38, 8: Number.MAX_VALUE };

const nanToNumParams = pyParams('nan_to_num', ['x', 'copy', 'nan', 'posinf', 'neginf'], { copy: true, nan: new PyFloat(0), posinf: null, neginf: null });
function nanToNum(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = nanToNumParams(args, kwargs);
  const a = operandOrThrow(p.x).arr;
  const inPlace = !isTruthy(p.copy) && p.x instanceof NdArray;
  if (a.dtype.kind !== 'f') return inPlace ? a : wrapResult(makeArray(a.dtype, a.shape.slice(), a.data));
  const big = finfoMax[a.dtype.itemsize];
  const nan = pyNumber(p.nan);
  const pos = p.posinf === null ? big : pyNumber(p.posinf);
  const neg = p.neginf === null ? -big : pyNumber(p.neginf);
  const out = Array.from(a.data, (x) => (Number.isNaN(x) ? nan : x === Infinity ? pos : x === -Infinity ? neg : x));
  const r = makeArray(a.dtype, a.shape.slice(), out);
  if (!inPlace) return wrapResult(r);
  // copy=False: the replacements land in the array itself (and whatever it is a view of).
  a.data.set(r.data);
  writeBack(a);
  return a;
}

/** The sign bit itself, read from the stored bits (so -0.0 and a negative NaN count). */
function signbit(a: NdArray): NdArray {
  const d = a.data;
  const out = new Uint8Array(a.size);
  if (d instanceof Float64Array || d instanceof Float32Array) {
    const words = new Uint32Array(d.buffer, d.byteOffset, d.length * (d instanceof Float64Array ? 2 : 1));
    const step = d instanceof Float64Array ? 2 : 1;
    const hi = d instanceof Float64Array ? 1 : 0;  // little-endian: the high word comes second
    for (let i = 0; i < out.length; i++) out[i] = Number.isNaN(d[i]) ? words[i * step + hi] >>> 31 : signBit(d[i]) ? 1 : 0;
  } else for (let i = 0; i < out.length; i++) out[i] = d[i] < 0 ? 1 : 0;
  return new NdArray(np.bool, a.shape.slice(), out);
}

function unaryFn(name: string, body: (a: NdArray) => NdArray): Fn {
  return (args, kwargs) => callUfunc(name, 1, args, kwargs, ([x]) => body(operandOrThrow(x).arr));
}

export const elementwiseExtraFunctions: Record<string, Fn> = {
  ...Object.fromEntries(Object.entries(unaryFloatFns).map(([name, [f, g]]) => [name, unaryFn(name, (a) => floatMap(name, a, f, g))])),
  signbit: unaryFn('signbit', signbit),
  invert: unaryFn('invert', invert),
  bitwise_not: unaryFn('invert', invert),
  bitwise_invert: unaryFn('invert', invert),
  frexp: (args, kwargs) => {
    const a = operandOrThrow(pyParams('frexp', ['x'], {})(args, kwargs).x).arr;
    const t = floatResultType(a.dtype);
    const parts = Array.from(castValues(a.data, t), frexpOf);
    const m = makeArray(t, a.shape.slice(), parts.map((q) => q[0]));
    const e = makeArray(np.int32, a.shape.slice(), parts.map((q) => q[1]));
    return new PyTuple([wrapResult(m), wrapResult(e)]);
  },
  ldexp: (args, kwargs) => callUfunc('ldexp', 2, args, kwargs, ([x1, x2]) => ldexp(operandOrThrow(x1), operandOrThrow(x2))),
  sinc: (args, kwargs) => sinc(pyParams('sinc', ['x'], {})(args, kwargs).x),
  nan_to_num: nanToNum,
  fmax: binaryFn(fmax),
  fmin: binaryFn(fmin),
  gcd: binaryFn(gcd, 'dtype-class'),
  lcm: binaryFn(lcm, 'dtype-class'),
  logaddexp: binaryFn(logaddexp),
  logaddexp2: binaryFn(logaddexp2),
  copysign: binaryFn(copysign),
  heaviside: binaryFn(heaviside),
  float_power: binaryFn(floatPower),
  bitwise_and: binaryFn(bitwiseAnd),
  bitwise_or: binaryFn(bitwiseOr),
  bitwise_xor: binaryFn(bitwiseXor),
  left_shift: binaryFn(leftShift),
  right_shift: binaryFn(rightShift),
  bitwise_left_shift: binaryFn(leftShift),
  bitwise_right_shift: binaryFn(rightShift),
};
