/**
 * Decimal digit generation with numpy's Dragon4 semantics, for any of the
 * binary formats in float-kinds.ts.
 *
 * numpy's "unique" digit mode with limits behaves as follows (facts checked
 * against numpy 2.4 output, see test/printing/fixtures.json):
 *   - without limits it prints the shortest digit string that reads back to
 *     the same value in the value's own format, choosing the closest such
 *     string;
 *   - with a maximum (precision) it stops at that digit when the shortest
 *     string would be longer, rounding the *exact* binary value half-to-even
 *     (so 2**-9 at 8 decimals prints 0.00195312);
 *   - with a minimum (min_digits) it keeps emitting the exact value's digits
 *     past uniqueness and rounds the exact value at that digit (so float32 0.3
 *     shown with 7 decimals is 3.0000001).
 */

import { roundHalfEvenDiv, exactDecimal, shortestDoubleDigits } from '../../interpreter/objects/float-repr.js';
import { BINARY_FORMATS, BinaryFormat, FloatKind, hasUnequalMargins, roundToFormat } from './float-kinds.js';

/** A decimal magnitude: |value| = d1.d2d3... × 10^exp. */
export interface Digits {
  /** Significant digits; "0" for a zero result. */
  digits: string;
  /** Decimal exponent of the first digit. */
  exp: number;
}

/** Shortest digits of |x| (finite, nonzero) that round back to x in `kind`. */
export function shortestDigits(x: number, kind: FloatKind): Digits {
  if (kind === 'float64') return shortestDoubleDigits(x);
  const fmt = BINARY_FORMATS[kind];
  const a = Math.abs(x);
  for (let p = 1; p <= fmt.maxDigits; p++) {
    // toPrecision gives the p-digit decimal nearest to the exact value.
    const nearest = a.toPrecision(p);
    if (readsBackAs(nearest, a, fmt)) return evenOnTie(a, parseDigits(nearest), p, fmt);
    // At a power of two the interval below is half as wide as above, so a
    // farther candidate above may read back while the nearest (below) does not.
    if (Number(nearest) < a && hasUnequalMargins(a, fmt)) {
      const up = nextDecimalUp(parseDigits(nearest), p);
      if (readsBackAs(digitsToString(up), a, fmt)) return up;
    }
  }
  // maxDigits always suffices; this is unreachable for finite inputs.
  return parseDigits(a.toPrecision(fmt.maxDigits));
}

/**
 * toPrecision breaks exact ties upwards, Dragon4 towards the even digit. Ties
 * happen in narrow formats: float16 0.90625 lies exactly between 0.9062 and
 * 0.9063, both of which read back, and numpy prints 0.9062.
 */
function evenOnTie(a: number, chosen: Digits, p: number, fmt: BinaryFormat): Digits {
  const padded = chosen.digits.padEnd(p, '0');
  if (Number(padded[p - 1]) % 2 === 0) return chosen;
  const lastExp = chosen.exp - (p - 1);
  // Exact check: is |a| exactly halfway, i.e. a = (N - 1/2) * 10^lastExp?
  // With a = int / 10^scale that is 2*int = (2N - 1) * 10^(lastExp + scale).
  const { int, scale } = exactDecimal(a);
  const n = BigInt(padded);
  const k = lastExp + scale;
  const isTie = k >= 0 ? 2n * int === (2n * n - 1n) * 10n ** BigInt(k) : 2n * int * 10n ** BigInt(-k) === 2n * n - 1n;
  if (!isTie) return chosen;
  const down = (n - 1n).toString();
  const candidate = parseDigits(`${down[0]}.${down.slice(1) || '0'}e${chosen.exp - (p - down.length)}`);
  return readsBackAs(digitsToString(candidate), a, fmt) ? candidate : chosen;
}

function readsBackAs(text: string, a: number, fmt: BinaryFormat): boolean {
  return roundToFormat(Number(text), fmt) === a;
}

/** Parses toPrecision/toExponential output into digits and exponent. */
function parseDigits(text: string): Digits {
  const e = text.indexOf('e');
  const mantissa = e >= 0 ? text.slice(0, e) : text;
  let exp10 = e >= 0 ? Number(text.slice(e + 1)) : 0;
  const dot = mantissa.indexOf('.');
  const intPart = dot >= 0 ? mantissa.slice(0, dot) : mantissa;
  const fracPart = dot >= 0 ? mantissa.slice(dot + 1) : '';
  let all = intPart + fracPart;
  exp10 += intPart.length - 1;
  const lead = all.match(/^0*/)![0].length;
  all = all.slice(lead);
  exp10 -= lead;
  all = all.replace(/0+$/, '');
  return all === '' ? { digits: '0', exp: 0 } : { digits: all, exp: exp10 };
}

function digitsToString(d: Digits): string {
  return `${d.digits[0]}.${d.digits.slice(1) || '0'}e${d.exp}`;
}

/** The p-digit decimal one unit (in the p-th digit) above `d`. */
function nextDecimalUp(d: Digits, p: number): Digits {
  const padded = d.digits.padEnd(p, '0');
  const bumped = (BigInt(padded) + 1n).toString();
  const exp = d.exp + (bumped.length - padded.length);
  const trimmed = bumped.replace(/0+$/, '');
  return { digits: trimmed, exp };
}

/**
 * The exact value of |x| rounded half-to-even so that its last digit has
 * decimal exponent `lastExp` (e.g. lastExp = -8 keeps 8 decimals).
 */
export function exactDigitsAt(x: number, lastExp: number): Digits {
  const { int, scale } = exactDecimal(Math.abs(x));
  // |x| / 10^lastExp = int / 10^(scale + lastExp)
  const shift = scale + lastExp;
  const n = shift <= 0 ? int * 10n ** BigInt(-shift) : roundHalfEvenDiv(int, 10n ** BigInt(shift));
  if (n === 0n) return { digits: '0', exp: lastExp };
  const text = n.toString();
  const trimmed = text.replace(/0+$/, '');
  return { digits: trimmed, exp: lastExp + text.length - 1 };
}

export interface DigitLimits {
  /** 'fraction': limits count digits after the point; 'total': significant digits. */
  mode: 'fraction' | 'total';
  /** Most digits to emit, or -1 for no limit. */
  max: number;
  /** Fewest digits to emit (exact digits past uniqueness), or -1. */
  min: number;
}

/** Digits of |x| (finite, nonzero) per numpy's unique mode with limits. */
export function limitedDigits(x: number, kind: FloatKind, limits: DigitLimits): Digits {
  const shortest = shortestDigits(x, kind);
  const lastExp = shortest.exp - (shortest.digits.length - 1);
  // Total-length limits count from the exact value's leading digit, which is
  // one lower than the shortest string's when that rounded up to a power of 10.
  const leadExp = shortest.digits === '1' ? exactLeadingExponent(x) : shortest.exp;
  const limitExp = (count: number): number =>
    limits.mode === 'fraction' ? -count : leadExp + 1 - count;
  if (limits.max >= 0 && lastExp < limitExp(limits.max)) {
    return exactDigitsAt(x, limitExp(limits.max));
  }
  if (limits.min >= 0 && lastExp > limitExp(limits.min)) {
    return exactDigitsAt(x, limitExp(limits.min));
  }
  return shortest;
}

/** floor(log10(|x|)) computed exactly. */
function exactLeadingExponent(x: number): number {
  const { int, scale } = exactDecimal(Math.abs(x));
  return int.toString().length - 1 - scale;
}
