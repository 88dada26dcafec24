// format(value, spec): Python's format-spec mini-language for int, float and str
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]), and __format__ otherwise.
import type { PyValue } from '../objects/core.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyFloat } from '../objects/values.js';
import { pyFloatRepr } from '../objects/float-repr.js';
import { callDunder } from './call.js';
import { str } from './text.js';
import { typeOf } from './typeof.js';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alternate: boolean;
  zeroPad: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function parseSpec(spec: string, typeLabel: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeLabel}'`);
  const zeroPad = m[6] === '0';
  return {
    fill: m[1] ?? (zeroPad && !m[2] ? '0' : ' '),
    align: m[2] ?? (zeroPad ? '=' : ''),
    sign: m[3] ?? '-',
    alternate: m[5] === '#',
    zeroPad,
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

export function formatValue(v: PyValue, spec: string): string {
  if (typeof v === 'string') {
    if (spec === '') return v;
    const s = parseSpec(spec, 'str');
    if (s.type && s.type !== 's') throw valueError(`Unknown format code '${s.type}' for object of type 'str'`);
    if (s.sign !== '-' || s.align === '=') throw valueError('Sign not allowed in string format specifier');
    const text = s.precision >= 0 ? Array.from(v).slice(0, s.precision).join('') : v;
    return pad(text, s, '<');
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    if (spec === '') return str(v);
    return formatInt(typeof v === 'boolean' ? (v ? 1 : 0) : v, parseSpec(spec, typeOf(v).name));
  }
  if (v instanceof PyFloat) {
    if (spec === '') return pyFloatRepr(v.v);
    return formatFloat(v.v, parseSpec(spec, 'float'));
  }
  const custom = callDunder(v, '__format__', [spec]);
  if (custom !== undefined && typeOf(v).lookup('__format__') !== undefined) {
    if (typeof custom !== 'string') throw typeError(`__format__ must return a str, not ${typeOf(custom).name}`);
    return custom;
  }
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(v).name}.__format__`);
  return str(v);
}

function pad(body: string, s: Spec, defaultAlign: string, signPart = ''): string {
  const total = signPart.length + [...body].length;
  const fillCount = Math.max(0, s.width - total);
  const align = s.align || defaultAlign;
  const fill = (n: number) => s.fill.repeat(n);
  switch (align) {
    case '<':
      return signPart + body + fill(fillCount);
    case '^':
      return fill(Math.floor(fillCount / 2)) + signPart + body + fill(Math.ceil(fillCount / 2));
    case '=':
      return signPart + fill(fillCount) + body;
    default:
      return fill(fillCount) + signPart + body;
  }
}

function signOf(negative: boolean, s: Spec): string {
  if (negative) return '-';
  return s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

/** Inserts a separator every `every` digits from the right of the integer part. */
function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function formatInt(v: number | bigint, s: Spec): string {
  const floatTypes = 'eEfFgG%';
  if (s.type !== '' && floatTypes.includes(s.type)) return formatFloat(Number(v), s);
  if (s.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  const negative = v < 0;
  const abs = negative ? -BigInt(v) : BigInt(v);
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case 'b':
      digits = abs.toString(2);
      prefix = s.alternate ? '0b' : '';
      break;
    case 'o':
      digits = abs.toString(8);
      prefix = s.alternate ? '0o' : '';
      break;
    case 'x':
      digits = abs.toString(16);
      prefix = s.alternate ? '0x' : '';
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      prefix = s.alternate ? '0X' : '';
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(v)), s, '<');
    case '':
    case 'd':
    case 'n':
      digits = abs.toString();
      break;
    default:
      throw valueError(`Unknown format code '${s.type}' for object of type 'int'`);
  }
  const every = s.type !== '' && 'boxX'.includes(s.type) ? 4 : 3;
  if (s.zeroPad && s.grouping && s.align === '=') {
    // Zero padding goes through the grouping, as CPython does: 0,001,234.
    const signPart = signOf(negative, s) + prefix;
    digits = zeroPadGrouped(digits, s.width - signPart.length, s.grouping, every);
    return signPart + digits;
  }
  return pad(group(digits, s.grouping, every), s, '>', signOf(negative, s) + prefix);
}

function zeroPadGrouped(digits: string, width: number, sep: string, every: number): string {
  let grouped = group(digits, sep, every);
  while (grouped.length < width) {
    digits = '0' + digits;
    grouped = group(digits, sep, every);
  }
  return grouped;
}

/** x.toFixed(p) with CPython's round-half-even on exact decimal ties (JS rounds them up). */
export function toFixedPython(x: number, p: number): string {
  if (Math.abs(x) >= 1e21) return bigFixed(x, p);
  const s = x.toFixed(p);
  if (p + 20 <= 100) {
    const longer = Math.abs(x).toFixed(Math.min(100, p + 30));
    const tail = longer.slice(longer.indexOf('.') + 1 + p);
    if (/^50*$/.test(tail)) {
      // An exact tie: keep the even neighbour.
      const truncated = longer.slice(0, longer.indexOf('.') + 1 + p).replace(/\.$/, '');
      const lastDigit = Number(truncated[truncated.length - 1]);
      if (lastDigit % 2 === 0) return (x < 0 ? '-' : '') + truncated;
    }
  }
  return s;
}

function bigFixed(x: number, p: number): string {
  const int = BigInt(Math.trunc(x)).toString();
  return p > 0 ? `${int}.${'0'.repeat(p)}` : int;
}

/** x.toExponential(p) as Python writes it: e+05 (at least two exponent digits), half-even ties. */
export function toExponentialPython(x: number, p: number): string {
  let s = x.toExponential(p);
  const exp = s.split('e')[1];
  const e = Number(exp);
  // Tie check through a longer expansion, as in toFixedPython.
  if (p + 30 <= 100) {
    const longer = Math.abs(x).toExponential(Math.min(100, p + 30)).split('e');
    if (Number(longer[1]) === e) {
      const tail = longer[0].replace('.', '').slice(p + 1);
      if (/^50*$/.test(tail)) {
        const digits = longer[0].replace('.', '').slice(0, p + 1);
        if (Number(digits[digits.length - 1]) % 2 === 0) {
          s = (x < 0 ? '-' : '') + digits[0] + (p > 0 ? '.' + digits.slice(1) : '') + 'e' + exp;
          return fixExponent(s);
        }
      }
    }
  }
  return fixExponent(s);
}

function fixExponent(s: string): string {
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function formatFloat(x: number, s: Spec): string {
  const negative = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let body: string;
  let type = s.type;
  if (Number.isNaN(x) || !Number.isFinite(x)) {
    body = Number.isNaN(x) ? 'nan' : 'inf';
    if (type === 'E' || type === 'F' || type === 'G') body = body.toUpperCase();
    if (type === '%') body += '%';
    return pad(body, s, '>', signOf(negative && !Number.isNaN(x), s));
  }
  const prec = s.precision;
  switch (type) {
    case 'f':
    case 'F':
      body = toFixedPython(ax, prec < 0 ? 6 : prec);
      if (s.alternate && !body.includes('.')) body += '.';
      break;
    case 'e':
    case 'E':
      body = toExponentialPython(ax, prec < 0 ? 6 : prec);
      if (type === 'E') body = body.toUpperCase();
      break;
    case '%':
      body = toFixedPython(ax * 100, prec < 0 ? 6 : prec) + '%';
      break;
    case 'g':
    case 'G':
    case 'n':
      body = generalFormat(ax, prec < 0 ? 6 : prec === 0 ? 1 : prec, s.alternate, false);
      if (type === 'G') body = body.toUpperCase();
      break;
    case '':
      body = prec < 0 ? pyFloatRepr(ax) : generalFormat(ax, prec === 0 ? 1 : prec, s.alternate, true);
      break;
    default:
      throw valueError(`Unknown format code '${type}' for object of type 'float'`);
  }
  if (s.grouping) {
    const dot = body.search(/[.e%]/);
    const intPart = dot < 0 ? body : body.slice(0, dot);
    const rest = dot < 0 ? '' : body.slice(dot);
    if (/^\d+$/.test(intPart)) body = group(intPart, s.grouping) + rest;
  }
  return pad(body, s, '>', signOf(negative, s));
}

/** %g: fixed or scientific by the exponent, trailing zeros removed (kept with '#'). The
 *  no-type form (`format(x, '.3')`) also keeps at least one digit after the point. */
function generalFormat(ax: number, p: number, alternate: boolean, noType: boolean): string {
  if (ax === 0) return alternate ? '0.' + '0'.repeat(p - 1) : noType ? '0.0' : '0';
  const exp = Number(toExponentialPython(ax, p - 1).split('e')[1]);
  let body: string;
  if (exp >= -4 && exp < p) {
    body = toFixedPython(ax, p - 1 - exp);
    if (!alternate && body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
    if (noType && !body.includes('.')) body += '.0';
  } else {
    body = toExponentialPython(ax, p - 1);
    if (!alternate) body = body.replace(/\.?0+e/, 'e');
  }
  return body;
}
