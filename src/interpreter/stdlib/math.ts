// The math module. Transcendental functions are glibc's (through the native addon, see libm.ts)
// with CPython's error rules: a NaN from a non-NaN argument is ValueError('math domain error'),
// an infinity from a finite argument is OverflowError('math range error') for functions that can
// overflow and ValueError for poles.
import type { PyValue } from '../objects/core.js';
import { overflowError, typeError, valueError, zeroDivisionError } from '../objects/exceptions.js';
import { PyFloat, PyList, PyTuple } from '../objects/values.js';
import { asNumber } from '../ops/convert.js';
import { asInt, binaryOp } from '../ops/arith.js';
import { normBig } from '../ops/int-math.js';
import { callDunder } from '../ops/call.js';
import { iterToArray } from '../ops/iter.js';
import { typeOf } from '../ops/typeof.js';
import { checkArity, pyParams } from '../builtins/define.js';
import { makeModule, Fn } from './module-helpers.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { LibmCode, libm } from './libm.js';
import { exactSum, frexp, ulp, vectorNorm } from './math-float.js';
import { gamma, lgamma } from './math-gamma.js';
import { comb, factorial, gcd, isqrt, lcm, perm } from './math-int.js';

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');
const fl = (x: number) => new PyFloat(x);
const real = (v: PyValue) => asNumber(v, 'must be real number');

/** CPython's math_1: libm result checked for domain errors and overflow. */
function checked(x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

function unary(name: string, code: LibmCode, canOverflow: boolean): Fn {
  return (args) => {
    checkArity(`math.${name}`, args, 1, 1);
    const x = real(args[0]);
    return fl(checked(x, libm(code, x), canOverflow));
  };
}

function binaryArgs(name: string, args: PyValue[]): [number, number] {
  checkArity(name, args, 2, 2);
  return [real(args[0]), real(args[1])];
}

/** log-family for ints too large for a float: log(m * 2**e) = log(m) + e*log(2). */
function logOf(v: PyValue, code: LibmCode): number {
  const i = asInt(v);
  if (i !== undefined) {
    if (i <= 0) throw domainError();
    const f = Number(i);
    if (Number.isFinite(f)) return libm(code, f);
    const big = BigInt(i);
    const e = big.toString(2).length - 60;
    return libm(code, Number(big >> BigInt(e))) + e * libm(code, 2);
  }
  const x = real(v);
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x <= 0) throw domainError();
  return libm(code, x);
}

function logN(name: string, code: LibmCode): Fn {
  return (args) => {
    checkArity(`math.${name}`, args, 1, 1);
    return fl(logOf(args[0], code));
  };
}

/** floor/ceil/trunc: ints pass through, floats become ints, other objects use their dunder. */
function toInt(name: 'floor' | 'ceil' | 'trunc', f: (x: number) => number): Fn {
  return (args) => {
    checkArity(`math.${name}`, args, 1, 1);
    const v = args[0];
    const i = asInt(v);
    if (i !== undefined) return i;
    if (!(v instanceof PyFloat) && v !== null && typeof v === 'object') {
      const r = callDunder(v, `__${name}__`, []);
      if (r !== undefined) return r;
      if (name === 'trunc') throw typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
    }
    if (name === 'trunc' && !(v instanceof PyFloat)) throw typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
    const x = real(v);
    if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
    const r = f(x);
    return Number.isSafeInteger(r) ? r || 0 : normBig(BigInt(r));
  };
}

function gammaFn(name: string, f: (x: number) => number): Fn {
  return (args) => {
    checkArity(`math.${name}`, args, 1, 1);
    return fl(f(real(args[0])));
  };
}

/** Coordinates for hypot/dist, with the largest magnitude and whether a NaN was seen. */
function magnitudes(values: PyValue[]): { vec: number[]; max: number; nan: boolean } {
  let max = 0;
  let nan = false;
  const vec = values.map((v) => {
    const x = Math.abs(real(v));
    if (Number.isNaN(x)) nan = true;
    else if (x > max) max = x;
    return x;
  });
  return { vec, max, nan };
}

function sequenceArg(v: PyValue, name: string, which: number): PyValue[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items as PyValue[];
  try {
    return iterToArray(v);
  } catch {
    throw typeError(`${name}() argument ${which} must be a tuple`);
  }
}

