/**
 * numpy's `format_float_positional` / `format_float_scientific` layout
 * (numpy.dragon4_positional / dragon4_scientific): where the point goes, how
 * trailing zeros are trimmed, and the space padding that aligns array columns.
 */

import { exponentSuffix } from '../../interpreter/objects/float-repr.js';
import { Digits, limitedDigits } from './float-digits.js';
import { FloatKind } from './float-kinds.js';

/**
 * Trim modes, as numpy names them:
 *  'k' keep trailing zeros (and pad with zeros up to minDigits),
 *  '.' trim trailing zeros but keep the point (`1.`),
 *  '0' trim to one zero after the point (`1.0`),
 *  '-' trim zeros and the point (`1`).
 */
export type TrimMode = 'k' | '.' | '0' | '-';

export interface Dragon4Options {
  /** Max digits after the point (positional) or after the first digit (scientific); -1 = none. */
  precision: number;
  /** Min digits, same counting as precision; -1 = none. */
  minDigits: number;
  trim: TrimMode;
  /** Always print a sign ('+' for positives). */
  sign: boolean;
  /** Pad with spaces so at least this many characters precede the point; -1 = none. */
  padLeft: number;
  /** Positional only: pad with spaces so this many characters follow the point; -1 = none. */
  padRight: number;
  /** Scientific only: pad the exponent with zeros to this many digits; -1 = 2. */
  expDigits: number;
}

export const DEFAULT_DRAGON4: Dragon4Options = {
  precision: -1,
  minDigits: -1,
  trim: 'k',
  sign: false,
  padLeft: -1,
  padRight: -1,
  expDigits: -1,
};

function signText(x: number, sign: boolean): string {
  if (x < 0 || Object.is(x, -0)) return '-';
  return sign ? '+' : '';
}

/** Non-finite values print without padding (callers pad them). */
function nonFinite(x: number, sign: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  return (x < 0 ? '-' : sign ? '+' : '') + 'inf';
}

function digitsFor(x: number, kind: FloatKind, mode: 'fraction' | 'total', opts: Dragon4Options): Digits {
  if (x === 0) return { digits: '0', exp: 0 };
  const toCount = (n: number): number => (n < 0 ? -1 : mode === 'total' ? n + 1 : n);
  return limitedDigits(x, kind, { mode, max: toCount(opts.precision), min: toCount(opts.minDigits) });
}

/** Trailing-zero and point trimming shared by both notations; returns [fraction, showPoint]. */
function trimFraction(frac: string, opts: Dragon4Options): [string, boolean] {
  let f = frac;
  if (opts.trim === 'k') {
    const want = Math.max(opts.minDigits, 0);
    if (f.length < want) f = f.padEnd(want, '0');
    return [f, true];
  }
  f = f.replace(/0+$/, '');
  if (f === '' && opts.trim === '0') return ['0', true];
  if (f === '' && opts.trim === '-') return ['', false];
  return [f, true];
}

/** `np.format_float_positional` (fractional=True) of a value of the given kind. */
export function formatPositional(x: number, kind: FloatKind, options: Partial<Dragon4Options> = {}): string {
  const opts = { ...DEFAULT_DRAGON4, ...options };
  if (!Number.isFinite(x)) return nonFinite(x, opts.sign);
  const sign = signText(x, opts.sign);
  const { digits, exp } = digitsFor(x, kind, 'fraction', opts);
  let whole: string;
  let frac: string;
  if (digits === '0') {
    // Zero, or a value rounded away entirely at the precision limit.
    whole = '0';
    frac = exp < 0 ? '0'.repeat(-exp) : '';
  } else if (exp >= 0) {
    whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    frac = digits.slice(exp + 1);
  } else {
    whole = '0';
    frac = '0'.repeat(-exp - 1) + digits;
  }
  const [fraction, showPoint] = trimFraction(frac, opts);
  let text = sign + whole + (showPoint ? '.' : '') + fraction;
  if (opts.padRight >= fraction.length) {
    // With the point trimmed away, a space stands in for it.
    if (!showPoint) text += ' ';
    text += ' '.repeat(opts.padRight - fraction.length);
  }
  const leftWidth = whole.length + sign.length;
  if (opts.padLeft > leftWidth) text = ' '.repeat(opts.padLeft - leftWidth) + text;
  return text;
}

/** `np.format_float_scientific` of a value of the given kind. */
export function formatScientific(x: number, kind: FloatKind, options: Partial<Dragon4Options> = {}): string {
  const opts = { ...DEFAULT_DRAGON4, ...options };
  if (!Number.isFinite(x)) return nonFinite(x, opts.sign);
  const sign = signText(x, opts.sign);
  const { digits, exp } = digitsFor(x, kind, 'total', opts);
  const [fraction, showPoint] = trimFraction(digits.slice(1), opts);
  const expText = exponentSuffix(digits === '0' ? 0 : exp, opts.expDigits < 0 ? 2 : Math.min(opts.expDigits, 5));
  let text = sign + digits[0] + (showPoint ? '.' : '') + fraction + expText;
  const leftWidth = 1 + sign.length;
  if (opts.padLeft > leftWidth) text = ' '.repeat(opts.padLeft - leftWidth) + text;
  return text;
}
