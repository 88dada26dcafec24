// Methods of str, int and float beyond the basics in methods.ts (which these replace where they
// take more arguments): start/end ranges, rsplit, partition, casing, predicates, translate,
// int.to_bytes/from_bytes, float.as_integer_ratio/hex, with CPython's argument errors.
import { encodeWide, wideCodec } from './utf-wide-codecs.js';
import { PyType, PyValue } from '../objects/core.js';
import { floatType, intType, strType } from '../objects/builtin-types.js';
import { overflowError, typeError, valueError } from '../objects/exceptions.js';
import { PyBuiltinFunction, PyClassMethod, PyStaticMethod } from '../objects/function.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../objects/values.js';
import { PyBytes } from '../objects/bytes.js';
import { asIndex, asNumber } from '../ops/convert.js';
import { getItem } from '../ops/items.js';
import { iterToArray } from '../ops/iter.js';
import { normBig } from '../ops/int-math.js';
import { typeOf } from '../ops/typeof.js';
import { call } from '../ops/call.js';
import { checkArity, defineGetter, defineMethod, noKwargs, pyParams } from './define.js';
import { strFormat } from './methods.js';

const mustStr = (v: PyValue): string => {
  if (typeof v !== 'string') throw typeError(`must be str, not ${typeOf(v).name}`);
  return v;
};

const asStr = (v: PyValue, what: string): string => {
  if (typeof v !== 'string') throw typeError(`${what} must be str, not ${typeOf(v).name}`);
  return v;
};

/** CPython's slice clamping for the optional start/end of find/count/startswith. */
function range(s: string, args: PyValue[], from: number): [number, number] {
  const n = s.length;
  const clamp = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    let i = asIndex(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [clamp(args[from], 0), clamp(args[from + 1], n)];
}

function findIn(s: string, args: PyValue[], name: string, last: boolean): number {
  checkArity(name, args, 1, 3);
  const sub = mustStr(args[0]);
  const [start, end] = range(s, args, 1);
  if (end - start < sub.length) return -1;
  const window = s.slice(start, end);
  const i = last ? window.lastIndexOf(sub) : window.indexOf(sub);
  return i < 0 ? -1 : i + start;
}

const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase();
const isUpperChar = (c: string) => isCased(c) && c === c.toUpperCase() && c !== c.toLowerCase();
const isLowerChar = (c: string) => isCased(c) && c === c.toLowerCase() && c !== c.toUpperCase();

function title(s: string): string {
  let out = '';
  let prevCased = false;
  for (const c of s) {
    out += prevCased ? c.toLowerCase() : c.toUpperCase();
    prevCased = isCased(c);
  }
  return out;
}

function splitWhitespaceRight(s: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let rest = s.replace(/\s+$/u, '');
  while (rest.length) {
    if (maxsplit >= 0 && parts.length === maxsplit) {
      parts.push(rest);
      break;
    }
    const m = /\s+(?=\S*$)/u.exec(rest);
    if (!m) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(m.index + m[0].length));
    rest = rest.slice(0, m.index);
  }
  return parts.reverse();
}

