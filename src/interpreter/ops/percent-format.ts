// printf-style `str % args`, translated conversion by conversion onto the format-spec engine.
import type { PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyDict, PyFloat, PyTuple } from '../objects/values.js';
import { asInt } from './arith.js';
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
        const n = v instanceof PyFloat ? Math.trunc(v.v) : asInt(v);
        if (n === undefined) throw typeError(`%${conv} format: a real number is required, not ${typeOf(v).name}`);
        return formatValue(n, `${align}${sign}${zero}${w}d`);
      }
      case 'x':
      case 'X':
      case 'o': {
        const n = asInt(v);
        if (n === undefined) throw typeError(`%${conv} format: an integer is required, not ${typeOf(v).name}`);
        return formatValue(n, `${align}${sign}${alt}${zero}${w}${conv}`);
      }
      default: {
        const x = v instanceof PyFloat ? v : asInt(v) !== undefined ? new PyFloat(Number(asInt(v))) : null;
        if (x === null) throw typeError(`must be real number, not ${typeOf(v).name}`);
        return formatValue(x, `${align}${sign}${alt}${zero}${w}${p !== undefined ? precision : '.6'}${conv}`);
      }
    }
  });
  if (!mapping && next < args.length) throw typeError('not all arguments converted during string formatting');
  return out;
}
