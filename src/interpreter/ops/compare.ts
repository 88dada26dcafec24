// Comparisons, equality and hashing (dict keys) with Python's semantics.
import type { CmpOperator } from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { CanonicalKey, DictStorage, HashedKey } from '../objects/dict-storage.js';
import { objectDefaults } from '../objects/builtin-types.js';
import { hasCustomHash, pyHash, unhashableError } from './hash.js';
import { PySet } from '../objects/set.js';
import { PyBytes } from '../objects/bytes.js';
import { PyDictView } from '../objects/dict-view.js';
import { makeSet, setCompare } from './set-ops.js';

/** A set, or a keys/items view seen as the set of its elements (for comparisons). */
function asSetOperand(v: PyValue): PySet | undefined {
  if (v instanceof PySet) return v;
  if (v instanceof PyDictView && v.kind !== 'values') return makeSet(v);
  return undefined;
}
import { NotImplemented, PyDict, PyFloat, PyList, PyRange, PyTuple } from '../objects/values.js';
import { PyType } from '../objects/core.js';
import { intCompare, PyInt } from './int-math.js';
import { callDunder } from './call.js';
import { typeOf } from './typeof.js';
import { isTruthy } from './truth.js';
import { contains } from './items.js';

type Num = { kind: 'int'; v: PyInt } | { kind: 'float'; v: number };

function asNum(v: PyValue): Num | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'int', v };
  if (typeof v === 'boolean') return { kind: 'int', v: v ? 1 : 0 };
  if (v instanceof PyFloat) return { kind: 'float', v: v.v };
  return undefined;
}

/** Three-way numeric comparison; NaN compares as unordered (returns NaN). */
function numCompare(a: Num, b: Num): number {
  if (a.kind === 'int' && b.kind === 'int') return intCompare(a.v, b.v);
  const x = Number(a.v);
  const y = Number(b.v);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x !== y) return x < y ? -1 : 1;
  // Equal as floats: a big int may still differ from the float it rounds to.
  if (a.kind === 'int' && typeof a.v === 'bigint' && Number.isFinite(y)) return intCompare(a.v, BigInt(y));
  if (b.kind === 'int' && typeof b.v === 'bigint' && Number.isFinite(x)) return intCompare(BigInt(x), b.v);
  return 0;
}

export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  const ta = typeof a;
  if (ta === 'string' || typeof b === 'string') return false;
  const na = asNum(a);
  if (na !== undefined) {
    const nb = asNum(b);
    if (nb !== undefined) return numCompare(na, nb) === 0;
  }
  if (a instanceof PyList && b instanceof PyList) return seqEquals(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEquals(a.items, b.items);
  if ((a instanceof PySet || a instanceof PyDictView) && (b instanceof PySet || b instanceof PyDictView)) {
    const sa = asSetOperand(a);
    const sb = asSetOperand(b);
    if (sa !== undefined && sb !== undefined) return setCompare('Eq', sa, sb);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    // Ranges are equal when they produce the same sequence.
    const n = a.length;
    if (n !== b.length) return false;
    return n === 0 || (a.start === b.start && (n === 1 || a.step === b.step));
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.storage.size !== b.storage.size) return false;
    for (const [k, v] of a.storage.entries()) {
      const other = b.storage.get(k);
      if (other === undefined || !pyEquals(v, other)) return false;
    }
    return true;
  }
  const r = richCompareDunder('Eq', a, b);
  if (r !== undefined) return isTruthy(r);
  return false;
}

function seqEquals(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !pyEquals(a[i], b[i])) return false;
  return true;
}

const dunders: Record<'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE', [string, string, string]> = {
  Eq: ['__eq__', '__eq__', '=='],
  NotEq: ['__ne__', '__ne__', '!='],
  Lt: ['__lt__', '__gt__', '<'],
  LtE: ['__le__', '__ge__', '<='],
  Gt: ['__gt__', '__lt__', '>'],
  GtE: ['__ge__', '__le__', '>='],
};

