// The special methods of int/float/str/set/frozenset/bytes that type-dunders.ts does not cover:
// __divmod__, __float__, __floor__, __round__, str.__mod__, the set operators, bytes' sequence
// methods. As there, the operations never call these; they exist for Python code calling them.
import type { PyType, PyValue } from '../objects/core.js';
import { dictType, floatType, frozensetType, intType, listType, setType, strType } from '../objects/builtin-types.js';
import { bytesType, PyBytes } from '../objects/bytes.js';
import { PySet } from '../objects/set.js';
import { typeError } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { NotImplemented, PyDict, PyFloat, PyList, PyTuple } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { builtinRepr } from '../ops/text.js';
import { builtinOperator, inplaceOp } from '../ops/arith.js';
import { contains, getItemRaw, len } from '../ops/items.js';
import { intToFloat, normBig } from '../ops/int-math.js';
import { getIterator } from '../ops/iter.js';
import { percentFormat } from '../ops/percent-format.js';
import { setCompare } from '../ops/set-ops.js';
import { formatValue } from '../ops/format.js';
import { floatToInt } from './constructors.js';
import { roundBuiltin } from './round.js';
import { checkArity, defineDunderDefault, defineGetter, defineMethod } from './define.js';
import { genericAliasType, PyGenericAlias } from '../objects/generic-alias.js';
import { call } from '../ops/call.js';

const isInt = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
/** What a method of `t` accepts as its other operand: int takes ints only, float ints and floats. */
const accepts = (t: PyType, v: PyValue) => isInt(v) || (t === floatType && v instanceof PyFloat);
const asPlainInt = (v: PyValue): PyValue => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

function floatToIntBy(round: (x: number) => number, x: number): PyValue {
  const r = round(x);
  if (!Number.isFinite(r)) return floatToInt(r);
  return Number.isSafeInteger(r) ? r || 0 : normBig(BigInt(r));
}

function installGenericAlias(): void {
  defineMethod(genericAliasType, '__call__', (self, args, kwargs) => call((self as PyGenericAlias).origin, args, kwargs));
  defineGetter(genericAliasType, '__origin__', (self) => (self as PyGenericAlias).origin);
  defineGetter(genericAliasType, '__args__', (self) => new PyTuple((self as PyGenericAlias).args));
}

