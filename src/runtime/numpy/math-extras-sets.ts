// Counting, searching and set operations: bincount, digitize, searchsorted, isin, intersect1d,
// union1d, setdiff1d, setxor1d, lexsort. Sorting puts NaN last and compares in the operands'
// promoted dtype, as numpy does; results are int64 indices or the promoted values.
import { PyValue } from '../../interpreter/objects/core.js';
import { excType, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { call, type Kwargs } from '../../interpreter/ops/call.js';
import { importModule } from '../../interpreter/modules/loader.js';
import { lastCall } from '../../interpreter/compiler/call-site.js';
import { NpDType, np, promoteTypes } from './dtype.js';
import { NdArray, castValues, makeArray, numElements, wrapResult } from './ndarray.js';
import { normalizeAxis } from './errors.js';
import { operandOrThrow, resultType } from './ufuncs.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const arr = (v: PyValue) => operandOrThrow(v).arr;
const less = (a: number, b: number) => a < b || (b !== b && a === a);
const cmp = (a: number, b: number) => (less(a, b) ? -1 : less(b, a) ? 1 : 0);
const same = (a: number, b: number) => a === b || (a !== a && b !== b);

/** The dtype both operands compare in (a Python scalar takes the array's kind, as NEP 50 says). */
const commonType = (a: PyValue, b: PyValue): NpDType => resultType([operandOrThrow(a), operandOrThrow(b)]);

// ---- bincount ----

const bincountParams = pyParams('bincount', ['x', 'weights', 'minlength'], { weights: null, minlength: 0 });
function bincount(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = bincountParams(args, kwargs);
  const x = arr(p.x);
  if (x.ndim > 1) throw valueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  if (x.dtype.kind === 'f' && x.size > 0) {
    const warn = importModule('warnings').dict.get('warn')!;
    const site = { frame: lastCall.frame, pos: lastCall.pos };
    if (site.frame !== null) {
      call(warn, ['Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)', excType('DeprecationWarning')], null);
      lastCall.frame = site.frame;
      lastCall.pos = site.pos;
    }
  }
  const minlength = asIndex(p.minlength);
  if (minlength < 0) throw valueError("'minlength' must not be negative");
  const xs = x.dtype.kind === 'f' ? Float64Array.from(x.data, Math.trunc) : x.data;
  let n = minlength;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < 0) throw valueError("'list' argument must have no negative elements");
    if (xs[i] + 1 > n) n = xs[i] + 1;
  }
  const out = new Float64Array(n);
  if (p.weights === null) {
    for (let i = 0; i < xs.length; i++) out[xs[i]] += 1;
    return new NdArray(np.int64, [n], out);
  }
  const w = castValues(arr(p.weights).data, np.float64);
  if (w.length !== xs.length) throw valueError("The weights and list don't have the same length.");
  for (let i = 0; i < xs.length; i++) out[xs[i]] += w[i];
  return new NdArray(np.float64, [n], out);
}

// ---- searching ----

