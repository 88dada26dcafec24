// heapq and bisect, in JS over Python lists with Python's `<` (they are C in CPython): the same
// sift algorithms as CPython's heapq, so heaps have the same layout element for element.
import type { PyValue } from '../objects/core.js';
import { indexError, typeError, valueError } from '../objects/exceptions.js';
import { PyList } from '../objects/values.js';
import { call, Kwargs } from '../ops/call.js';
import { getAttr } from '../ops/attr.js';
import { compareOp } from '../ops/compare.js';
import { asIndex } from '../ops/convert.js';
import { iterToArray } from '../ops/iter.js';
import { len, getItem } from '../ops/items.js';
import { isTruthy } from '../ops/truth.js';
import { typeOf } from '../ops/typeof.js';
import { checkArity, pyParams } from '../builtins/define.js';
import { builtinsDict } from '../builtins/registry.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';

const lt = (a: PyValue, b: PyValue): boolean => isTruthy(compareOp('Lt', a, b));

function heapArg(v: PyValue, fn: string): PyValue[] {
  if (!(v instanceof PyList)) throw typeError(`${fn}() argument 1 must be list, not ${typeOf(v).name}`);
  return v.items;
}

function siftdown(heap: PyValue[], startpos: number, pos: number): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (!lt(newitem, parent)) break;
    heap[pos] = parent;
    pos = parentpos;
  }
  heap[pos] = newitem;
}

function siftup(heap: PyValue[], pos: number): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos);
}

const nParams = (name: string) => pyParams(name, ['n', 'iterable', 'key'], { key: null });
const nlargestP = nParams('nlargest');
const nsmallestP = nParams('nsmallest');

/** nsmallest/nlargest: documented as sorted(iterable, key=key[, reverse=True])[:n]. */
function nBest(p: Record<string, PyValue>, reverse: boolean): PyValue {
  const n = asIndex(p.n);
  const items = iterToArray(p.iterable);
  const kwargs = new Map<string, PyValue>([['key', p.key], ['reverse', reverse]]);
  const all = (call(builtinsDict.get('sorted')!, [new PyList(items)], kwargs) as PyList).items;
  return new PyList(all.slice(0, Math.max(0, n)));
}

registerBuiltinModule('heapq', () =>
  makeModule('heapq', {
    heappush: (args) => {
      checkArity('heappush', args, 2, 2);
      const heap = heapArg(args[0], 'heappush');
      heap.push(args[1]);
      siftdown(heap, 0, heap.length - 1);
      return null;
    },
    heappop: (args) => {
      checkArity('heappop', args, 1, 1);
      const heap = heapArg(args[0], 'heappop');
      if (heap.length === 0) throw indexError('index out of range');
      const last = heap.pop()!;
      if (heap.length === 0) return last;
      const top = heap[0];
      heap[0] = last;
      siftup(heap, 0);
      return top;
    },
    heapreplace: (args) => {
      checkArity('heapreplace', args, 2, 2);
      const heap = heapArg(args[0], 'heapreplace');
      if (heap.length === 0) throw indexError('index out of range');
      const top = heap[0];
      heap[0] = args[1];
      siftup(heap, 0);
      return top;
    },
    heappushpop: (args) => {
      checkArity('heappushpop', args, 2, 2);
      const heap = heapArg(args[0], 'heappushpop');
      let item = args[1];
      if (heap.length && lt(heap[0], item)) {
        [item, heap[0]] = [heap[0], item];
        siftup(heap, 0);
      }
      return item;
    },
    heapify: (args) => {
      checkArity('heapify', args, 1, 1);
      const heap = heapArg(args[0], 'heapify');
      for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i);
      return null;
    },
    nlargest: (args, kwargs) => nBest(nlargestP(args, kwargs), true),
    nsmallest: (args, kwargs) => nBest(nsmallestP(args, kwargs), false),
  }),
);

const bisectParams = (name: string) => pyParams(name, ['a', 'x', 'lo', 'hi'], { lo: 0, hi: null, key: null }, ['key']);

/** The insertion point for x; `keyed` applies key to x too (insort does, bisect_* do not). */
function bisect(p: Record<string, PyValue>, right: boolean, keyed: boolean): number {
  let lo = asIndex(p.lo);
  if (lo < 0) throw valueError('lo must be non-negative');
  let hi = p.hi === null ? len(p.a) : asIndex(p.hi);
  const x = keyed && p.key !== null ? call(p.key, [p.x], null) : p.x;
  const at = (i: number) => {
    const v = p.a instanceof PyList ? p.a.items[i] : getItem(p.a, i);
    return p.key === null ? v : call(p.key, [v], null);
  };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (right ? lt(x, at(mid)) : !lt(at(mid), x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function insort(name: string, right: boolean) {
  const params = bisectParams(name);
  return (args: PyValue[], kwargs: Kwargs): PyValue => {
    const p = params(args, kwargs);
    const i = bisect(p, right, true);
    if (p.a instanceof PyList) p.a.items.splice(i, 0, p.x);
    else call(getAttr(p.a, 'insert'), [i, p.x], null);
    return null;
  };
}

registerBuiltinModule('bisect', () => {
  const left = bisectParams('bisect_left');
  const right = bisectParams('bisect_right');
  const fns = {
    bisect_left: (args: PyValue[], kwargs: Kwargs) => bisect(left(args, kwargs), false, false),
    bisect_right: (args: PyValue[], kwargs: Kwargs) => bisect(right(args, kwargs), true, false),
    insort_left: insort('insort_left', false),
    insort_right: insort('insort_right', true),
  };
  return makeModule('bisect', { ...fns, bisect: fns.bisect_right, insort: fns.insort_right });
});