function installStrExtras(): void {
  const m = (name: string, body: (s: string, args: PyValue[]) => PyValue) =>
    defineMethod(strType, name, (self, args, kwargs) => {
      noKwargs(`str.${name}`, kwargs);
      return body(self as string, args);
    });
  m('find', (s, a) => findIn(s, a, 'find', false));
  m('rfind', (s, a) => findIn(s, a, 'rfind', true));
  m('index', (s, a) => {
    const i = findIn(s, a, 'index', false);
    if (i < 0) throw valueError('substring not found');
    return i;
  });
  m('rindex', (s, a) => {
    const i = findIn(s, a, 'rindex', true);
    if (i < 0) throw valueError('substring not found');
    return i;
  });
  m('count', (s, a) => {
    checkArity('count', a, 1, 3);
    const sub = mustStr(a[0]);
    const [start, end] = range(s, a, 1);
    if (end < start) return 0;
    const window = s.slice(start, end);
    if (sub === '') return window.length + 1;
    return window.split(sub).length - 1;
  });
  const affix = (name: 'startswith' | 'endswith') =>
    m(name, (s, a) => {
      checkArity(name, a, 1, 3);
      const [start, end] = range(s, a, 1);
      const window = s.slice(start, end);
      const test = (p: PyValue): boolean => {
        if (typeof p !== 'string') {
          throw typeError(`tuple for ${name} must only contain str, not ${typeOf(p).name}`);
        }
        if (end - start < 0) return false;
        return name === 'startswith' ? window.startsWith(p) : window.endsWith(p);
      };
      const p = a[0];
      if (p instanceof PyTuple) return p.items.some(test);
      if (typeof p !== 'string') {
        throw typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(p).name}`);
      }
      return test(p);
    });
  affix('startswith');
  affix('endswith');
  defineMethod(strType, 'rsplit', (self, args, kwargs) => {
    const p = pyParams('rsplit', ['sep', 'maxsplit'], { sep: null, maxsplit: -1 })(args, kwargs);
    const s = self as string;
    const maxsplit = asIndex(p.maxsplit);
    if (p.sep === null) return new PyList(splitWhitespaceRight(s, maxsplit));
    if (typeof p.sep !== 'string') throw typeError(`must be str or None, not ${typeOf(p.sep).name}`);
    const sep = p.sep;
    if (sep === '') throw valueError('empty separator');
    const all = s.split(sep);
    if (maxsplit < 0 || all.length <= maxsplit + 1) return new PyList(all);
    const keep = all.length - maxsplit;
    return new PyList([all.slice(0, keep).join(sep), ...all.slice(keep)]);
  });
  defineMethod(strType, 'splitlines', (self, args, kwargs) => {
    const p = pyParams('splitlines', ['keepends'], { keepends: false })(args, kwargs);
    const s = self as string;
    const out: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    for (let mm = re.exec(s); mm; mm = re.exec(s)) {
      out.push(s.slice(last, p.keepends ? mm.index + mm[0].length : mm.index));
      last = mm.index + mm[0].length;
    }
    if (last < s.length) out.push(s.slice(last));
    return new PyList(out);
  });
  const part = (name: 'partition' | 'rpartition') =>
    m(name, (s, a) => {
      checkArity(name, a, 1, 1);
      const sep = mustStr(a[0]);
      if (sep === '') throw valueError('empty separator');
      const i = name === 'partition' ? s.indexOf(sep) : s.lastIndexOf(sep);
      if (i < 0) return new PyTuple(name === 'partition' ? [s, '', ''] : ['', '', s]);
      return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    });
  part('partition');
  part('rpartition');
  m('title', (s) => title(s));
  m('capitalize', (s) => (s.length ? title(Array.from(s)[0]) + Array.from(s).slice(1).join('').toLowerCase() : s));
  m('swapcase', (s) => Array.from(s, (c) => (isUpperChar(c) ? c.toLowerCase() : isLowerChar(c) ? c.toUpperCase() : c)).join(''));
  m('casefold', (s) => s.toLowerCase().replace(/ß/g, 'ss'));
  m('isupper', (s) => {
    let cased = false;
    for (const c of s) {
      if (isLowerChar(c)) return false;
      if (isUpperChar(c)) cased = true;
    }
    return cased;
  });
  m('islower', (s) => {
    let cased = false;
    for (const c of s) {
      if (isUpperChar(c)) return false;
      if (isLowerChar(c)) cased = true;
    }
    return cased;
  });
  m('istitle', (s) => {
    let cased = false;
    let prevCased = false;
    for (const c of s) {
      if (isUpperChar(c)) {
        if (prevCased) return false;
        prevCased = true;
        cased = true;
      } else if (isLowerChar(c)) {
        if (!prevCased) return false;
        prevCased = true;
        cased = true;
      } else prevCased = false;
    }
    return cased;
  });
  m('isidentifier', (s) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s));
  m('isdecimal', (s) => s.length > 0 && /^\p{Nd}+$/u.test(s));
  m('isdigit', (s) => s.length > 0 && /^[\p{Nd}²³¹⁰-⁹₀-₉]+$/u.test(s));
  m('isnumeric', (s) => s.length > 0 && /^[\p{N}]+$/u.test(s));
  m('isascii', (s) => /^[\x00-\x7f]*$/.test(s));
  m('isprintable', (s) => !/[\p{C}\p{Z}]/u.test(s.replace(/ /g, '')));
  m('isalnum', (s) => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s));
  m('expandtabs', (s, a) => {
    checkArity('expandtabs', a, 0, 1);
    const size = a.length ? asIndex(a[0]) : 8;
    let out = '';
    let col = 0;
    for (const c of s) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return out;
  });
  m('removeprefix', (s, a) => {
    checkArity('removeprefix', a, 1, 1);
    const p = asStr(a[0], 'removeprefix() argument');
    return p && s.startsWith(p) ? s.slice(p.length) : s;
  });
  m('removesuffix', (s, a) => {
    checkArity('removesuffix', a, 1, 1);
    const p = asStr(a[0], 'removesuffix() argument');
    return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  });
  m('format_map', (s, a) => {
    checkArity('format_map', a, 1, 1);
    const mapping = a[0];
    const kw = new Map<string, PyValue>();
    // Field names resolve through the mapping's __getitem__ (so dict subclasses with __missing__ work).
    for (const name of fieldNames(s)) kw.set(name, getItem(mapping, name));
    return strFormat(s, [], kw);
  });
  m('translate', (s, a) => {
    checkArity('translate', a, 1, 1);
    const table = a[0];
    let out = '';
    for (const c of s) {
      let r: PyValue;
      try {
        r = getItem(table, c.codePointAt(0)!);
      } catch (e) {
        if (e !== null && typeof e === 'object' && 'cls' in e && ['KeyError', 'IndexError'].includes((e as { cls: PyType }).cls.name)) {
          out += c;
          continue;
        }
        throw e;
      }
      if (r === null) continue;
      if (typeof r === 'string') out += r;
      else if (typeof r === 'number') out += String.fromCodePoint(r);
      else throw typeError('character mapping must return integer, None or str');
    }
    return out;
  });
  const maketrans = new PyBuiltinFunction('maketrans', (args) => {
    checkArity('maketrans', args, 1, 3);
    const d = new PyDict();
    if (args.length === 1) {
      const src = args[0];
      if (!(src instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of src.storage.entries()) {
        if (typeof k === 'string') {
          if (Array.from(k).length !== 1) throw valueError('string keys in translate table must be of length 1');
          d.storage.set(k.codePointAt(0)!, v);
        } else d.storage.set(k, v);
      }
      return d;
    }
    const x = asStr(args[0], 'maketrans() argument 1');
    const y = asStr(args[1], 'maketrans() argument 2');
    const xs = Array.from(x);
    const ys = Array.from(y);
    if (xs.length !== ys.length) throw valueError('the first two maketrans arguments must have equal length');
    xs.forEach((c, i) => d.storage.set(c.codePointAt(0)!, ys[i].codePointAt(0)!));
    if (args.length === 3) for (const c of asStr(args[2], 'maketrans() argument 3')) d.storage.set(c.codePointAt(0)!, null);
    return d;
  }, false, 'str.maketrans');
  strType.dict.set('maketrans', new PyStaticMethod(maketrans));
  defineMethod(strType, 'encode', (self, args, kwargs) => {
    const p = pyParams('encode', ['encoding', 'errors'], { encoding: 'utf-8', errors: 'strict' })(args, kwargs);
    const enc = String(p.encoding).toLowerCase().replaceAll('_', '-');
    const s = self as string;
    if (enc === 'ascii' || enc === 'latin-1' || enc === 'latin1') {
      const limit = enc === 'ascii' ? 0x80 : 0x100;
      const bytes: number[] = [];
      for (const c of s) {
        const cp = c.codePointAt(0)!;
        if (cp >= limit) {
          if (p.errors === 'ignore') continue;
          if (p.errors === 'replace') {
            bytes.push(0x3f);
            continue;
          }
          throw typeError(`'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character`);
        }
        bytes.push(cp);
      }
      return new PyBytes(Uint8Array.from(bytes));
    }
    const wide = wideCodec(enc);
    if (wide !== null) return new PyBytes(encodeWide(s, wide));
    return new PyBytes(new TextEncoder().encode(s));
  });
}

