// list.sort()/sorted(): CPython's semantics (stable; reverse= reverses, sorts, reverses back so
// equal items keep their order; only `<` is used) with fast comparators when every key is a number
// or every key a str, or a tuple of those: no compareOp dispatch per comparison there.
import type { PyValue } from '../objects/core.js';
import { PyFloat, PyTuple } from '../objects/values.js';
import { compareOp, pyEquals } from '../ops/compare.js';
import { isTruthy } from '../ops/truth.js';

type Num = number | bigint;

/** A key as a JS number/bigint when it is an int, bool or non-NaN float; undefined otherwise.
 *  (NaN makes `<` inconsistent, so lists with NaN take the general path, whose order CPython's
 *  algorithm and V8's both derive from the same `<` answers.) */
function numericKey(v: PyValue): Num | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && !Number.isNaN(v.v)) return v.v;
  return undefined;
}

/** Python's `x < y`, as a comparator result, by the general protocol. */
function generalLess(x: PyValue, y: PyValue): boolean {
  return isTruthy(compareOp('Lt', x, y));
}

/** Python's `x < y`: fast for num/num and str/str, tuples
 *  element by element as CPython (first unequal position decides), the general protocol else. */
function lessThan(x: PyValue, y: PyValue): boolean {
  if (typeof x === 'string' && typeof y === 'string') return x < y;
  const nx = numericKey(x);
  if (nx !== undefined) {
    const ny = numericKey(y);
    if (ny !== undefined) return nx < ny;
  }
  if (x instanceof PyTuple && y instanceof PyTuple) return tupleLess(x, y);
  return generalLess(x, y);
}

function tupleLess(x: PyTuple, y: PyTuple): boolean {
  // Only exact tuples: a subclass may override __lt__/__eq__.
  if (x.constructor !== PyTuple || y.constructor !== PyTuple) return generalLess(x, y);
  const a = x.items;
  const b = y.items;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const p = a[i];
    const q = b[i];
    if (typeof p === 'string' && typeof q === 'string') {
      if (p !== q) return p < q;
      continue;
    }
    const np = numericKey(p);
    const nq = np === undefined ? undefined : numericKey(q);
    if (np !== undefined && nq !== undefined) {
      if (np != nq) return np < nq; // eslint-disable-line eqeqeq -- 1n == 1 must hold
      continue;
    }
    if (p === q || pyEquals(p, q)) continue;
    return generalLess(p, q);
  }
  return a.length < b.length;
}

/** Sorts `items` by `keys` (parallel arrays) in place, stably, as list.sort does. */
export function stableSortByKeys(items: PyValue[], keys: PyValue[], reverse: boolean): PyValue[] {
  const n = items.length;
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
  let allNum = true;
  let allStr = true;
  for (let i = 0; i < n && (allNum || allStr); i++) {
    const k = keys[i];
    if (typeof k !== 'string') allStr = false;
    if (allNum && numericKey(k) === undefined) allNum = false;
  }
  if (allStr) {
    const sk = keys as string[];
    idx.sort((a, b) => (sk[a] < sk[b] ? -1 : sk[b] < sk[a] ? 1 : 0));
  } else if (allNum) {
    const nk = keys.map(numericKey) as Num[];
    idx.sort((a, b) => (nk[a] < nk[b] ? -1 : nk[b] < nk[a] ? 1 : 0));
  } else {
    // `<` one way, then the other only when needed, as CPython's merge asks only `<`.
    idx.sort((a, b) => (lessThan(keys[a], keys[b]) ? -1 : lessThan(keys[b], keys[a]) ? 1 : 0));
  }
  if (reverse) idx.reverse();
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) out[i] = items[idx[i]];
  return out;
}