/** The insertion point of `v` in sorted `a` (through `order` when given). */
function insertionPoint(a: ArrayLike<number>, v: number, right: boolean, order: ArrayLike<number> | null): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[order ? order[mid] : mid];
    if (right ? !less(v, x) : less(x, v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sideArg(v: PyValue): boolean {
  if (v === 'left' || v === 'right') return v === 'right';
  if (typeof v === 'string' && v.length > 0 && ('left'.startsWith(v) || 'right'.startsWith(v))) {
    throw valueError("search side must be one of 'left' or 'right'");
  }
  throw valueError(`search side must be 'left' or 'right' (got ${typeof v === 'string' ? `'${v}'` : String(v)})`);
}

function searchsorted(aV: PyValue, vV: PyValue, right: boolean, sorterV: PyValue): PyValue {
  const a = arr(aV);
  if (a.ndim !== 1) throw valueError('object too deep for desired array');
  const t = commonType(aV, vV);
  const av = castValues(a.data, t);
  const v = arr(vV);
  const vv = castValues(v.data, t);
  let order: ArrayLike<number> | null = null;
  if (sorterV !== null) {
    const s = arr(sorterV);
    if (s.size !== a.size) throw valueError('sorter.size must equal a.size');
    if (Array.from(s.data).some((i) => i < 0 || i >= a.size)) throw valueError('Sorter index out of range.');
    order = s.data;
  }
  const out = new Float64Array(vv.length);
  for (let i = 0; i < vv.length; i++) out[i] = insertionPoint(av, vv[i], right, order);
  return wrapResult(new NdArray(np.int64, v.shape.slice(), out));
}

const searchParams = pyParams('searchsorted', ['a', 'v', 'side', 'sorter'], { side: 'left', sorter: null });
const digitizeParams = pyParams('digitize', ['x', 'bins', 'right'], { right: false });
function digitize(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = digitizeParams(args, kwargs);
  const bins = arr(p.bins);
  if (bins.ndim !== 1) throw valueError('object too deep for desired array');
  const b = Array.from(bins.data);
  const up = b.every((x, i) => i === 0 || !less(x, b[i - 1]));
  const down = b.every((x, i) => i === 0 || !less(b[i - 1], x));
  if (!up && !down) throw valueError('bins must be monotonically increasing or decreasing');
  const right = isTruthy(p.right);
  if (up) return searchsorted(bins, p.x, !right, null);
  const rev = makeArray(bins.dtype, [b.length], b.slice().reverse());
  const r = operandOrThrow(searchsorted(rev, p.x, !right, null)).arr;
  return wrapResult(makeArray(np.int64, r.shape.slice(), Array.from(r.data, (i) => b.length - i)));
}

// ---- sets ----

const flat = (a: NdArray) => makeArray(a.dtype, [a.size], a.data);

/** Sorted unique values and the index of each one's first occurrence (NaNs collapse to one). */
function uniqueWithIndex(values: ArrayLike<number>): [number[], number[]] {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((p, q) => cmp(values[p], values[q]) || p - q);
  const u: number[] = [];
  const first: number[] = [];
  for (const i of order) {
    if (u.length > 0 && same(u[u.length - 1], values[i])) continue;
    u.push(values[i]);
    first.push(i);
  }
  return [u, first];
}

function membership(element: NdArray, test: ArrayLike<number>, t: NpDType): boolean[] {
  const sorted = Array.from(castValues(test, t)).filter((x) => x === x).sort((x, y) => x - y);
  return Array.from(castValues(element.data, t), (x) => {
    const i = insertionPoint(sorted, x, false, null);
    return i < sorted.length && sorted[i] === x;
  });
}

const isinParams = pyParams('isin', ['element', 'test_elements', 'assume_unique', 'invert'], { assume_unique: false, invert: false, kind: null }, ['kind']);
function isin(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = isinParams(args, kwargs);
  if (p.kind !== null && p.kind !== 'sort' && p.kind !== 'table') {
    throw valueError(`Invalid kind: ${typeof p.kind === 'string' ? `'${p.kind}'` : String(p.kind)}. Please use None, 'sort' or 'table'.`);
  }
  const e = arr(p.element);
  const t = commonType(p.element, p.test_elements);
  if (p.kind === 'table' && (e.dtype.kind === 'f' || arr(p.test_elements).dtype.kind === 'f')) {
    throw valueError("The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.");
  }
  const inv = isTruthy(p.invert);
  const hits = membership(e, arr(p.test_elements).data, t);
  return makeArray(np.bool, e.shape.slice(), hits.map((h) => (h !== inv ? 1 : 0)));
}

const intersectParams = pyParams('intersect1d', ['ar1', 'ar2', 'assume_unique', 'return_indices'], { assume_unique: false, return_indices: false });
function intersect1d(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = intersectParams(args, kwargs);
  const a = flat(arr(p.ar1));
  const b = flat(arr(p.ar2));
  const t = promoteTypes(a.dtype, b.dtype);
  const unique = !isTruthy(p.assume_unique);
  const [av, ai] = unique ? uniqueWithIndex(a.data) : [Array.from(a.data), a.data.length ? Array.from({ length: a.size }, (_, i) => i) : []];
  const [bv, bi] = unique ? uniqueWithIndex(b.data) : [Array.from(b.data), Array.from({ length: b.size }, (_, i) => i)];
  // numpy concatenates both, sorts stably and keeps values equal to their successor.
  const aux = [...castValues(av, t), ...castValues(bv, t)];
  const order = aux.map((_, i) => i).sort((p2, q) => cmp(aux[p2], aux[q]) || p2 - q);
  const vals: number[] = [];
  const i1: number[] = [];
  const i2: number[] = [];
  for (let k = 0; k + 1 < order.length; k++) {
    if (aux[order[k]] !== aux[order[k + 1]]) continue;
    vals.push(aux[order[k]]);
    i1.push(ai[order[k]]);
    i2.push(bi[order[k + 1] - av.length]);
  }
  const r = makeArray(t, [vals.length], vals);
  if (!isTruthy(p.return_indices)) return r;
  return new PyTuple([r, makeArray(np.int64, [i1.length], i1), makeArray(np.int64, [i2.length], i2)]);
}

function concatFlat(x: PyValue, y: PyValue): NdArray {
  const a = arr(x);
  const b = arr(y);
  const t = promoteTypes(a.dtype, b.dtype);
  return makeArray(t, [a.size + b.size], [...castValues(a.data, t), ...castValues(b.data, t)]);
}

const setParams = (name: string) => pyParams(name, ['ar1', 'ar2', 'assume_unique'], { assume_unique: false });
const union1dParams = pyParams('union1d', ['ar1', 'ar2'], {});
const setdiffParams = setParams('setdiff1d');
const setxorParams = setParams('setxor1d');

function setdiff1d(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = setdiffParams(args, kwargs);
  const a = arr(p.ar1);
  const base = isTruthy(p.assume_unique) ? Array.from(a.data) : uniqueWithIndex(a.data)[0];
  const src = makeArray(a.dtype, [base.length], base);
  const t = commonType(p.ar1, p.ar2);
  const hits = membership(src, arr(p.ar2).data, t);
  const keep = base.filter((_, i) => !hits[i]);
  return makeArray(a.dtype, [keep.length], keep);
}

function setxor1d(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = setxorParams(args, kwargs);
  const unique = !isTruthy(p.assume_unique);
  const a = arr(p.ar1);
  const b = arr(p.ar2);
  const ua = unique ? uniqueWithIndex(a.data)[0] : Array.from(a.data);
  const ub = unique ? uniqueWithIndex(b.data)[0] : Array.from(b.data);
  const both = concatFlat(makeArray(a.dtype, [ua.length], ua), makeArray(b.dtype, [ub.length], ub));
  const aux = Array.from(both.data).sort(cmp);
  const keep = aux.filter((x, i) => (i === 0 || aux[i - 1] !== x) && (i === aux.length - 1 || aux[i + 1] !== x));
  return makeArray(both.dtype, [keep.length], keep);
}

// ---- lexsort ----

const lexsortParams = pyParams('lexsort', ['keys', 'axis'], { axis: -1 });
function lexsort(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = lexsortParams(args, kwargs);
  let keys: NdArray[];
  if (p.keys instanceof PyList || p.keys instanceof PyTuple) keys = p.keys.items.map(arr);
  else {
    const k = arr(p.keys);
    if (k.ndim === 0) throw typeError('need sequence of keys with len > 0 in lexsort');
    const inner = numElements(k.shape.slice(1));
    keys = Array.from({ length: k.shape[0] }, (_, i) => makeArray(k.dtype, k.shape.slice(1), k.data.subarray(i * inner, (i + 1) * inner)));
  }
  if (keys.length === 0) throw typeError('need sequence of keys with len > 0 in lexsort');
  const shape = keys[0].shape;
  if (keys.some((k) => k.ndim !== shape.length || k.shape.some((s, i) => s !== shape[i]))) throw valueError('all keys need to be the same shape');
  if (shape.length === 0) return wrapResult(makeArray(np.int64, [], [0]));
  const ax = normalizeAxis(asIndex(p.axis), shape.length);
  const len = shape[ax];
  const inner = numElements(shape.slice(ax + 1));
  const outer = numElements(shape.slice(0, ax));
  const out = new Float64Array(numElements(shape));
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const at = (k: number) => (o * len + k) * inner + j;
      const order = Array.from({ length: len }, (_, i) => i).sort((x, y) => {
        for (let k = keys.length - 1; k >= 0; k--) {
          const c = cmp(keys[k].data[at(x)], keys[k].data[at(y)]);
          if (c !== 0) return c;
        }
        return x - y;
      });
      for (let k = 0; k < len; k++) out[at(k)] = order[k];
    }
  }
  return makeArray(np.int64, shape.slice(), out);
}

export const setFunctions: Record<string, Fn> = {
  bincount,
  digitize,
  searchsorted: (args, kwargs) => {
    const p = searchParams(args, kwargs);
    return searchsorted(p.a, p.v, sideArg(p.side), p.sorter);
  },
  isin,
  intersect1d,
  union1d: (args, kwargs) => {
    const p = union1dParams(args, kwargs);
    const both = concatFlat(p.ar1, p.ar2);
    const u = uniqueWithIndex(both.data)[0];
    return makeArray(both.dtype, [u.length], u);
  },
  setdiff1d,
  setxor1d,
  lexsort,
};
