/**
 * The binary floating-point formats tfts prints, described by their precision
 * and exponent range so one rounding routine serves all of them.
 *
 * Values always travel as JS doubles; a float32/float16/bfloat16 value is a
 * double that happens to be exactly representable in the narrower format.
 * Printing needs to know the format to find the shortest digits that identify
 * the value *within that format* (numpy prints float32 0.1 as `0.1`, not
 * `0.10000000149011612`).
 */

export type FloatKind = 'float16' | 'bfloat16' | 'float32' | 'float64';

export interface BinaryFormat {
  kind: FloatKind;
  /** Significand bits including the implicit leading bit. */
  precisionBits: number;
  /** Exponent of the smallest normal number (2^minExp). */
  minExp: number;
  /** Exponent of the largest finite binade (2^maxExp <= max < 2^(maxExp+1)). */
  maxExp: number;
  /** Most significant decimal digits ever needed to identify a value. */
  maxDigits: number;
}

export const BINARY_FORMATS: Record<FloatKind, BinaryFormat> = {
  float16: { kind: 'float16', precisionBits: 11, minExp: -14, maxExp: 15, maxDigits: 5 },
  bfloat16: { kind: 'bfloat16', precisionBits: 8, minExp: -126, maxExp: 127, maxDigits: 4 },
  float32: { kind: 'float32', precisionBits: 24, minExp: -126, maxExp: 127, maxDigits: 9 },
  float64: { kind: 'float64', precisionBits: 53, minExp: -1022, maxExp: 1023, maxDigits: 17 },
};

const scratch = new DataView(new ArrayBuffer(8));

/** floor(log2(|x|)) for a finite nonzero double, read from its bits (exact, unlike Math.log2). */
export function binaryExponent(x: number): number {
  scratch.setFloat64(0, x);
  const biased = (scratch.getUint32(0) >>> 20) & 0x7ff;
  if (biased !== 0) return biased - 1023;
  // Subnormal double: normalise by scaling up by 2^64 first.
  return binaryExponent(x * 2 ** 64) - 64;
}

/** Round half to even for a non-negative double holding at most 53 integer bits. */
function roundHalfEven(y: number): number {
  const floor = Math.floor(y);
  const diff = y - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * Rounds a double to the nearest value of `fmt` (ties to even), with gradual
 * underflow and overflow to infinity, as IEEE conversion does.
 */
export function roundToFormat(x: number, fmt: BinaryFormat): number {
  if (fmt.kind === 'float64' || !Number.isFinite(x) || x === 0) return x;
  if (fmt.kind === 'float32') return Math.fround(x);
  const a = Math.abs(x);
  const e = Math.max(binaryExponent(a), fmt.minExp);
  const quantum = 2 ** (e - (fmt.precisionBits - 1));
  // a / quantum and the product back are exact: both are power-of-two scalings.
  const r = roundHalfEven(a / quantum) * quantum;
  const result = r >= 2 ** (fmt.maxExp + 1) ? Infinity : r;
  return x < 0 ? -result : result;
}

export function roundToFloat16(x: number): number {
  return roundToFormat(x, BINARY_FORMATS.float16);
}

export function roundToBfloat16(x: number): number {
  return roundToFormat(x, BINARY_FORMATS.bfloat16);
}

/**
 * True when |x| is a power of two above the format's smallest normal: the gap
 * to the next value below is half the gap above, so the interval of decimals
 * that read back as x is lopsided.
 */
export function hasUnequalMargins(x: number, fmt: BinaryFormat): boolean {
  const a = Math.abs(x);
  const e = binaryExponent(a);
  return e > fmt.minExp && a === 2 ** e;
}
