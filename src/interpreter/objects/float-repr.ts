/**
 * CPython's `repr(float)` / `str(float)` text.
 *
 * CPython prints the shortest digit string that reads back to the same double
 * (David Gay's dtoa, mode 0). ECMAScript's Number-to-string conversion is
 * specified to yield the same shortest, closest digits, so we only have to
 * re-lay them out in CPython's style:
 *   - fixed notation when the decimal exponent e of the first digit satisfies
 *     -4 <= e < 16, always with a fractional part (`1.0`, `100.5`);
 *   - otherwise scientific, with the mantissa trimmed (`1e+16`, `1.5e-07`) and
 *     an exponent of at least two digits.
 */

/** Shortest round-trip decimal digits of a finite nonzero double. */
export interface DecimalDigits {
  /** Significant digits, no leading or trailing zeros (at least one digit). */
  digits: string;
  /** Decimal exponent of the first digit: value = d.ddd × 10^exp. */
  exp: number;
}

/** Shortest digits of |x| for a finite, nonzero double. */
export function shortestDoubleDigits(x: number): DecimalDigits {
  // toExponential() without an argument gives as many digits as needed to
  // identify the double uniquely (the same digits CPython's repr uses).
  const text = Math.abs(x).toExponential();
  const ePos = text.indexOf('e');
  const mantissa = text.slice(0, ePos).replace('.', '');
  return { digits: mantissa.replace(/0+$/, '') || '0', exp: Number(text.slice(ePos + 1)) };
}

/**
 * Lays digits out in fixed notation: `digits` scaled so the first digit has
 * decimal exponent `exp`. Returns e.g. "123.45", "0.001", "1200" (no point
 * when the value is integral; callers add their own suffix).
 */
export function placeDecimalPoint(digits: string, exp: number): { intPart: string; fracPart: string } {
  if (exp < 0) {
    return { intPart: '0', fracPart: '0'.repeat(-exp - 1) + digits };
  }
  if (digits.length <= exp + 1) {
    return { intPart: digits + '0'.repeat(exp + 1 - digits.length), fracPart: '' };
  }
  return { intPart: digits.slice(0, exp + 1), fracPart: digits.slice(exp + 1) };
}

/** Scientific exponent text as C's printf writes it: sign and >= 2 digits. */
export function exponentSuffix(exp: number, minDigits = 2): string {
  const sign = exp < 0 ? '-' : '+';
  return 'e' + sign + String(Math.abs(exp)).padStart(minDigits, '0');
}

/** `repr(x)` for a Python float. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = shortestDoubleDigits(x);
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + mantissa + exponentSuffix(exp);
  }
  const { intPart, fracPart } = placeDecimalPoint(digits, exp);
  return sign + intPart + '.' + (fracPart === '' ? '0' : fracPart);
}

/** `str(x)` for a Python float: identical to repr since Python 3.2. */
export function pyFloatStr(x: number): string {
  return pyFloatRepr(x);
}

/**
 * `'%.Nf' % x` / `format(x, '.Nf')`: exact value rounded half-to-even at N
 * fractional digits (CPython formats from the exact binary value).
 */
export function formatFloatFixed(x: number, fractionDigits: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const negative = x < 0 || Object.is(x, -0);
  const { intDigits, fracDigits } = roundExactToFraction(Math.abs(x), fractionDigits);
  const body = fractionDigits > 0 ? intDigits + '.' + fracDigits : intDigits;
  return (negative ? '-' : '') + body;
}

/**
 * Exact decimal expansion of a finite non-negative double as an integer
 * string `int` and a count `scale` of fractional digits: value = int / 10^scale.
 * Every double is m·2^e, and m·2^e = m·5^-e / 10^-e for e < 0.
 */
export function exactDecimal(x: number): { int: bigint; scale: number } {
  if (x === 0) return { int: 0n, scale: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) {
    e2 = -1074;
  } else {
    mantissa |= 1n << 52n;
    e2 = biased - 1075;
  }
  if (e2 >= 0) return { int: mantissa << BigInt(e2), scale: 0 };
  return { int: mantissa * 5n ** BigInt(-e2), scale: -e2 };
}

/**
 * Rounds a non-negative double's exact value to `fractionDigits` digits after
 * the point, ties to even (the rule both CPython's and numpy's formatters use).
 */
export function roundExactToFraction(x: number, fractionDigits: number): { intDigits: string; fracDigits: string } {
  const { int, scale } = exactDecimal(x);
  let scaled: bigint;
  if (scale <= fractionDigits) {
    scaled = int * 10n ** BigInt(fractionDigits - scale);
  } else {
    scaled = roundHalfEvenDiv(int, 10n ** BigInt(scale - fractionDigits));
  }
  const text = scaled.toString().padStart(fractionDigits + 1, '0');
  return {
    intDigits: text.slice(0, text.length - fractionDigits),
    fracDigits: fractionDigits > 0 ? text.slice(text.length - fractionDigits) : '',
  };
}

/** round(n / d) with ties to even, for n >= 0, d > 0. */
export function roundHalfEvenDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  const twiceRem = (n - q * d) * 2n;
  if (twiceRem > d || (twiceRem === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}
