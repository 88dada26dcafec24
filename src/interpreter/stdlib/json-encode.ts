// json.dumps: CPython's encoder output byte for byte (separators, indent, sort_keys,
// ensure_ascii, allow_nan, default, skipkeys, circular-reference check).
import type { PyValue } from '../objects/core.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../objects/values.js';
import { pyFloatRepr } from '../objects/float-repr.js';
import { call } from '../ops/call.js';
import { compareOp } from '../ops/compare.js';
import { isTruthy } from '../ops/truth.js';
import { typeOf } from '../ops/typeof.js';

export interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  /** null: compact one-line output. */
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  /** Called for objects JSON cannot represent; null raises TypeError. */
  default: PyValue;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function encodeString(s: string, ensureAscii: boolean): string {
  const pattern = ensureAscii ? /["\\\x00-\x1f\u007f-\uffff]/g : /["\\\x00-\x1f]/g;
  return (
    '"' +
    s.replace(pattern, (ch) => {
      const esc = ESCAPES[ch];
      if (esc !== undefined) return esc;
      if (!ensureAscii && ch.charCodeAt(0) >= 0x20) return ch;
      if (ch.charCodeAt(0) === 0x7f && !ensureAscii) return ch;
      return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
    }) +
    '"'
  );
}

function floatText(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return pyFloatRepr(x);
  if (!allowNan) throw valueError('Out of range float values are not JSON compliant');
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

export function encode(value: PyValue, o: EncodeOptions): string {
  const parts: string[] = [];
  const active = new Set<object>();
  let level = 0;

  const newline = () => '\n' + o.indent!.repeat(level);

  const keyText = (k: PyValue): string | null => {
    if (typeof k === 'string') return k;
    if (k instanceof PyFloat) return floatText(k.v, o.allowNan);
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === null) return 'null';
    if (typeof k === 'number' || typeof k === 'bigint') return String(k);
    if (o.skipkeys) return null;
    throw typeError(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
  };

  const enter = (obj: object) => {
    if (!o.checkCircular) return;
    if (active.has(obj)) throw valueError('Circular reference detected');
    active.add(obj);
  };

  const emit = (v: PyValue): void => {
    if (typeof v === 'string') parts.push(encodeString(v, o.ensureAscii));
    else if (v === null) parts.push('null');
    else if (v === true) parts.push('true');
    else if (v === false) parts.push('false');
    else if (typeof v === 'number' || typeof v === 'bigint') parts.push(String(v));
    else if (v instanceof PyFloat) parts.push(floatText(v.v, o.allowNan));
    else if (v instanceof PyList || v instanceof PyTuple) {
      if (v.items.length === 0) {
        parts.push('[]');
        return;
      }
      enter(v);
      parts.push('[');
      level++;
      v.items.forEach((item, i) => {
        if (i > 0) parts.push(o.itemSeparator);
        if (o.indent !== null) parts.push(newline());
        emit(item);
      });
      level--;
      if (o.indent !== null) parts.push(newline());
      parts.push(']');
      active.delete(v);
    } else if (v instanceof PyDict) {
      if (v.storage.size === 0) {
        parts.push('{}');
        return;
      }
      enter(v);
      let entries = [...v.storage.entries()];
      if (o.sortKeys) entries = sortByKey(entries);
      parts.push('{');
      level++;
      let first = true;
      for (const [k, item] of entries) {
        const key = keyText(k);
        if (key === null) continue;
        if (!first) parts.push(o.itemSeparator);
        first = false;
        if (o.indent !== null) parts.push(newline());
        parts.push(encodeString(key, o.ensureAscii), o.keySeparator);
        emit(item);
      }
      level--;
      if (o.indent !== null) parts.push(newline());
      parts.push('}');
      active.delete(v);
    } else {
      if (o.default === null) throw typeError(`Object of type ${typeOf(v).name} is not JSON serializable`);
      enter(v);
      emit(call(o.default, [v], null));
      active.delete(v);
    }
  };
  emit(value);
  return parts.join('');
}

/** sorted(d.items()) by key, with Python's comparison (and its TypeError for mixed keys). */
function sortByKey(entries: [PyValue, PyValue][]): [PyValue, PyValue][] {
  const idx = entries.map((_, i) => i);
  idx.sort((a, b) => {
    const x = entries[a][0];
    const y = entries[b][0];
    if (isTruthy(compareOp('Lt', x, y))) return -1;
    if (isTruthy(compareOp('Lt', y, x))) return 1;
    return a - b;
  });
  return idx.map((i) => entries[i]);
}
