// The special methods of int, float, str, list, tuple and dict as attributes (`(3).__add__(4)`,
// `int.__add__`, `'a'.__len__()`, `super().__getitem__(k)` in a dict subclass). The operations
// themselves never call these (they are registered as object defaults): they exist for Python code.
import type { PyType, PyValue } from '../objects/core.js';
import { objectDefaults, dictType, floatType, intType, listType, strType, tupleType } from '../objects/builtin-types.js';
import { NotImplemented, PyDict } from '../objects/values.js';
import { dictUpdate } from './constructors.js';
import { builtinOperator, operatorDunders, unaryOp } from '../ops/arith.js';
import { compareOp, pyEquals } from '../ops/compare.js';
import { contains, getItem, len } from '../ops/items.js';
import { pyHash } from '../ops/hash.js';
import { getIterator } from '../ops/iter.js';
import { repr, str } from '../ops/text.js';
import { typeOf } from '../ops/typeof.js';
import { checkArity, defineMethod } from './define.js';

function defaultDunder(t: PyType, name: string, body: (self: PyValue, args: PyValue[]) => PyValue): void {
  if (t.dict.has(name)) return;
  defineMethod(t, name, (self, args) => body(self, args));
  objectDefaults.add(t.dict.get(name));
}

const isNumber = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v) === floatType;

export function installTypeDunders(): void {
  // Those methods.ts already defined for container subclasses are defaults too.
  for (const t of [listType, tupleType, dictType]) {
    for (const n of ['__getitem__', '__setitem__', '__len__', '__contains__']) if (t.dict.has(n)) objectDefaults.add(t.dict.get(n));
  }
  const numeric = [intType, floatType];
  for (const t of numeric) {
    for (const [op, dunder, rdunder] of operatorDunders) {
      defaultDunder(t, dunder, (self, args) => {
        checkArity(dunder, args, 1, 1);
        return isNumber(args[0]) ? builtinOperator(op, self, args[0]) : NotImplemented;
      });
      defaultDunder(t, rdunder, (self, args) => {
        checkArity(rdunder, args, 1, 1);
        return isNumber(args[0]) ? builtinOperator(op, args[0], self) : NotImplemented;
      });
    }
    defaultDunder(t, '__neg__', (self) => unaryOp('USub', self));
    defaultDunder(t, '__pos__', (self) => unaryOp('UAdd', self));
    defaultDunder(t, '__abs__', (self) => (compareOp('Lt', self, 0) === true ? unaryOp('USub', self) : self));
    defaultDunder(t, '__bool__', (self) => compareOp('NotEq', self, 0));
  }
  defaultDunder(intType, '__invert__', (self) => unaryOp('Invert', self));
  defaultDunder(intType, '__index__', (self) => (typeof self === 'boolean' ? (self ? 1 : 0) : self));
  defaultDunder(intType, '__int__', (self) => (typeof self === 'boolean' ? (self ? 1 : 0) : self));
  for (const t of [strType, listType, tupleType]) {
    defaultDunder(t, '__add__', (self, args) => builtinOperator('Add', self, args[0]));
    defaultDunder(t, '__mul__', (self, args) => builtinOperator('Mult', self, args[0]));
    defaultDunder(t, '__rmul__', (self, args) => builtinOperator('Mult', args[0], self));
  }
  for (const t of [intType, floatType, strType, listType, tupleType, dictType]) {
    defaultDunder(t, '__len__', (self) => len(self));
    defaultDunder(t, '__getitem__', (self, args) => getItem(self, args[0]));
    defaultDunder(t, '__contains__', (self, args) => contains(self, args[0]));
    defaultDunder(t, '__iter__', (self) => getIterator(self));
    defaultDunder(t, '__eq__', (self, args) => (typeOf(args[0]).isSubtypeOf(typeOf(self)) || (isNumber(self) && isNumber(args[0])) ? pyEquals(self, args[0]) : NotImplemented));
    defaultDunder(t, '__ne__', (self, args) => (typeOf(args[0]).isSubtypeOf(typeOf(self)) || (isNumber(self) && isNumber(args[0])) ? !pyEquals(self, args[0]) : NotImplemented));
    for (const [name, op] of [['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
      defaultDunder(t, name, (self, args) => {
        try {
          return compareOp(op, self, args[0]);
        } catch {
          return NotImplemented;
        }
      });
    }
    defaultDunder(t, '__hash__', (self) => pyHash(self));
    defaultDunder(t, '__repr__', (self) => repr(self));
    defaultDunder(t, '__str__', (self) => str(self));
  }
  // dict | dict for subclasses without their own __or__ (exact dicts take the fast path).
  defineMethod(dictType, '__or__', (self, args) => {
    if (!(args[0] instanceof PyDict)) return NotImplemented;
    const merged = new PyDict();
    for (const [k, v] of (self as PyDict).storage.entries()) merged.storage.set(k, v);
    for (const [k, v] of args[0].storage.entries()) merged.storage.set(k, v);
    return merged;
  });
  defineMethod(dictType, '__ior__', (self, args) => {
    dictUpdate(self as PyDict, [args[0]], null, 'update');
    return self;
  });
  // Remove what does not exist in CPython (len(3) must keep failing, hash([]) too).
  for (const t of [intType, floatType]) for (const n of ['__len__', '__getitem__', '__contains__', '__iter__']) t.dict.delete(n);
  for (const t of [listType, dictType]) t.dict.set('__hash__', null);
}
