// bytes(): the constructor and the basic methods (decode, hex, startswith/endswith, count, join,
// find) and bytes.fromhex.
import { decodeWide, wideCodec } from './utf-wide-codecs.js';
import type { PyValue } from '../objects/core.js';
import { bytesType, PyBytes } from '../objects/bytes.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyTuple } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { iterToArray } from '../ops/iter.js';
import { typeOf } from '../ops/typeof.js';
import { checkArity, defineMethod, pyParams } from './define.js';
import { PyBuiltinFunction, PyClassMethod } from '../objects/function.js';

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b);

function asBytes(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

export function installBytes(): void {
  const params = pyParams('bytes', ['source', 'encoding', 'errors'], { source: null, encoding: null, errors: null });
  bytesType.construct = (_c, a, k) => {
    const p = params(a, k);
    const src = p.source;
    if (src === null) return new PyBytes(new Uint8Array(0));
    if (typeof src === 'string') {
      if (p.encoding === null) throw typeError('string argument without an encoding');
      return new PyBytes(new TextEncoder().encode(src));
    }
    if (src instanceof PyBytes) return src;
    if (typeof src === 'number') {
      if (src < 0) throw valueError('negative count');
      return new PyBytes(new Uint8Array(src));
    }
    const items = iterToArray(src).map((x) => {
      const n = asIndex(x);
      if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
      return n;
    });
    return new PyBytes(Uint8Array.from(items));
  };
  defineMethod(bytesType, 'decode', (self, args, kwargs) => {
    const p = pyParams('decode', ['encoding', 'errors'], { encoding: 'utf-8', errors: 'strict' })(args, kwargs);
    const data = (self as PyBytes).data;
    const enc = String(p.encoding).toLowerCase();
    if (enc === 'latin-1' || enc === 'latin1' || enc === 'ascii') return latin1(data);
    const wide = wideCodec(enc);
    if (wide !== null) return decodeWide(data, wide, String(p.errors));
    return new TextDecoder('utf-8', { fatal: p.errors === 'strict' }).decode(data);
  });
  defineMethod(bytesType, 'hex', (self) => Array.from((self as PyBytes).data, (b) => b.toString(16).padStart(2, '0')).join(''));
  const affix = (name: 'startswith' | 'endswith') =>
    defineMethod(bytesType, name, (self, args) => {
      checkArity(name, args, 1, 1);
      const text = latin1((self as PyBytes).data);
      const test = (p: PyValue) => (name === 'startswith' ? text.startsWith(latin1(asBytes(p))) : text.endsWith(latin1(asBytes(p))));
      return args[0] instanceof PyTuple ? args[0].items.some(test) : test(args[0]);
    });
  affix('startswith');
  affix('endswith');
  defineMethod(bytesType, 'count', (self, args) => {
    checkArity('count', args, 1, 1);
    const sub = args[0] instanceof PyBytes ? latin1(args[0].data) : String.fromCharCode(asIndex(args[0]));
    const text = latin1((self as PyBytes).data);
    return sub === '' ? text.length + 1 : text.split(sub).length - 1;
  });
  // b.join(iterable): the items (bytes each) with b between them, as CPython words a bad item.
  defineMethod(bytesType, 'join', (self, args) => {
    checkArity('join', args, 1, 1);
    const sep = (self as PyBytes).data;
    const parts = iterToArray(args[0]).map((item, i) => {
      if (item instanceof PyBytes) return item.data;
      throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(item).name} found`);
    });
    const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0) + Math.max(0, parts.length - 1) * sep.length);
    let at = 0;
    parts.forEach((b, i) => {
      if (i > 0) {
        out.set(sep, at);
        at += sep.length;
      }
      out.set(b, at);
      at += b.length;
    });
    return new PyBytes(out);
  });
  // bytes.fromhex(s): pairs of hex digits, ASCII whitespace allowed between the pairs.
  const fromhex = new PyBuiltinFunction('fromhex', (args) => {
    checkArity('fromhex', args.slice(1), 1, 1);
    const text = args[1];
    if (typeof text !== 'string') throw typeError(`fromhex() argument must be str, not ${typeOf(text).name}`);
    const out: number[] = [];
    for (let i = 0; i < text.length; ) {
      if (' \t\n\r\f\v'.includes(text[i])) {
        i++;
        continue;
      }
      const pair = text.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
        const bad = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i;
        throw valueError(`non-hexadecimal number found in fromhex() arg at position ${bad}`);
      }
      out.push(parseInt(pair, 16));
      i += 2;
    }
    return new PyBytes(Uint8Array.from(out));
  }, false, 'bytes.fromhex');
  bytesType.dict.set('fromhex', new PyClassMethod(fromhex));
  defineMethod(bytesType, 'find', (self, args) => {
    checkArity('find', args, 1, 1);
    const sub = args[0] instanceof PyBytes ? latin1(args[0].data) : String.fromCharCode(asIndex(args[0]));
    return latin1((self as PyBytes).data).indexOf(sub);
  });
}
