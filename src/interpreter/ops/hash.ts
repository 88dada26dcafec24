// hash(): CPython's values for int, float, bool, tuple and frozenset (they decide set iteration
// order, which programs print), a fixed hash for str (CPython randomises it per run anyway), the
// identity hash for objects, and `__hash__` for user classes.
import { PyType, PyValue } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyFloat, PyTuple } from '../objects/values.js';
import { PyBytes } from '../objects/bytes.js';
import { objectDefaults, tupleType } from '../objects/builtin-types.js';
import { call } from './call.js';
import { typeOf } from './typeof.js';
import { objectId } from './ids.js';
import { bindDescriptor } from './attr.js';

/** A CPython Py_hash_t: a JS number when it is a safe integer, else a bigint (signed 64-bit). */
export type Hash = number | bigint;

const MODULUS = (1n << 61n) - 1n;
const MODULUS_N = 2 ** 61 - 1;
const U64 = (x: bigint) => BigInt.asUintN(64, x);
const S64 = (x: bigint): Hash => {
  const s = BigInt.asIntN(64, x);
  return s >= -9007199254740991n && s <= 9007199254740991n ? Number(s) : s;
};

export function hashInt(v: number | bigint): Hash {
  if (typeof v === 'number') {
    if (v < MODULUS_N && v > -MODULUS_N) return v === -1 ? -2 : v;
    v = BigInt(v);
  }
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return S64(h);
}

/** hash(float): the value reduced modulo the Mersenne prime 2**61 - 1. */
export function hashFloat(x: number): Hash {
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  let m = Math.abs(x);
  let e = 0;
  while (m !== Math.floor(m)) {
    m *= 2;
    e -= 1;
  }
  let n = BigInt(m) % MODULUS;
  const shift = ((e % 61) + 61) % 61;
  n = (n << BigInt(shift)) % MODULUS;
  let h = x < 0 ? -n : n;
  if (h === -1n) h = -2n;
  return S64(h);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(tuple): CPython 3.8+'s xxHash-based combination of the item hashes. */
export function hashTuple(items: readonly PyValue[]): Hash {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = U64(BigInt(pyHash(item)));
    acc = U64(acc + lane * XXPRIME_2);
    acc = U64((acc << 31n) | (acc >> 33n));
    acc = U64(acc * XXPRIME_1);
  }
  acc = U64(acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === U64(-1n)) return 1546275796;
  return S64(acc);
}

/** A str hash (FNV-1a over UTF-16 units): stable within a run, as CPython's is per process. */
export function hashStr(s: string): Hash {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h === -1 ? -2 : h;
}

/** Types CPython implements in C outside builtins: their tp_name carries the module, which error
 *  messages show ('collections.deque'); Python-level classes show their bare name. */
const C_TYPES = new Set(['collections.deque', 'collections.OrderedDict', 'collections.defaultdict']);

function cTypeName(t: PyType): string {
  const full = `${t.module}.${t.name}`;
  return C_TYPES.has(full) ? full : t.name;
}

export const unhashableError = (t: PyType) => typeError(`unhashable type: '${cTypeName(t)}'`);

/** hash(x) as CPython computes it; raises TypeError for unhashable values. */
export function pyHash(v: PyValue): Hash {
  switch (typeof v) {
    case 'number':
      return v < MODULUS_N && v > -MODULUS_N ? (v === -1 ? -2 : v) : hashInt(v);
    case 'string':
      return hashStr(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return hashInt(v);
  }
  if (v === null) return 0x7f3a1bc4d0 >> 4;
  if (v instanceof PyFloat) return hashFloat(v.v);
  if (v instanceof PyTuple && (v.cls === tupleType || !hasCustomHash(v))) return hashTuple(v.items);
  if (v instanceof PyType) return identityHash(v);
  if (v instanceof PyBytes) {
    let h = 0x811c9dc5;
    for (const b of v.data) h = Math.imul(h ^ b, 16777619);
    return h === -1 ? -2 : h;
  }
  const t = typeOf(v);
  const descr = t.lookup('__hash__');
  if (descr === null) throw unhashableError(t);
  if (descr === undefined || objectDefaults.has(descr)) {
    const builtin = builtinHash.get(t) ?? inheritedBuiltinHash(t);
    return builtin ? builtin(v) : identityHash(v);
  }
  const h = call(bindDescriptor(descr, v, '__hash__'), [], null);
  if (typeof h === 'boolean') return h ? 1 : 0;
  if (typeof h !== 'number' && typeof h !== 'bigint') throw typeError('__hash__ method should return an integer');
  return hashInt(h);
}

/** Hash functions of builtin types other than the primitives (frozenset, tuple subclasses...). */
export const builtinHash = new Map<PyType, (v: PyValue) => Hash>();

function inheritedBuiltinHash(t: PyType): ((v: PyValue) => Hash) | undefined {
  for (const base of t.mro) {
    const f = builtinHash.get(base);
    if (f) return f;
  }
  return undefined;
}

/** object.__hash__: derived from the object's address, as _Py_HashPointer does. */
export function identityHash(v: PyValue): Hash {
  return Math.floor(objectId(v) / 16);
}

/** True when hashing v needs Python-level code (a user `__hash__`): keys then compare with __eq__. */
export function hasCustomHash(v: PyValue): boolean {
  if (v === null || typeof v !== 'object') return false;
  const descr = typeOf(v).lookup('__hash__');
  return descr !== undefined && descr !== null && !objectDefaults.has(descr);
}
