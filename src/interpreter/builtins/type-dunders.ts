// The special methods of int, float, str, list, tuple and dict as attributes (`(3).__add__(4)`,
// `int.__add__`, `'a'.__len__()`, `super().__getitem__(k)` in a dict subclass). The operations
// themselves never call these (they are registered as object defaults): they exist for Python code.
import type { PyType, PyValue } from '../objects/core.js';
import { objectDefaults, dictType, floatType, intType, listType, strType, tupleType } from '../objects/builtin-types.js';
import { NotImplemented, PyDict } from '../objects/values.js';
import { dictUpdate } from './constructors.js';
import { builtinOperator, operatorDunders, unaryOp } from '../ops/arith.js';
import { compareOp, pyEquals } from '../ops/compare.js';
import { contains, getItemRaw, len } from '../ops/items.js';
import { pyHash } from '../ops/hash.js';
import { getIterator } from '../ops/iter.js';
import { builtinRepr, repr, str } from '../ops/text.js';
import { typeOf } from '../ops/typeof.js';
import { checkArity, defineDunderDefault, defineMethod } from './define.js';
import { installMoreDunders } from './more-dunders.js';

const defaultDunder = defineDunderDefault;

const isInt = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
/** The other operand int's methods take (ints only: `(3).__add__(1.5)` is NotImplemented) and
 *  float's (ints and floats); other types' methods take instances of their own type. */
const accepts = (t: PyType, v: PyValue) =>
  t === intType ? isInt(v) : t === floatType ? isInt(v) || typeOf(v) === floatType : typeOf(v).isSubtypeOf(t);

export function installTypeDunders(): void {
  // Those methods.ts already defined for container subclasses are defaults too.
  for (const t of [listType, tupleType, dictType]) {
    for (const n of ['__getitem__', '__setitem__', '__delitem__', '__len__', '__contains__']) if (t.dict.has(n)) objectDefaults.add(t.dict.get(n));
  }
  const numeric = [intType, floatType];
  for (const t of numeric) {
    for (const [op, dunder, rdunder] of operatorDunders) {
      defaultDunder(t, dunder, (self, args) => {
        checkArity(dunder, args, 1, 1);
        return accepts(t, args[0]) ? builtinOperator(op, self, args[0]) : NotImplemented;
      });
      defaultDunder(t, rdunder, (self, args) => {
        checkArity(rdunder, args, 1, 1);
        return accepts(t, args[0]) ? builtinOperator(op, args[0], self) : NotImplemented;
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
    defaultDunder(t, '__getitem__', (self, args) => getItemRaw(self, args[0]));
    defaultDunder(t, '__contains__', (self, args) => contains(self, args[0]));
    defaultDunder(t, '__iter__', (self) => getIterator(self));
    defaultDunder(t, '__eq__', (self, args) => (accepts(t, args[0]) ? pyEquals(self, args[0]) : NotImplemented));
    defaultDunder(t, '__ne__', (self, args) => (accepts(t, args[0]) ? !pyEquals(self, args[0]) : NotImplemented));
    for (const [name, op] of [['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
      defaultDunder(t, name, (self, args) => {
        if ((t === intType || t === floatType) && !accepts(t, args[0])) return NotImplemented;
        try {
          return compareOp(op, self, args[0]);
        } catch {
          return NotImplemented;
        }
      });
    }
    defaultDunder(t, '__hash__', (self) => pyHash(self));
    // The type's own repr, not a subclass's (`dict.__repr__(self)` inside an override must not recurse).
    defaultDunder(t, '__repr__', (self) => builtinRepr(self));
    // object.__str__ is repr(self) (which honours a subclass __repr__); str returns itself.
    defaultDunder(t, '__str__', (self) => (typeof self === 'string' ? self : t === strType ? str(self) : repr(self)));
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
  installMoreDunders();
  // Remove what does not exist in CPython (len(3) must keep failing, hash([]) too).
  for (const t of [intType, floatType]) for (const n of ['__len__', '__getitem__', '__contains__', '__iter__']) t.dict.delete(n);
  for (const t of [listType, dictType]) t.dict.set('__hash__', null);
}
