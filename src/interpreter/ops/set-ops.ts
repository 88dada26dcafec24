// The set algebra of set/frozenset (and of dict key/item views), following CPython's algorithms
// step by step: which operand is iterated and which table is copied decides the result's order.
import type { PyValue } from '../objects/core.js';
import { PySet, SetTable } from '../objects/set.js';
import { PyDict } from '../objects/values.js';
import { setType } from '../objects/builtin-types.js';
import { getIterator } from './iter.js';
import { pyEquals } from './compare.js';
import { Hash, pyHash } from './hash.js';
import { repr } from './text.js';

SetTable.hash = pyHash;
SetTable.equals = pyEquals;

/** An empty set of the same base kind as `like` (set or frozenset; subclasses give the base). */
export const emptyLike = (like: PySet): PySet => new PySet(like.frozen);

/** set_update_internal: sets merge tables, dicts add their keys, other iterables item by item. */
export function setUpdate(s: PySet, iterable: PyValue): void {
  const t = s.table;
  if (iterable instanceof PySet) {
    t.merge(iterable.table);
    return;
  }
  if (iterable instanceof PyDict) {
    const n = iterable.storage.size;
    if ((t.fill + n) * 5 >= t.mask * 3) t.resize((t.used + n) * 2);
    for (const k of iterable.storage.keys()) t.add(k);
    return;
  }
  const it = getIterator(iterable);
  for (let x = it.next(); x !== undefined; x = it.next()) t.add(x);
}

export function makeSet(iterable: PyValue | undefined, frozen = false): PySet {
  const s = new PySet(frozen);
  if (iterable !== undefined) setUpdate(s, iterable);
  return s;
}

export function setCopy(s: PySet): PySet {
  const c = emptyLike(s);
  setUpdate(c, s);
  return c;
}

export function setUnion(a: PySet, b: PyValue): PySet {
  const r = setCopy(a);
  if (b !== a) setUpdate(r, b);
  return r;
}

export function setIntersection(a: PySet, other: PyValue): PySet {
  if (other === a) return setCopy(a);
  const result = emptyLike(a);
  if (other instanceof PySet) {
    let big = a;
    let small = other;
    if (small.size > big.size) [big, small] = [small, big];
    for (const [k, h] of small.table.entries()) if (big.table.has(k, h)) result.table.add(k, h);
    return result;
  }
  const it = getIterator(other);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const h = pyHash(x);
    if (a.table.has(x, h)) result.table.add(x, h);
  }
  return result;
}

export function setIntersectionUpdate(s: PySet, other: PyValue): void {
  const r = setIntersection(s, other);
  s.table = r.table;
}

export function setDifferenceUpdate(s: PySet, other: PyValue): void {
  if (other === s) {
    s.table.clear();
    return;
  }
  if (other instanceof PySet) {
    for (const [k, h] of other.table.entries()) s.table.discard(k, h);
  } else {
    const it = getIterator(other);
    for (let x = it.next(); x !== undefined; x = it.next()) s.table.discard(x);
  }
  s.table.compactAfterRemovals();
}

export function setDifference(a: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.size;
  else if (other instanceof PyDict) otherSize = other.storage.size;
  else {
    const r = setCopy(a);
    setDifferenceUpdate(r, other);
    return r;
  }
  if (a.size >> 2 > otherSize) {
    const r = setCopy(a);
    setDifferenceUpdate(r, other);
    return r;
  }
  const result = emptyLike(a);
  for (const [k, h] of a.table.entries()) {
    const present = other instanceof PySet ? other.table.has(k, h) : (other as PyDict).storage.has(k);
    if (!present) result.table.add(k, h);
  }
  return result;
}

export function setSymmetricDifferenceUpdate(s: PySet, other: PyValue): void {
  if (other === s) {
    s.table.clear();
    return;
  }
  const o = other instanceof PySet ? other : makeSet(other);
  for (const [k, h] of o.table.entries()) {
    if (!s.table.discard(k, h)) s.table.add(k, h);
  }
}

export function setSymmetricDifference(a: PySet, other: PyValue): PySet {
  const r = makeSet(other, a.frozen);
  setSymmetricDifferenceUpdate(r, a);
  return r;
}

export function isSubset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  for (const [k, h] of a.table.entries()) if (!b.table.has(k, h)) return false;
  return true;
}

export function setEquals(a: PySet, b: PySet): boolean {
  return a.size === b.size && isSubset(a, b);
}

export function isDisjoint(a: PySet, other: PyValue): boolean {
  if (other instanceof PySet) {
    let small = a;
    let big = other;
    if (small.size > big.size) [small, big] = [big, small];
    for (const [k, h] of small.table.entries()) if (big.table.has(k, h)) return false;
    return true;
  }
  const it = getIterator(other);
  for (let x = it.next(); x !== undefined; x = it.next()) if (a.table.has(x)) return false;
  return true;
}

/** Which operator a set comparison is: `<=` and friends are subset tests. */
export function setCompare(op: 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Eq' | 'NotEq', a: PySet, b: PySet): boolean {
  switch (op) {
    case 'Eq':
      return setEquals(a, b);
    case 'NotEq':
      return !setEquals(a, b);
    case 'LtE':
      return isSubset(a, b);
    case 'Lt':
      return a.size < b.size && isSubset(a, b);
    case 'GtE':
      return isSubset(b, a);
    case 'Gt':
      return b.size < a.size && isSubset(b, a);
  }
}

const inRepr = new Set<PySet>();

export function setRepr(s: PySet): string {
  const t = s.cls;
  const name = t.module === 'builtins' ? t.name : t.qualname;
  if (inRepr.has(s)) return `${name}(...)`;
  if (s.size === 0) return `${name}()`;
  inRepr.add(s);
  try {
    const body = `{${s.table.values().map(repr).join(', ')}}`;
    return t === setType ? body : `${name}(${body})`;
  } finally {
    inRepr.delete(s);
  }
}

const U64 = (x: bigint) => BigInt.asUintN(64, x);
const shuffle = (h: bigint) => U64(((h ^ 89869747n) ^ U64(h << 16n)) * 3644798167n);

/** hash(frozenset): CPython's order-independent mix of the slot hashes. */
export function frozensetHash(s: PySet): Hash {
  const t = s.table;
  let hash = 0n;
  for (const [, h] of t.entries()) hash ^= shuffle(U64(BigInt(h)));
  hash ^= U64((BigInt(t.used) + 1n) * 1927868237n);
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = U64(hash * 69069n + 907133923n);
  if (hash === U64(-1n)) hash = 590923713n;
  const signed = BigInt.asIntN(64, hash);
  return signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
}

/** A set display whose elements are all constants (`{1, -2, 3}`, three or more of them): CPython
 *  folds it into a frozenset constant, which the compiler's constant merging rebuilds by iterating
 *  it, and SET_UPDATE then copies that table. The double insertion shows in the iteration order. */
export function constantSetDisplay(items: readonly PyValue[]): PySet {
  const folded = new PySet(true);
  for (const x of items) folded.table.add(x);
  const merged = new PySet(true);
  for (const x of folded.table.values()) merged.table.add(x);
  const s = new PySet();
  setUpdate(s, merged);
  return s;
}