export function installMoreDunders(): void {
  installGenericAlias();
  for (const t of [intType, floatType]) {
    defineDunderDefault(t, '__divmod__', (self, args) => {
      checkArity('__divmod__', args, 1, 1);
      if (!accepts(t, args[0])) return NotImplemented;
      return new PyTuple([builtinOperator('FloorDiv', self, args[0]), builtinOperator('Mod', self, args[0])]);
    });
    defineDunderDefault(t, '__rdivmod__', (self, args) => {
      checkArity('__rdivmod__', args, 1, 1);
      if (!accepts(t, args[0])) return NotImplemented;
      return new PyTuple([builtinOperator('FloorDiv', args[0], self), builtinOperator('Mod', args[0], self)]);
    });
    defineDunderDefault(t, '__round__', (self, args) => {
      checkArity('__round__', args, 0, 1);
      return roundBuiltin([self, ...args], null);
    });
  }
  defineDunderDefault(intType, '__float__', (self) => new PyFloat(intToFloat(asPlainInt(self) as number | bigint)));
  for (const n of ['__floor__', '__ceil__', '__trunc__']) defineDunderDefault(intType, n, (self) => asPlainInt(self));
  const fv = (self: PyValue) => (self as PyFloat).v;
  defineDunderDefault(floatType, '__float__', (self) => self);
  defineDunderDefault(floatType, '__int__', (self) => floatToInt(fv(self)));
  defineDunderDefault(floatType, '__trunc__', (self) => floatToInt(fv(self)));
  defineDunderDefault(floatType, '__floor__', (self) => floatToIntBy(Math.floor, fv(self)));
  defineDunderDefault(floatType, '__ceil__', (self) => floatToIntBy(Math.ceil, fv(self)));

  for (const t of [intType, floatType, strType]) {
    defineDunderDefault(t, '__format__', (self, args) => {
      checkArity('__format__', args, 1, 1);
      if (typeof args[0] !== 'string') throw typeError(`__format__() argument must be str, not ${typeOf(args[0]).name}`);
      return formatValue(self, args[0]);
    });
  }
  defineDunderDefault(strType, '__mod__', (self, args) => {
    checkArity('__mod__', args, 1, 1);
    return percentFormat(self as string, args[0]);
  });
  defineDunderDefault(strType, '__rmod__', (self, args) => {
    checkArity('__rmod__', args, 1, 1);
    return typeof args[0] === 'string' ? percentFormat(args[0], self) : NotImplemented;
  });

  const setOps = [
    ['__or__', '__ror__', '__ior__', 'BitOr'],
    ['__and__', '__rand__', '__iand__', 'BitAnd'],
    ['__sub__', '__rsub__', '__isub__', 'Sub'],
    ['__xor__', '__rxor__', '__ixor__', 'BitXor'],
  ] as const;
  for (const t of [setType, frozensetType]) {
    for (const [dunder, rdunder, idunder, op] of setOps) {
      defineDunderDefault(t, dunder, (self, args) => {
        checkArity(dunder, args, 1, 1);
        return args[0] instanceof PySet ? builtinOperator(op, self, args[0]) : NotImplemented;
      });
      defineDunderDefault(t, rdunder, (self, args) => {
        checkArity(rdunder, args, 1, 1);
        return args[0] instanceof PySet ? builtinOperator(op, args[0], self) : NotImplemented;
      });
      if (t === setType) {
        defineDunderDefault(t, idunder, (self, args) => {
          checkArity(idunder, args, 1, 1);
          return args[0] instanceof PySet ? inplaceOp(op, self, args[0]) : NotImplemented;
        });
      }
    }
    for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
      defineDunderDefault(t, name, (self, args) => {
        checkArity(name, args, 1, 1);
        return args[0] instanceof PySet ? setCompare(op, self as PySet, args[0]) : NotImplemented;
      });
    }
    // The type's own repr, so `set.__repr__(self)` inside a subclass's __repr__ does not recurse.
    defineDunderDefault(t, '__repr__', (self) => builtinRepr(self));
    defineDunderDefault(t, '__len__', (self) => len(self));
    defineDunderDefault(t, '__contains__', (self, args) => contains(self, args[0]));
    defineDunderDefault(t, '__iter__', (self) => getIterator(self));
  }

  defineDunderDefault(listType, '__iadd__', (self, args) => {
    checkArity('__iadd__', args, 1, 1);
    return inplaceOp('Add', self, args[0]);
  });
  defineDunderDefault(listType, '__imul__', (self, args) => {
    checkArity('__imul__', args, 1, 1);
    const list = self as PyList;
    const n = asIndex(args[0]);
    const items = list.items.slice();
    list.items = [];
    for (let i = 0; i < n; i++) list.items.push(...items);
    return list;
  });
  defineDunderDefault(dictType, '__ror__', (self, args) => {
    checkArity('__ror__', args, 1, 1);
    return args[0] instanceof PyDict ? builtinOperator('BitOr', args[0], self) : NotImplemented;
  });

  defineDunderDefault(bytesType, '__len__', (self) => len(self));
  defineDunderDefault(bytesType, '__getitem__', (self, args) => getItemRaw(self, args[0]));
  defineDunderDefault(bytesType, '__contains__', (self, args) => contains(self, args[0]));
  defineDunderDefault(bytesType, '__iter__', (self) => getIterator(self));
  defineDunderDefault(bytesType, '__bytes__', (self) => self);
  defineDunderDefault(bytesType, '__add__', (self, args) => {
    checkArity('__add__', args, 1, 1);
    if (args[0] instanceof PyBytes) return builtinOperator('Add', self, args[0]);
    throw typeError(`can't concat ${typeOf(args[0]).name} to bytes`);
  });
  defineDunderDefault(bytesType, '__mul__', (self, args) => (isInt(args[0]) ? builtinOperator('Mult', self, args[0]) : NotImplemented));
  defineDunderDefault(bytesType, '__rmul__', (self, args) => (isInt(args[0]) ? builtinOperator('Mult', self, args[0]) : NotImplemented));
}
