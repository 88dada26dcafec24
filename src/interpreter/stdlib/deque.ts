// collections.deque in JS (it is C in CPython; a Python version would make every append a
// Python-level call): append/pop at both ends, maxlen, rotate, indexing, CPython's reprs/errors.
import { PyObject, PyType, PyValue, objectType } from '../objects/core.js';
import { indexError, typeError, valueError } from '../objects/exceptions.js';
import { NotImplemented, PyList } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { call } from '../ops/call.js';
import { compareOp, pyEquals } from '../ops/compare.js';
import { iterToArray, PyIterator } from '../ops/iter.js';
import { repr } from '../ops/text.js';
import { typeOf } from '../ops/typeof.js';
import { defineGetter, defineMethod, pyParams } from '../builtins/define.js';
import { importModule } from '../modules/loader.js';

export const dequeType = new PyType('deque', [objectType], 'collections');
dequeType.dict.set('__hash__', null);

class PyDeque implements PyObject {
  items: PyValue[] = [];
  maxlen: number | null = null;
  constructor(readonly cls: PyType) {}

  append(x: PyValue): void {
    if (this.maxlen !== null && this.items.length >= this.maxlen) {
      if (this.maxlen === 0) return;
      this.items.shift();
    }
    this.items.push(x);
  }

  appendleft(x: PyValue): void {
    if (this.maxlen !== null && this.items.length >= this.maxlen) {
      if (this.maxlen === 0) return;
      this.items.pop();
    }
    this.items.unshift(x);
  }

  index(i: PyValue): number {
    if (typeof i !== 'number' && typeof i !== 'boolean' && typeof i !== 'bigint') {
      throw typeError(`sequence index must be integer, not '${typeOf(i).name}'`);
    }
    let k = asIndex(i);
    if (k < 0) k += this.items.length;
    if (k < 0 || k >= this.items.length) throw indexError('deque index out of range');
    return k;
  }
}

