// np.partition / np.argpartition with numpy's arrangement. numpy runs its introselect
// (npysort/selection.cpp: median-of-3 quickselect, a selection sort for kth < 3 past the lower
// bound, median-of-medians when too deep, a pivot stack across several kth) except for one kth on
// 16/32/64-bit data on AVX-512 CPUs, where x86-simd-sort's quickselect runs: that sorts lanes of
// up to 256 (64-bit, and every argpartition) or 512 (32/16-bit) elements outright, which is
// reproduced here; on longer lanes its arrangement is its own and the introselect one stands in
// (the kth element and the sides' contents are right, their order is not numpy's).
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpDType, np } from './dtype.js';
import { NdArray, makeArray, numElements } from './ndarray.js';
import { normalizeAxis } from './errors.js';
import { operandOrThrow } from './ufuncs.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const MAX_PIVOT_STACK = 50;

/** numpy's sort order: NaN after everything. */
const less = (a: number, b: number) => a < b || (b !== b && a === a);

/** One lane being selected: `v` the values; with `idx`, an argpartition (v stays, idx moves). */
class Lane {
  constructor(readonly v: Float64Array, readonly idx: Int32Array | null, readonly isInexact: boolean) {}
  at(i: number): number {
    return this.idx ? this.v[this.idx[i]] : this.v[i];
  }
  swap(i: number, j: number): void {
    const s = this.idx ?? this.v;
    const t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
  /** A view of elements from `off` on (numpy passes v + off). */
  shifted(off: number): Lane {
    return off === 0 ? this : new Lane(this.idx ? this.v : this.v.subarray(off), this.idx ? this.idx.subarray(off) : null, this.isInexact);
  }
}

interface Pivots { stack: number[] }

function storePivot(pivot: number, kth: number, p: Pivots | null): void {
  if (p === null) return;
  if (pivot === kth && p.stack.length === MAX_PIVOT_STACK) p.stack[p.stack.length - 1] = pivot;
  else if (pivot >= kth && p.stack.length < MAX_PIVOT_STACK) p.stack.push(pivot);
}

function dumbSelect(l: Lane, num: number, kth: number): void {
  for (let i = 0; i <= kth; i++) {
    let minIdx = i;
    let minVal = l.at(i);
    for (let k = i + 1; k < num; k++) {
      if (less(l.at(k), minVal)) {
        minIdx = k;
        minVal = l.at(k);
      }
    }
    l.swap(i, minIdx);
  }
}

function median3Swap(l: Lane, low: number, mid: number, high: number): void {
  if (less(l.at(high), l.at(mid))) l.swap(high, mid);
  if (less(l.at(high), l.at(low))) l.swap(high, low);
  if (less(l.at(low), l.at(mid))) l.swap(low, mid);
  l.swap(mid, low + 1);
}

function median5(l: Lane): number {
  if (less(l.at(1), l.at(0))) l.swap(1, 0);
  if (less(l.at(4), l.at(3))) l.swap(4, 3);
  if (less(l.at(3), l.at(0))) l.swap(3, 0);
  if (less(l.at(4), l.at(1))) l.swap(4, 1);
  if (less(l.at(2), l.at(1))) l.swap(2, 1);
  if (less(l.at(3), l.at(2))) return less(l.at(3), l.at(1)) ? 1 : 3;
  return 2;
}

function medianOfMedian5(l: Lane, num: number): number {
  const nmed = Math.floor(num / 5);
  for (let i = 0, sub = 0; i < nmed; i++, sub += 5) {
    const m = median5(l.shifted(sub));
    l.swap(sub + m, i);
  }
  if (nmed > 2) introselect(l, nmed, Math.floor(nmed / 2), null);
  return Math.floor(nmed / 2);
}

const msb = (n: number) => Math.floor(Math.log2(n));

function introselect(l: Lane, num: number, kth: number, piv: Pivots | null): void {
  let low = 0;
  let high = num - 1;
  while (piv !== null && piv.stack.length > 0) {
    const top = piv.stack[piv.stack.length - 1];
    if (top > kth) {
      high = top - 1;
      break;
    } else if (top === kth) return;
    low = top + 1;
    piv.stack.pop();
  }
  if (kth - low < 3) {
    dumbSelect(l.shifted(low), high - low + 1, kth - low);
    storePivot(kth, kth, piv);
    return;
  }
  if (l.idx === null && l.isInexact && kth === num - 1) {
    let maxIdx = low;
    let maxVal = l.at(low);
    for (let k = low + 1; k < num; k++) {
      if (!less(l.at(k), maxVal)) {
        maxIdx = k;
        maxVal = l.at(k);
      }
    }
    l.swap(kth, maxIdx);
    return;
  }
  let depth = msb(num) * 2;
  while (low + 1 < high) {
    let ll = low + 1;
    let hh = high;
    if (depth > 0 || hh - ll < 5) {
      median3Swap(l, low, low + Math.floor((high - low) / 2), high);
    } else {
      const mid = ll + medianOfMedian5(l.shifted(ll), hh - ll);
      l.swap(mid, low);
      ll--;
      hh++;
    }
    depth--;
    const pivot = l.at(low);
    for (;;) {
      do ll++; while (less(l.at(ll), pivot));
      do hh--; while (less(pivot, l.at(hh)));
      if (hh < ll) break;
      l.swap(ll, hh);
    }
    l.swap(low, hh);
    if (hh !== kth) storePivot(hh, kth, piv);
    if (hh >= kth) high = hh - 1;
    if (hh <= kth) low = ll;
  }
  if (low + 1 === high && less(l.at(high), l.at(low))) l.swap(high, low);
  storePivot(kth, kth, piv);
}

/** Whether x86-simd-sort's quickselect (which sorts short lanes whole) runs for this call. */
function simdSortsLane(t: NpDType, n: number, nkth: number, arg: boolean): boolean {
  if (nkth !== 1 || t.kind === 'b' || t.itemsize === 1) return false;
  // argselect falls back to std::nth_element when a float lane holds a NaN (not reproduced).
  if (arg) return t.itemsize >= 4 && n <= 256;
  return n <= (t.itemsize === 8 ? 256 : 512);
}

/** x86-simd-sort's qselect on a short lane: NaNs are first swapped to the end (from the back),
 *  then, unless kth falls among them, the rest is sorted whole. */
function simdSelect(v: Float64Array, kth: number, t: NpDType): void {
  let last = v.length - 1;
  if (t.kind === 'f') {
    let jj = v.length - 1;
    let ii = 0;
    let count = 0;
    while (ii < jj) {
      if (Number.isNaN(v[ii])) {
        [v[ii], v[jj]] = [v[jj], v[ii]];
        jj--;
        count++;
      } else ii++;
    }
    if (Number.isNaN(v[ii])) count++;
    last = v.length - count - 1;
  }
  if (last >= kth && last + 1 <= (t.itemsize === 8 ? 256 : 512)) v.subarray(0, last + 1).sort();
}

function kthArg(v: PyValue, n: number): number[] {
  const k = operandOrThrow(v).arr;
  if (k.dtype.kind === 'f' || k.dtype.kind === 'b') throw typeError('Partition index must be integer');
  if (k.ndim > 1) throw valueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  return Array.from(k.data, (x) => {
    const y = x < 0 ? x + n : x;
    if (y < 0 || y >= n) throw valueError(`kth(=${y}) out of bounds (${n})`);
    return y;
  }).sort((a, b) => a - b);
}

function partitionArray(a: NdArray, kthV: PyValue, axis: number | null, arg: boolean): NdArray {
  const src = axis === null ? makeArray(a.dtype, [a.size], a.data) : a;
  const ax = normalizeAxis(axis ?? -1, src.ndim);
  const len = src.shape[ax];
  const kth = kthArg(kthV, len);
  const inner = numElements(src.shape.slice(ax + 1));
  const outer = numElements(src.shape.slice(0, ax));
  const out = new Float64Array(src.size);
  const v = new Float64Array(len);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const at = (k: number) => (o * len + k) * inner + j;
      for (let k = 0; k < len; k++) v[k] = src.data[at(k)];
      const lane = new Lane(arg ? v : v.slice(), arg ? Int32Array.from({ length: len }, (_, i) => i) : null, a.dtype.kind === 'f');
      if (!arg && kth.length === 1 && simdSortsLane(a.dtype, len, 1, false)) simdSelect(lane.v, kth[0], a.dtype);
      else if (simdSortsLane(a.dtype, len, kth.length, arg)) {
        lane.idx!.sort((p, q) => (less(v[p], v[q]) ? -1 : less(v[q], v[p]) ? 1 : p - q));
      } else {
        const piv: Pivots = { stack: [] };
        for (const k of kth) introselect(lane, len, k, piv);
      }
      for (let k = 0; k < len; k++) out[at(k)] = lane.idx ? lane.idx[k] : lane.v[k];
    }
  }
  return makeArray(arg ? np.int64 : a.dtype, src.shape.slice(), out);
}

function partitionFn(name: string, arg: boolean): Fn {
  const params = pyParams(name, ['a', 'kth', 'axis', 'kind', 'order'], { axis: -1, kind: 'introselect', order: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    if (p.kind !== 'introselect') throw valueError(`select kind must be 'introselect' (got '${String(p.kind)}')`);
    return partitionArray(operandOrThrow(p.a).arr, p.kth, p.axis === null ? null : asIndex(p.axis), arg);
  };
}

export const partitionFunctions: Record<string, Fn> = {
  partition: partitionFn('partition', false),
  argpartition: partitionFn('argpartition', true),
};