/** Tries a.__op__(b) then the reflected b.__rop__(a); undefined when both decline. */
function richCompareDunder(op: keyof typeof dunders, a: PyValue, b: PyValue): PyValue | undefined {
  const [d, rd] = dunders[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  const reflectedFirst = tb !== ta && tb.isSubtypeOf(ta);
  if (reflectedFirst) {
    const r = callDunder(b, rd, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const r1 = callDunder(a, d, [b]);
  if (r1 !== undefined && r1 !== NotImplemented) return r1;
  if (!reflectedFirst) {
    const r2 = callDunder(b, rd, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  return undefined;
}

function orderCompare(a: PyValue, b: PyValue): number | undefined {
  const na = asNum(a);
  const nb = asNum(b);
  if (na !== undefined && nb !== undefined) return numCompare(na, nb);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const n = Math.min(a.data.length, b.data.length);
    for (let i = 0; i < n; i++) if (a.data[i] !== b.data[i]) return a.data[i] - b.data[i];
    return a.data.length - b.data.length;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x = a.items;
    const y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (!pyEquals(x[i], y[i])) {
        if (compareOp('Lt', x[i], y[i]) === true) return -1;
        return 1;
      }
    }
    return x.length - y.length;
  }
  return undefined;
}

/** a <op> b for one comparison operator; returns a Python value (tensors compare elementwise). */
export function compareOp(op: CmpOperator, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case 'Is':
      return isSame(a, b);
    case 'IsNot':
      return !isSame(a, b);
    case 'In':
      return contains(b, a);
    case 'NotIn':
      return !contains(b, a);
  }
  if ((a instanceof PySet || a instanceof PyDictView) && (b instanceof PySet || b instanceof PyDictView)) {
    const sa = asSetOperand(a);
    const sb = asSetOperand(b);
    if (sa !== undefined && sb !== undefined) return setCompare(op, sa, sb);
  }
  const c = orderCompare(a, b);
  if (c !== undefined) {
    switch (op) {
      case 'Eq': return c === 0;
      case 'NotEq': return c !== 0;
      case 'Lt': return c < 0;
      case 'LtE': return c <= 0;
      case 'Gt': return c > 0;
      case 'GtE': return c >= 0;
    }
  }
  const r = richCompareDunder(op, a, b);
  if (r !== undefined) return r;
  if (op === 'Eq') return pyEquals(a, b);
  if (op === 'NotEq') return !pyEquals(a, b);
  throw typeError(
    `'${dunders[op][2]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`,
  );
}

/** `is`: identity, with value identity for the immutable primitives we do not box. */
export function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

/** The Map key a Python key maps to, so that equal keys (1, 1.0, True) share one entry. */
export function canonicalKey(key: PyValue): CanonicalKey {
  switch (typeof key) {
    case 'number':
    case 'string':
      return key;
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
  }
  if (key === null) return null;
  if (key instanceof PyFloat) {
    const v = key.v;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  if (key instanceof PyTuple && !hasCustomHash(key)) {
    const parts: CanonicalKey[] = key.items.map(canonicalKey);
    // A tuple holding a user-hashed object compares item by item with __eq__.
    if (parts.some((p) => p instanceof HashedKey)) return new HashedKey(pyHash(key));
    return '\u0000t(' + parts.map(keyText).join(',') + ')';
  }
  if (key instanceof PyType) return key;
  if (key instanceof PyBytes) return '\u0000b' + String.fromCharCode(...key.data);
  if ((key instanceof PyList || key instanceof PyDict) && key.cls.dict.get('__hash__') === null) throw unhashableError(key.cls);
  const descr = typeOf(key).lookup('__hash__');
  if (descr === null) throw unhashableError(typeOf(key));
  if (descr !== undefined && !objectDefaults.has(descr)) return new HashedKey(pyHash(key));
  const builtin = builtinKey(key);
  return builtin !== undefined ? builtin : key;
}

/** Canonical keys of builtin hashable containers (frozenset), installed by their module. */
export const builtinKeyHooks: ((key: PyValue) => CanonicalKey | undefined)[] = [];
function builtinKey(key: PyValue): CanonicalKey | undefined {
  for (const hook of builtinKeyHooks) {
    const k = hook(key);
    if (k !== undefined) return k;
  }
  return undefined;
}

function keyText(k: CanonicalKey): string {
  if (typeof k === 'string') return JSON.stringify(k);
  if (typeof k === 'number' || typeof k === 'bigint') return String(k) + (typeof k === 'bigint' ? 'n' : '');
  if (k === null) return 'None';
  // Object identity inside a tuple key: give each object a stable token.
  let id = objectTokens.get(k as object);
  if (id === undefined) {
    id = `@${nextToken++}`;
    objectTokens.set(k as object, id);
  }
  return id;
}
const objectTokens = new WeakMap<object, string>();
let nextToken = 0;

DictStorage.canonical = canonicalKey;
DictStorage.equals = pyEquals;