const asDeque = (v: PyValue): PyDeque => {
  if (!(v instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object but received a '${typeOf(v).name}'`);
  return v;
};

const initParams = pyParams('deque', ['iterable', 'maxlen'], { iterable: null, maxlen: null });

dequeType.construct = (cls, args, kwargs) => {
  const d = new PyDeque(cls);
  call(cls.lookup('__init__')!, [d, ...args], kwargs);
  return d;
};

function newLike(d: PyDeque, items: PyValue[]): PyDeque {
  const out = new PyDeque(d.cls);
  out.maxlen = d.maxlen;
  for (const x of items) out.append(x);
  return out;
}

defineMethod(dequeType, '__init__', (self, args, kwargs) => {
  const d = asDeque(self);
  const p = initParams(args, kwargs);
  if (p.maxlen !== null) {
    const m = asIndex(p.maxlen);
    if (m < 0) throw valueError('maxlen must be non-negative');
    d.maxlen = m;
  } else d.maxlen = null;
  const src = p.iterable === null ? [] : iterToArray(p.iterable);
  d.items = [];
  for (const x of src) d.append(x);
  return null;
});
defineMethod(dequeType, 'append', (self, args) => (asDeque(self).append(args[0]), null));
defineMethod(dequeType, 'appendleft', (self, args) => (asDeque(self).appendleft(args[0]), null));
defineMethod(dequeType, 'pop', (self) => {
  const d = asDeque(self);
  if (!d.items.length) throw indexError('pop from an empty deque');
  return d.items.pop()!;
});
defineMethod(dequeType, 'popleft', (self) => {
  const d = asDeque(self);
  if (!d.items.length) throw indexError('pop from an empty deque');
  return d.items.shift()!;
});
defineMethod(dequeType, 'extend', (self, args) => {
  const d = asDeque(self);
  for (const x of iterToArray(args[0])) d.append(x);
  return null;
});
defineMethod(dequeType, 'extendleft', (self, args) => {
  const d = asDeque(self);
  for (const x of iterToArray(args[0])) d.appendleft(x);
  return null;
});
defineMethod(dequeType, 'rotate', (self, args) => {
  const d = asDeque(self);
  const n = d.items.length;
  if (n > 1) {
    const k = (((args.length ? asIndex(args[0]) : 1) % n) + n) % n;
    if (k) d.items = [...d.items.slice(n - k), ...d.items.slice(0, n - k)];
  }
  return null;
});
defineMethod(dequeType, 'clear', (self) => ((asDeque(self).items = []), null));
defineMethod(dequeType, 'count', (self, args) => asDeque(self).items.filter((x) => pyEquals(x, args[0])).length);
defineMethod(dequeType, 'index', (self, args) => {
  const d = asDeque(self);
  const n = d.items.length;
  const norm = (v: PyValue, dflt: number) => {
    let i = args.length > 1 && v !== undefined ? asIndex(v) : dflt;
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = norm(args[1], 0);
  const stop = args.length > 2 ? norm(args[2], n) : n;
  for (let i = start; i < stop; i++) if (pyEquals(d.items[i], args[0])) return i;
  throw valueError(`${repr(args[0])} is not in deque`);
});
defineMethod(dequeType, 'insert', (self, args) => {
  const d = asDeque(self);
  if (d.maxlen !== null && d.items.length >= d.maxlen) throw indexError('deque already at its maximum size');
  let i = asIndex(args[0]);
  const n = d.items.length;
  if (i < 0) i = Math.max(0, i + n);
  d.items.splice(Math.min(i, n), 0, args[1]);
  return null;
});
defineMethod(dequeType, 'remove', (self, args) => {
  const d = asDeque(self);
  const i = d.items.findIndex((x) => pyEquals(x, args[0]));
  if (i < 0) throw valueError(`${repr(args[0])} is not in deque`);
  d.items.splice(i, 1);
  return null;
});
defineMethod(dequeType, 'reverse', (self) => (asDeque(self).items.reverse(), null));
defineMethod(dequeType, 'copy', (self) => newLike(asDeque(self), asDeque(self).items));
defineMethod(dequeType, '__copy__', (self) => newLike(asDeque(self), asDeque(self).items));
defineMethod(dequeType, '__deepcopy__', (self, args) => {
  const d = asDeque(self);
  const deepcopy = importModule('copy').dict.get('deepcopy')!;
  return newLike(d, d.items.map((x) => call(deepcopy, [x, args[0]], null)));
});
defineMethod(dequeType, '__len__', (self) => asDeque(self).items.length);
defineMethod(dequeType, '__bool__', (self) => asDeque(self).items.length > 0);
defineMethod(dequeType, '__iter__', (self) => {
  const d = asDeque(self);
  let i = 0;
  return new PyIterator(() => (i < d.items.length ? d.items[i++] : undefined));
});
defineMethod(dequeType, '__reversed__', (self) => {
  const d = asDeque(self);
  let i = d.items.length - 1;
  return new PyIterator(() => (i >= 0 ? d.items[i--] : undefined));
});
defineMethod(dequeType, '__contains__', (self, args) => asDeque(self).items.some((x) => pyEquals(x, args[0])));
defineMethod(dequeType, '__getitem__', (self, args) => {
  const d = asDeque(self);
  return d.items[d.index(args[0])];
});
defineMethod(dequeType, '__setitem__', (self, args) => {
  const d = asDeque(self);
  d.items[d.index(args[0])] = args[1];
  return null;
});
defineMethod(dequeType, '__delitem__', (self, args) => {
  const d = asDeque(self);
  d.items.splice(d.index(args[0]), 1);
  return null;
});
defineMethod(dequeType, '__repr__', (self) => {
  const d = asDeque(self);
  const body = repr(new PyList(d.items));
  return d.maxlen === null ? `${d.cls.name}(${body})` : `${d.cls.name}(${body}, maxlen=${d.maxlen})`;
});
for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
  defineMethod(dequeType, name, (self, args) => {
    const other = args[0];
    if (!(other instanceof PyDeque)) return NotImplemented;
    return compareOp(op, new PyList(asDeque(self).items), new PyList(other.items));
  });
}
defineMethod(dequeType, '__add__', (self, args) => {
  const other = args[0];
  if (!(other instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(other).name}") to deque`);
  const d = asDeque(self);
  return newLike(d, [...d.items, ...other.items]);
});
defineMethod(dequeType, '__iadd__', (self, args) => {
  const d = asDeque(self);
  for (const x of iterToArray(args[0])) d.append(x);
  return d;
});
const repeat = (items: PyValue[], n: number) => Array.from({ length: Math.max(0, n) }, () => items).flat();
defineMethod(dequeType, '__mul__', (self, args) => newLike(asDeque(self), repeat(asDeque(self).items, asIndex(args[0]))));
defineMethod(dequeType, '__rmul__', (self, args) => newLike(asDeque(self), repeat(asDeque(self).items, asIndex(args[0]))));
defineMethod(dequeType, '__imul__', (self, args) => {
  const d = asDeque(self);
  const items = repeat(d.items, asIndex(args[0]));
  d.items = [];
  for (const x of items) d.append(x);
  return d;
});
defineGetter(dequeType, 'maxlen', (self) => asDeque(self).maxlen);
