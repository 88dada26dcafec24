// printf-style `str % args`, translated conversion by conversion onto the format-spec engine.
import type { PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyDict, PyFloat, PyTuple } from '../objects/values.js';
import { asInt } from './arith.js';
import { callDunder } from './call.js';
import { formatValue } from './format.js';
import { getItem, keyError } from './items.js';
import { repr, str } from './text.js';
import { typeOf } from './typeof.js';

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

export function percentFormat(fmt: string, values: PyValue): string {
  const args = values instanceof PyTuple ? values.items : [values];
  const mapping = values instanceof PyDict ? values : null;
  let next = 0;
  const take = (): PyValue => {
    if (next >= args.length) throw typeError('not enough arguments for format string');
    return args[next++];
  };
  const out = fmt.replace(SPEC, (_m, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const w = width === '*' ? String(asInt(take())) : (width ?? '');
    const p = prec === '*' ? String(asInt(take())) : prec;
    let v: PyValue;
    if (key !== undefined) {
      if (!mapping) throw typeError('format requires a mapping');
      try {
        v = getItem(mapping, key);
      } catch {
        throw keyError(key);
      }
    } else v = take();
    const align = flags.includes('-') ? '<' : '';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !align ? '0' : '';
    const alt = flags.includes('#') ? '#' : '';
    const precision = p !== undefined ? `.${p}` : '';
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        let text = conv === 's' ? str(v) : repr(v);
        if (p !== undefined) text = text.slice(0, Number(p));
        return formatValue(text, `${align || '>'}${w}`);
      }
      case 'c':
        return formatValue(typeof v === 'string' ? v : String.fromCodePoint(Number(asInt(v))), `${align || '>'}${w}`);
      case 'd':
      case 'i':
      case 'u': {
        const viaInt = v instanceof PyFloat || asInt(v) !== undefined ? undefined : callDunder(v, '__int__', []);
        const n = v instanceof PyFloat ? Math.trunc(v.v) : asInt(v) !== undefined ? asInt(v) : asInt(viaInt === undefined ? null : viaInt);
        if (n === undefined) throw typeError(`%${conv} format: a real number is required, not ${typeOf(v).name}`);
        if (p !== undefined) return withPrecision(n, 'd', Number(p), flags, w);
        return formatValue(n, `${align}${sign}${zero}${w}d`);
      }
      case 'x':
      case 'X':
      case 'o': {
        const n = asInt(v);
        if (n === undefined) throw typeError(`%${conv} format: an integer is required, not ${typeOf(v).name}`);
        if (p !== undefined) return withPrecision(n, conv, Number(p), flags, w);
        return formatValue(n, `${align}${sign}${alt}${zero}${w}${conv}`);
      }
      default: {
        // Objects with __float__ (numpy scalars, tensors) format as their float, as in CPython.
        const viaFloat = v instanceof PyFloat || asInt(v) !== undefined ? undefined : callDunder(v, '__float__', []);
        const x = v instanceof PyFloat ? v : asInt(v) !== undefined ? new PyFloat(Number(asInt(v))) : viaFloat instanceof PyFloat ? viaFloat : null;
        if (x === null) throw typeError(`must be real number, not ${typeOf(v).name}`);
        return formatValue(x, `${align}${sign}${alt}${zero}${w}${p !== undefined ? precision : '.6'}${conv}`);
      }
    }
  });
  if (!mapping && next < args.length) throw typeError('not all arguments converted during string formatting');
  return out;
}

/** %.Nd and friends: the precision is a minimum digit count (zero-padded), then sign and width. */
function withPrecision(n: number | bigint, conv: string, precision: number, flags: string, width: string): string {
  const neg = n < 0;
  const abs = neg ? -BigInt(n) : BigInt(n);
  const radix = conv === 'd' ? 10 : conv === 'o' ? 8 : 16;
  let digits = abs.toString(radix);
  if (conv === 'X') digits = digits.toUpperCase();
  digits = digits.padStart(precision, '0');
  if (flags.includes('#') && conv !== 'd') digits = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + digits;
  const sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const text = sign + digits;
  const w = width === '' ? 0 : Number(width);
  return flags.includes('-') ? text.padEnd(w) : text.padStart(w);
}
