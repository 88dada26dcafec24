// The iteration protocol: iter()/next() over builtin containers and objects with __iter__.
import { PyObject, PyType, PyValue } from '../objects/core.js';
import { iteratorType } from '../objects/builtin-types.js';
import { pyExc, typeError } from '../objects/exceptions.js';
import { PyDict, PyList, PyRange, PyTuple } from '../objects/values.js';
import { callDunder } from './call.js';
import { typeOf } from './typeof.js';
import { PySet, isDummy } from '../objects/set.js';
import { PyBytes } from '../objects/bytes.js';
import { PyDictView } from '../objects/dict-view.js';
import { viewIterator } from './dict-view-ops.js';

export const setIteratorType = new PyType('set_iterator', [iteratorType]);
export const bytesIteratorType = new PyType('bytes_iterator', [iteratorType]);

/** Walks the table's slots; changing the set's size meanwhile is CPython's RuntimeError. */
function setIterator(s: PySet): PyIterator {
  const size = s.size;
  let table = s.table;
  let j = 0;
  return new PyIterator(() => {
    if (s.size !== size) throw pyExc('RuntimeError', 'Set changed size during iteration');
    if (s.table !== table) table = s.table;
    const keys = table.keys;
    while (j < keys.length) {
      const k = keys[j++];
      if (k !== undefined && !isDummy(k)) {
        return k as PyValue;
      }
    }
    return undefined;
  }, setIteratorType);
}

/** A Python iterator implemented in JS: next() returns undefined when exhausted. */
export class PyIterator implements PyObject {
  constructor(
    readonly next: () => PyValue | undefined,
    readonly cls: PyType = iteratorType,
  ) {}
}

export const listIteratorType = new PyType('list_iterator', [iteratorType]);
export const tupleIteratorType = new PyType('tuple_iterator', [iteratorType]);
export const strIteratorType = new PyType('str_ascii_iterator', [iteratorType]);
export const rangeIteratorType = new PyType('range_iterator', [iteratorType]);
export const dictKeyIteratorType = new PyType('dict_keyiterator', [iteratorType]);

function arrayIterator(items: readonly PyValue[], cls: PyType): PyIterator {
  let i = 0;
  // Reads the length every step: a list may grow while it is iterated, as in CPython.
  return new PyIterator(() => (i < items.length ? items[i++] : undefined), cls);
}

export function getIterator(v: PyValue): PyIterator {
  if (v instanceof PyIterator) return v;
  if (v instanceof PyList) {
    const list = v;
    let i = 0;
    return new PyIterator(() => (i < list.items.length ? list.items[i++] : undefined), listIteratorType);
  }
  if (v instanceof PyTuple) return arrayIterator(v.items, tupleIteratorType);
  if (typeof v === 'string') return arrayIterator(Array.from(v), strIteratorType);
  if (v instanceof PyRange) {
    const { start, step } = v;
    const n = v.length;
    let i = 0;
    return new PyIterator(() => (i < n ? start + step * i++ : undefined), rangeIteratorType);
  }
  if (v instanceof PyDict) {
    const keys = v.storage.keys();
    const size = v.storage.size;
    let i = 0;
    return new PyIterator(() => {
      if (v.storage.size !== size) throw pyExc('RuntimeError', 'dictionary changed size during iteration');
      return i < keys.length ? keys[i++] : undefined;
    }, dictKeyIteratorType);
  }
  if (v instanceof PySet) return setIterator(v);
  if (v instanceof PyBytes) return arrayIterator(Array.from(v.data), bytesIteratorType);
  if (v instanceof PyDictView) return viewIterator(v);
  const it = callDunder(v, '__iter__', []);
  if (it !== undefined) {
    if (it instanceof PyIterator) return it;
    return pythonIterator(it);
  }
  if (typeOf(v).lookup('__getitem__') !== undefined) return sequenceIterator(v);
  throw typeError(`'${typeOf(v).name}' object is not iterable`);
}

/** Wraps an object with __next__ so JS can pull from it. */
function pythonIterator(it: PyValue): PyIterator {
  if (typeOf(it).lookup('__next__') === undefined) {
    throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return new PyIterator(() => {
    try {
      return callDunder(it, '__next__', [])!;
    } catch (e) {
      if (isStopIteration(e)) return undefined;
      throw e;
    }
  });
}

/** The old protocol: __getitem__ with 0, 1, 2, ... until IndexError. */
function sequenceIterator(v: PyValue): PyIterator {
  let i = 0;
  return new PyIterator(() => {
    try {
      return callDunder(v, '__getitem__', [i++])!;
    } catch (e) {
      if (e !== null && typeof e === 'object' && 'cls' in e && (e as { cls: PyType }).cls.name === 'IndexError') return undefined;
      throw e;
    }
  });
}

function isStopIteration(e: unknown): boolean {
  return e !== null && typeof e === 'object' && 'cls' in e && (e as { cls: PyType }).cls.mro.some((t) => t.name === 'StopIteration');
}

export function iterToArray(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const it = getIterator(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}
