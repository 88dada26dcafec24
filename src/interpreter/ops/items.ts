// Subscription, len() and `in` for builtin containers, then the dunder protocol.
import type { PyValue } from '../objects/core.js';
import { indexError, pyExc, typeError, valueError } from '../objects/exceptions.js';
import { PyDict, PyDictSub, PyList, PyListSub, PyRange, PySlice, PyTuple, PyTupleSub } from '../objects/values.js';
import { call, callDunder } from './call.js';
import { bindDescriptor } from './attr.js';
import { PyType } from '../objects/core.js';
import { PyGenericAlias } from '../objects/generic-alias.js';
import { typeOf } from './typeof.js';
import { asIndex } from './convert.js';
import { pyEquals } from './compare.js';
import { getIterator } from './iter.js';
import { PySet } from '../objects/set.js';
import { PyBytes } from '../objects/bytes.js';

/** Bytes as a latin-1 JS string, for substring search. */
const bytesText = (b: PyBytes): string => String.fromCharCode(...b.data);
import { PyDictView } from '../objects/dict-view.js';
import { viewContains } from './dict-view-ops.js';

export function len(v: PyValue): number {
  if (typeof v === 'string') return v.length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict) return v.storage.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PySet) return v.size;
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyDictView) return v.dict.storage.size;
  const n = callDunder(v, '__len__', []);
  if (n === undefined) throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  if (typeof n !== 'number') throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw valueError('__len__() should return >= 0');
  return n;
}

/** start, stop, step and count of a slice over a sequence of this length (slice.indices). */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const step = s.step === null ? 1 : asIndex(s.step);
  if (step === 0) throw valueError('slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (v: PyValue, dflt: number): number => {
    if (v === null) return dflt;
    let i = asIndex(v);
    if (i < 0) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, step < 0 ? upper : lower);
  const stop = clamp(s.stop, step < 0 ? lower : upper);
  let count = 0;
  if (step > 0 ? start < stop : start > stop) count = Math.floor((stop - start - Math.sign(step)) / step) + 1;
  return [start, stop, step, count];
}

function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const [start, , step, count] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + count);
  const out: T[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = items[start + i * step];
  return out;
}

// A one-entry cache: loops index the same string over and over.
let lastChecked = '';
let lastAstral = false;
/** True when s holds characters outside the BMP (JS indices then differ from Python's). */
function hasAstral(s: string): boolean {
  if (s === lastChecked) return lastAstral;
  lastChecked = s;
  lastAstral = /[\uD800-\uDFFF]/.test(s);
  return lastAstral;
}

function seqIndex(key: PyValue, length: number, what: string): number {
  if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint') {
    const hasIndex = key !== null && typeOf(key).lookup('__index__') !== undefined;
    if (!hasIndex) {
      // str words it differently from list and tuple.
      if (what === 'string') throw typeError(`string indices must be integers, not '${typeOf(key).name}'`);
      throw typeError(`${what} indices must be integers or slices, not ${typeOf(key).name}`);
    }
  }
  let i = asIndex(key);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw indexError(`${what} index out of range`);
  return i;
}

/** A user subclass of list/dict/tuple, whose __getitem__/__setitem__/__delitem__ may be overridden. */
const isBuiltinSub = (obj: PyValue): boolean => obj instanceof PyListSub || obj instanceof PyDictSub || obj instanceof PyTupleSub;

export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (isBuiltinSub(obj)) {
    const r = callDunder(obj, '__getitem__', [key]);
    if (r !== undefined) return r;
  }
  return getItemRaw(obj, key);
}

/** The builtin types' own subscription, ignoring subclass overrides: what `dict.__getitem__` does. */
export function getItemRaw(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) return new PyList(sliceItems(obj.items, key));
    return obj.items[seqIndex(key, obj.items.length, 'list')];
  }
  if (obj instanceof PyTuple) {
    if (key instanceof PySlice) return new PyTuple(sliceItems(obj.items, key));
    return obj.items[seqIndex(key, obj.items.length, 'tuple')];
  }
  if (obj instanceof PyDict) {
    const v = obj.storage.get(key);
    if (v === undefined) {
      const missing = callDunder(obj, '__missing__', [key]);
      if (missing !== undefined) return missing;
      throw keyError(key);
    }
    return v;
  }
  if (typeof obj === 'string') {
    if (!hasAstral(obj)) {
      // UTF-16 units are code points: index without splitting the string.
      if (key instanceof PySlice) {
        const [start, , step, count] = sliceIndices(key, obj.length);
        if (step === 1) return obj.slice(start, start + count);
        let out = '';
        for (let i = 0; i < count; i++) out += obj[start + i * step];
        return out;
      }
      return obj[seqIndex(key, obj.length, 'string')];
    }
    if (key instanceof PySlice) return sliceItems(Array.from(obj), key).join('');
    const chars = Array.from(obj);
    return chars[seqIndex(key, chars.length, 'string')];
  }
  if (obj instanceof PyBytes) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(Array.from(obj.data), key)));
    return obj.data[seqIndex(key, obj.data.length, 'index')];
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, obj.length);
      const first = obj.start + start * obj.step;
      const newStep = obj.step * step;
      return new PyRange(first, first + count * newStep, newStep);
    }
    return obj.start + obj.step * seqIndex(key, obj.length, 'range object');
  }
  const r = callDunder(obj, '__getitem__', [key]);
  if (r !== undefined) return r;
  if (obj instanceof PyType) return subscriptType(obj, key);
  throw typeError(`'${typeOf(obj).name}' object is not subscriptable`);
}