const isCloseParams = pyParams('isclose', ['a', 'b'], { rel_tol: fl(1e-9), abs_tol: fl(0) }, ['rel_tol', 'abs_tol']);
const prodParams = pyParams('prod', ['iterable'], { start: 1 }, ['start']);
const permParams = pyParams('perm', ['n', 'k'], { k: null });

const functions: Record<string, Fn> = {
  exp: unary('exp', LibmCode.Exp, true),
  exp2: unary('exp2', LibmCode.Exp2, true),
  expm1: unary('expm1', LibmCode.Expm1, true),
  log1p: unary('log1p', LibmCode.Log1p, false),
  sqrt: unary('sqrt', LibmCode.Sqrt, false),
  cbrt: unary('cbrt', LibmCode.Cbrt, false),
  sin: unary('sin', LibmCode.Sin, false),
  cos: unary('cos', LibmCode.Cos, false),
  tan: unary('tan', LibmCode.Tan, false),
  asin: unary('asin', LibmCode.Asin, false),
  acos: unary('acos', LibmCode.Acos, false),
  atan: unary('atan', LibmCode.Atan, false),
  sinh: unary('sinh', LibmCode.Sinh, true),
  cosh: unary('cosh', LibmCode.Cosh, true),
  tanh: unary('tanh', LibmCode.Tanh, false),
  asinh: unary('asinh', LibmCode.Asinh, false),
  acosh: unary('acosh', LibmCode.Acosh, false),
  atanh: unary('atanh', LibmCode.Atanh, false),
  erf: unary('erf', LibmCode.Erf, false),
  erfc: unary('erfc', LibmCode.Erfc, false),
  gamma: gammaFn('gamma', gamma),
  lgamma: gammaFn('lgamma', lgamma),
  log: (args) => {
    checkArity('log', args, 1, 2);
    const num = logOf(args[0], LibmCode.Log);
    if (args.length === 1) return fl(num);
    const den = logOf(args[1], LibmCode.Log);
    if (den === 0) throw zeroDivisionError('float division by zero');
    return fl(num / den);
  },
  log2: logN('log2', LibmCode.Log2),
  log10: logN('log10', LibmCode.Log10),
  fabs: (args) => {
    checkArity('math.fabs', args, 1, 1);
    return fl(Math.abs(real(args[0])));
  },
  floor: toInt('floor', Math.floor),
  ceil: toInt('ceil', Math.ceil),
  trunc: toInt('trunc', Math.trunc),
  atan2: (args) => fl(libm(LibmCode.Atan2, ...binaryArgs('atan2', args))),
  pow: (args) => {
    const [x, y] = binaryArgs('pow', args);
    const r = libm(LibmCode.Pow, x, y);
    if (Number.isFinite(x) && Number.isFinite(y) && !Number.isFinite(r)) {
      if (Number.isNaN(r) || x === 0) throw domainError();
      throw rangeError();
    }
    return fl(r);
  },
  fmod: (args) => {
    const [x, y] = binaryArgs('fmod', args);
    if (!Number.isFinite(y) && Number.isFinite(x) && !Number.isNaN(y)) return fl(x);
    const r = libm(LibmCode.Fmod, x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    return fl(r);
  },
  remainder: (args) => {
    const [x, y] = binaryArgs('remainder', args);
    if (Number.isNaN(x)) return fl(x);
    if (Number.isNaN(y)) return fl(y);
    if (!Number.isFinite(x) || y === 0) throw domainError();
    if (!Number.isFinite(y)) return fl(x);
    return fl(libm(LibmCode.Remainder, x, y));
  },
  copysign: (args) => {
    const [x, y] = binaryArgs('copysign', args);
    const negative = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
    return fl(negative ? -Math.abs(x) : Math.abs(x));
  },
  nextafter: (args) => fl(libm(LibmCode.Nextafter, ...binaryArgs('nextafter', args))),
  ulp: (args) => {
    checkArity('math.ulp', args, 1, 1);
    return fl(ulp(real(args[0])));
  },
  ldexp: (args) => {
    checkArity('ldexp', args, 2, 2);
    const x = real(args[0]);
    if (asInt(args[1]) === undefined) throw typeError('Expected an int as second argument to ldexp.');
    const e = asInt(args[1])!;
    if (x === 0 || !Number.isFinite(x)) return fl(x);
    // Exponents beyond ±2**31 over/underflow anyway; clamp so the C int cannot wrap.
    const clamped = e > 100000 ? 100000 : e < -100000 ? -100000 : Number(e);
    const r = libm(LibmCode.Ldexp, x, clamped);
    if (!Number.isFinite(r)) throw rangeError();
    return fl(r);
  },
  frexp: (args) => {
    checkArity('math.frexp', args, 1, 1);
    const [m, e] = frexp(real(args[0]));
    return new PyTuple([fl(m), e]);
  },
  modf: (args) => {
    checkArity('math.modf', args, 1, 1);
    const x = real(args[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([fl(x), fl(x)]);
      return new PyTuple([fl(x < 0 ? -0 : 0), fl(x)]);
    }
    const i = Math.trunc(x);
    const frac = x - i;
    // Both parts keep the sign of x, zeros included, as C's modf does.
    return new PyTuple([fl(frac === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : frac), fl(i === 0 && x < 0 ? -0 : i)]);
  },
  degrees: (args) => {
    checkArity('math.degrees', args, 1, 1);
    return fl(real(args[0]) * (180.0 / Math.PI));
  },
  radians: (args) => {
    checkArity('math.radians', args, 1, 1);
    return fl(real(args[0]) * (Math.PI / 180.0));
  },
  isnan: (args) => {
    checkArity('math.isnan', args, 1, 1);
    return Number.isNaN(real(args[0]));
  },
  isinf: (args) => {
    checkArity('math.isinf', args, 1, 1);
    const x = real(args[0]);
    return x === Infinity || x === -Infinity;
  },
  isfinite: (args) => {
    checkArity('math.isfinite', args, 1, 1);
    return Number.isFinite(real(args[0]));
  },
  isclose: (args, kwargs) => {
    const p = isCloseParams(args, kwargs);
    const a = real(p.a);
    const b = real(p.b);
    const rel = real(p.rel_tol);
    const abs = real(p.abs_tol);
    if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
  },
  hypot: (args) => {
    const { vec, max, nan } = magnitudes(args);
    return fl(vectorNorm(vec, max, nan));
  },
  dist: (args) => {
    checkArity('dist', args, 2, 2);
    const p = sequenceArg(args[0], 'dist', 1);
    const q = sequenceArg(args[1], 'dist', 2);
    if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
    const { vec, max, nan } = magnitudes(p.map((a, i) => fl(real(a) - real(q[i]))));
    return fl(vectorNorm(vec, max, nan));
  },
  fsum: (args) => {
    checkArity('fsum', args, 1, 1);
    return fl(exactSum(iterToArray(args[0]).map(real)));
  },
  prod: (args, kwargs) => {
    if (args.length > 1) throw typeError(`prod() takes exactly 1 positional argument (${args.length} given)`);
    const p = prodParams(args, kwargs);
    let acc = p.start;
    for (const v of iterToArray(p.iterable)) acc = binaryOp('Mult', acc, v);
    return acc;
  },
  factorial: (args) => {
    checkArity('factorial', args, 1, 1);
    return factorial(args[0]);
  },
  gcd,
  lcm,
  isqrt: (args) => {
    checkArity('isqrt', args, 1, 1);
    return isqrt(args[0]);
  },
  comb: (args) => {
    checkArity('comb', args, 2, 2);
    return comb(args[0], args[1]);
  },
  perm: (args, kwargs) => {
    const p = permParams(args, kwargs);
    return perm(p.n, p.k);
  },
};

const nanView = new DataView(new ArrayBuffer(8));
function signBitOfNaN(x: number): boolean {
  nanView.setFloat64(0, x);
  return (nanView.getUint8(0) & 0x80) !== 0;
}

export function createMathModule() {
  return makeModule('math', functions, {
    pi: fl(Math.PI),
    e: fl(Math.E),
    tau: fl(2 * Math.PI),
    inf: fl(Infinity),
    nan: fl(NaN),
  });
}

registerBuiltinModule('math', createMathModule);