/** The top-level field names of a format string ({name}, {name.attr}, {name[0]}). */
function fieldNames(s: string): string[] {
  const names: string[] = [];
  const re = /\{\{|\}\}|\{([^{}!:.[]*)/g;
  for (let mm = re.exec(s); mm; mm = re.exec(s)) if (mm[1] !== undefined && mm[1] !== '' && !/^\d+$/.test(mm[1])) names.push(mm[1]);
  return names;
}

const bigOf = (v: PyValue): bigint => BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : (v as number | bigint));

function installIntExtras(): void {
  defineMethod(intType, 'bit_length', (self, args) => {
    if (args.length) throw typeError(`int.bit_length() takes no arguments (${args.length} given)`);
    const v = bigOf(self);
    return (v < 0n ? -v : v).toString(2).replace(/^0$/, '').length;
  });
  defineMethod(intType, 'bit_count', (self) => {
    const v = bigOf(self);
    return (v < 0n ? -v : v).toString(2).replace(/0/g, '').length;
  });
  defineMethod(intType, 'conjugate', (self) => (typeof self === 'boolean' ? (self ? 1 : 0) : self));
  defineMethod(intType, 'as_integer_ratio', (self) => new PyTuple([typeof self === 'boolean' ? (self ? 1 : 0) : self, 1]));
  defineGetter(intType, 'real', (self) => (typeof self === 'boolean' ? (self ? 1 : 0) : self));
  defineGetter(intType, 'imag', () => 0);
  defineGetter(intType, 'numerator', (self) => (typeof self === 'boolean' ? (self ? 1 : 0) : self));
  defineGetter(intType, 'denominator', () => 1);
  const toBytesParams = pyParams('to_bytes', ['length', 'byteorder'], { length: 1, byteorder: 'big', signed: false }, ['signed']);
  defineMethod(intType, 'to_bytes', (self, args, kwargs) => {
    const p = toBytesParams(args, kwargs);
    const signed = p.signed;
    const length = asIndex(p.length);
    if (length < 0) throw valueError('length argument must be non-negative');
    if (p.byteorder !== 'big' && p.byteorder !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
    let v = bigOf(self);
    const isSigned = signed === true;
    if (v < 0n && !isSigned) throw overflowError("can't convert negative int to unsigned");
    const bits = BigInt(length * 8);
    const max = isSigned ? 1n << (bits - 1n) : 1n << bits;
    if ((isSigned && (v >= max || v < -max)) || (!isSigned && v >= max) || (length === 0 && v !== 0n)) {
      throw overflowError('int too big to convert');
    }
    if (v < 0n) v += 1n << bits;
    const out = new Uint8Array(length);
    for (let i = length - 1; i >= 0; i--) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    if (p.byteorder === 'little') out.reverse();
    return new PyBytes(out);
  });
  const fromBytes = new PyBuiltinFunction('from_bytes', (args, kwargs) => {
    const p = pyParams('from_bytes', ['bytes', 'byteorder'], { byteorder: 'big', signed: false }, ['signed'])(args.slice(1), kwargs);
    const src = p.bytes;
    const data = src instanceof PyBytes ? Array.from(src.data) : iterToArray(src).map((x) => asIndex(x));
    if (p.byteorder === 'little') data.reverse();
    let v = 0n;
    for (const b of data) v = (v << 8n) | BigInt(b);
    if (p.signed === true && data.length && data[0] & 0x80) v -= 1n << BigInt(data.length * 8);
    const r = normBig(v);
    const cls = args[0];
    return cls === intType ? r : call(cls, [r], null);
  }, false, 'int.from_bytes');
  intType.dict.set('from_bytes', new PyClassMethod(fromBytes));
}

/** float.hex(): the exact binary value as 0x1.<13 hex digits>p<exp>. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  x = Math.abs(x);
  if (x === 0) return `${sign}0x0.0p+0`;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  let exp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let lead = '1';
  if (exp === 0) {
    lead = '0';
    exp = -1022;
  } else exp -= 1023;
  const digits = mant.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${digits}p${exp >= 0 ? '+' : ''}${exp}`;
}

function installFloatExtras(): void {
  // self may be a float subclass instance that is no PyFloat (numpy.float64): go through __float__.
  const fv = (self: PyValue) => (self instanceof PyFloat ? self.v : asNumber(self));
  defineMethod(floatType, 'is_integer', (self) => Number.isInteger(fv(self)));
  defineMethod(floatType, 'hex', (self) => floatHex(fv(self)));
  defineMethod(floatType, 'conjugate', (self) => self);
  defineGetter(floatType, 'real', (self) => self);
  defineGetter(floatType, 'imag', () => new PyFloat(0));
  defineMethod(floatType, 'as_integer_ratio', (self) => {
    const x = fv(self);
    if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
    let m = x;
    let e = 0;
    while (m !== Math.floor(m)) {
      m *= 2;
      e++;
    }
    let num = BigInt(m);
    let den = 1n << BigInt(e);
    while (den > 1n && num % 2n === 0n) {
      num /= 2n;
      den /= 2n;
    }
    return new PyTuple([normBig(num), normBig(den)]);
  });
}

export function installValueMethods(): void {
  installStrExtras();
  installIntExtras();
  installFloatExtras();
}