/** Builtin container types that subscript to a types.GenericAlias (`list[int]`). */
const GENERIC_BUILTINS = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type']);

/** `T[k]` for a class: its __class_getitem__, or a GenericAlias for the builtin containers. */
function subscriptType(t: PyType, key: PyValue): PyValue {
  const hook = t.lookup('__class_getitem__');
  if (hook !== undefined && hook !== null) return call(bindDescriptor(hook, t, '__class_getitem__'), [key], null);
  const builtin = t.mro.find((b) => b.module === 'builtins' && GENERIC_BUILTINS.has(b.name));
  if (builtin !== undefined) return new PyGenericAlias(t, key instanceof PyTuple ? key.items : [key]);
  throw typeError(`type '${t.name}' is not subscriptable`);
}

export function keyError(key: PyValue) {
  const e = pyExc('KeyError');
  e.args = [key];
  return e;
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (isBuiltinSub(obj) && callDunder(obj, '__setitem__', [key, value]) !== undefined) return;
  setItemRaw(obj, key, value);
}

export function setItemRaw(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      const values: PyValue[] = [];
      const it = getIterator(value);
      for (let x = it.next(); x !== undefined; x = it.next()) values.push(x);
      if (step === 1) {
        obj.items.splice(start, Math.max(0, stop - start), ...values);
        return;
      }
      const [, , , count] = sliceIndices(key, obj.items.length);
      if (values.length !== count) {
        throw valueError(`attempt to assign sequence of size ${values.length} to extended slice of size ${count}`);
      }
      for (let i = 0; i < count; i++) obj.items[start + i * step] = values[i];
      return;
    }
    obj.items[seqIndex(key, obj.items.length, 'list assignment')] = value;
    return;
  }
  if (obj instanceof PyDict) {
    obj.storage.set(key, value);
    return;
  }
  if (callDunder(obj, '__setitem__', [key, value]) !== undefined) return;
  throw typeError(`'${typeOf(obj).name}' object does not support item assignment`);
}

export function delItem(obj: PyValue, key: PyValue): void {
  if (isBuiltinSub(obj) && callDunder(obj, '__delitem__', [key]) !== undefined) return;
  delItemRaw(obj, key);
}

export function delItemRaw(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, obj.items.length);
      const drop = new Set<number>();
      for (let i = 0; i < count; i++) drop.add(start + i * step);
      obj.items = obj.items.filter((_, i) => !drop.has(i));
      return;
    }
    obj.items.splice(seqIndex(key, obj.items.length, 'list assignment'), 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (!obj.storage.delete(key)) throw keyError(key);
    return;
  }
  if (callDunder(obj, '__delitem__', [key]) !== undefined) return;
  throw typeError(`'${typeOf(obj).name}' object doesn't support item deletion`);
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || pyEquals(x, item)) return true;
    return false;
  }
  if (container instanceof PyDict) return container.storage.has(item);
  if (container instanceof PySet) return container.table.has(item);
  if (container instanceof PyBytes) {
    if (typeof item === 'number') return container.data.includes(item);
    if (item instanceof PyBytes) return bytesText(container).includes(bytesText(item));
    throw typeError(`a bytes-like object is required, not '${typeOf(item).name}'`);
  }
  if (container instanceof PyDictView) return viewContains(container, item);
  if (container instanceof PyRange && typeof item === 'number') {
    const { start, step } = container;
    const off = item - start;
    return off % step === 0 && off / step >= 0 && off / step < container.length;
  }
  const r = callDunder(container, '__contains__', [item]);
  if (r !== undefined) return r === true || (r !== false && r !== null && r !== 0);
  const it = getIterator(container);
  for (let x = it.next(); x !== undefined; x = it.next()) if (x === item || pyEquals(x, item)) return true;
  return false;
}
