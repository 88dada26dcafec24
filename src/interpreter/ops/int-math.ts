// Arbitrary-precision int arithmetic on the number|bigint representation: numbers while the
// result is a safe integer, bigint beyond, and always normalised back to number when it fits.
import { zeroDivisionError } from '../objects/exceptions.js';

export type PyInt = number | bigint;

export function normBig(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

const big = (v: PyInt): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normBig(big(a) * big(b));
}

export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw zeroDivisionError('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= 0x7fffffff) {
    return Math.floor(a / b) || 0;
  }
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normBig(q);
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw zeroDivisionError('integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r || 0;
  }
  const x = big(a);
  const y = big(b);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normBig(r);
}

/** int ** non-negative int (the negative-exponent case is a float result, handled by the caller). */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 2) return intMul(a, a);
    const approx = Math.pow(a, b);
    if (Math.abs(approx) < 2 ** 52) return normBig(big(a) ** BigInt(b));
  }
  return normBig(big(a) ** big(b));
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : normBig(-a);
}

export function intCompare(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intToFloat(a: PyInt): number {
  return typeof a === 'number' ? a : Number(a);
}

export function intBitOp(op: 'and' | 'or' | 'xor' | 'lshift' | 'rshift', a: PyInt, b: PyInt): PyInt {
  const x = big(a);
  const y = big(b);
  switch (op) {
    case 'and':
      return normBig(x & y);
    case 'or':
      return normBig(x | y);
    case 'xor':
      return normBig(x ^ y);
    case 'lshift':
      return normBig(x << y);
    case 'rshift':
      return normBig(x >> y);
  }
}

/** Python's true division of ints: correctly rounded for numbers, close for bigints. */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) throw zeroDivisionError('division by zero');
  return intToFloat(a) / intToFloat(b);
}
