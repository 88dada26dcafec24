// C printf conversions as TF's AsString uses them (%d %f %e %g %s with flags, width and
// precision), on exact binary values: digits come from BigInt arithmetic with round-half-even, as
// glibc rounds, so every double prints exactly as C would print it.

export interface PrintfSpec {
  flag: string; // '', ' ', '+', '-', '0' or '#'
  width: number; // -1: none
  precision: number; // -1: the conversion's default
}

/** |x| as an exact fraction num / den. */
function exactFraction(x: number): [bigint, bigint] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const bits = buf.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = expBits === 0 ? frac : frac | (1n << 52n);
  const exp = (expBits === 0 ? 1 : expBits) - 1075;
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

/** round-half-even(|x| * 10^k) as an integer. */
function scaledRound(x: number, k: number): bigint {
  let [num, den] = exactFraction(x);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && q % 2n === 1n) ? q + 1n : q;
}

function fixedDigits(x: number, precision: number): string {
  const digits = scaledRound(x, precision).toString().padStart(precision + 1, '0');
  const int = digits.slice(0, digits.length - precision);
  return precision === 0 ? int : `${int}.${digits.slice(digits.length - precision)}`;
}

/** Mantissa digits (precision + 1 of them) and decimal exponent of |x| for %e. */
function sciParts(x: number, precision: number): [string, number] {
  if (x === 0) return ['0'.repeat(precision + 1), 0];
  let e = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const n = scaledRound(x, precision - e);
    const s = n.toString();
    if (s.length > precision + 1) e++;
    else if (s.length < precision + 1) e--;
    else return [s, e];
  }
}

function sciText(digits: string, e: number): string {
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  const [m, e] = s.split('e');
  const trimmed = m.replace(/0+$/, '').replace(/\.$/, '');
  return e === undefined ? trimmed : `${trimmed}e${e}`;
}

function floatBody(x: number, conv: 'f' | 'e' | 'g', precision: number, alt: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return 'inf';
  if (conv === 'f') return fixedDigits(x, precision < 0 ? 6 : precision);
  if (conv === 'e') {
    const p = precision < 0 ? 6 : precision;
    return sciText(...sciParts(x, p));
  }
  const p = precision < 0 ? 6 : precision === 0 ? 1 : precision;
  const [digits, e] = sciParts(x, p - 1);
  const text = p > e && e >= -4 ? fixedDigits(x, p - 1 - e) : sciText(digits, e);
  return alt ? text : stripZeros(text);
}

/** Pads a converted number: sign flags, zero fill after the sign, left or right justification. */
function pad(sign: string, body: string, spec: PrintfSpec, zeroAllowed: boolean): string {
  const s = sign + body;
  if (spec.width <= s.length) return s;
  const fill = spec.width - s.length;
  if (spec.flag === '-') return s + ' '.repeat(fill);
  if (spec.flag === '0' && zeroAllowed) return sign + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + s;
}

function signOf(negative: boolean, spec: PrintfSpec): string {
  if (negative) return '-';
  return spec.flag === '+' ? '+' : spec.flag === ' ' ? ' ' : '';
}

export function formatFloat(x: number, conv: 'f' | 'e' | 'g', spec: PrintfSpec): string {
  const negative = x < 0 || Object.is(x, -0);
  const body = floatBody(x, conv, spec.precision, spec.flag === '#');
  return pad(signOf(negative && !Number.isNaN(x), spec), body, spec, Number.isFinite(x));
}

export function formatInt(x: number | bigint, spec: PrintfSpec): string {
  const negative = x < 0;
  const body = (negative ? -BigInt(x) : BigInt(x)).toString();
  return pad(signOf(negative, spec), body, spec, true);
}

/** %s: precision truncates, width pads with spaces. */
export function formatBytes(b: Uint8Array, spec: PrintfSpec): Uint8Array {
  const s = spec.precision >= 0 ? b.subarray(0, spec.precision) : b;
  if (spec.width <= s.length) return s;
  const out = new Uint8Array(spec.width).fill(0x20);
  out.set(s, spec.flag === '-' ? 0 : spec.width - s.length);
  return out;
}
