// Behaviour of dict views: iteration (failing if the dict changes size), membership, repr, and
// the set operators of keys()/items() views, which CPython computes on a set copy of the view.
import type { PyValue } from '../objects/core.js';
import { pyExc } from '../objects/exceptions.js';
import { PyDictView } from '../objects/dict-view.js';
import { PyTuple } from '../objects/values.js';
import { iteratorType } from '../objects/builtin-types.js';
import { PyType } from '../objects/core.js';
import { PyIterator } from './iter.js';
import { pyEquals } from './compare.js';
import { repr } from './text.js';

const iterTypes = {
  keys: new PyType('dict_keyiterator', [iteratorType]),
  values: new PyType('dict_valueiterator', [iteratorType]),
  items: new PyType('dict_itemiterator', [iteratorType]),
};

export function viewIterator(v: PyDictView): PyIterator {
  const storage = v.dict.storage;
  const size = storage.size;
  const entries = storage.entries();
  const kind = v.kind;
  return new PyIterator(() => {
    if (storage.size !== size) throw pyExc('RuntimeError', 'dictionary changed size during iteration');
    const r = entries.next();
    if (r.done) return undefined;
    const [k, val] = r.value;
    return kind === 'keys' ? k : kind === 'values' ? val : new PyTuple([k, val]);
  }, iterTypes[kind]);
}

export function viewItems(v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  for (const [k, val] of v.dict.storage.entries()) {
    out.push(v.kind === 'keys' ? k : v.kind === 'values' ? val : new PyTuple([k, val]));
  }
  return out;
}

export function viewContains(v: PyDictView, item: PyValue): boolean {
  const storage = v.dict.storage;
  if (v.kind === 'keys') return storage.has(item);
  if (v.kind === 'items') {
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
    const val = storage.get(item.items[0]);
    return val !== undefined && (val === item.items[1] || pyEquals(val, item.items[1]));
  }
  for (const val of storage.values()) if (val === item || pyEquals(val, item)) return true;
  return false;
}

export function viewRepr(v: PyDictView): string {
  return `${v.cls.name}([${viewItems(v).map(repr).join(', ')}])`;
}
