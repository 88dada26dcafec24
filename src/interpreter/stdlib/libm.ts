// The C library's math functions (glibc libm, as CPython uses), called through the native addon.
// V8's Math.exp/log/sin/... are fdlibm ports whose last bit differs from glibc for some inputs;
// printed results (math.exp, random.gauss, float ** float) must match CPython's digit for digit.
import { getNative } from '../../runtime/native/binding.js';

/** Function codes; the same order as the enum in native/src/pymath.cc. */
export const enum LibmCode {
  Exp, Log, Log2, Log10, Log1p, Expm1,
  Sin, Cos, Tan, Asin, Acos, Atan,
  Sinh, Cosh, Tanh, Asinh, Acosh, Atanh,
  Sqrt, Erf, Erfc, Tgamma, Lgamma, Cbrt, Exp2,
  SinF,
  Atan2, Pow, Hypot, Fmod, Remainder, Nextafter, Ldexp,
}

type Libm = (code: number, x: number, y: number) => number;

let impl: Libm | null = null;

/** libm function `code` at x (and y for the two-argument functions). */
export function libm(code: LibmCode, x: number, y?: number): number {
  // Loaded on first use: scripts that never call math pay nothing. A missing addon raises the
  // loader's error (which names the rebuild command) rather than silently using V8's Math.
  if (impl === null) impl = getNative().libm;
  return impl(code, x, y === undefined ? 0 : y);
}

export const cExp = (x: number): number => libm(LibmCode.Exp, x);
export const cLog = (x: number): number => libm(LibmCode.Log, x);
export const cSin = (x: number): number => libm(LibmCode.Sin, x);
export const cCos = (x: number): number => libm(LibmCode.Cos, x);
/** sinf: the C library's single-precision sine, of x rounded to float32. */
export const cSinF = (x: number): number => libm(LibmCode.SinF, x);
export const cPow = (x: number, y: number): number => libm(LibmCode.Pow, x, y);
