// Reductions (sum, mean, max, argmax, std, ...) over axes, in numpy's summation order: pairwise
// along a reduced trailing block (numpy's inner loop), sequential across other reduced axes.
import { permuteInto } from './permute-copy.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { NpDType, np } from './dtype.js';
import { NdArray, castValues, makeArray, numElements } from './ndarray.js';
import { allocData } from './native-memory.js';
import { normalizeAxis } from './errors.js';
import { nativePairwiseSums, nativeSumLeading } from './native-ufuncs.js';

/** Reduced axes, sorted; null means all. */
export function normalizeAxes(axis: number[] | null, ndim: number): number[] {
  if (axis === null) return [...Array(ndim).keys()];
  const out = axis.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw valueError('duplicate value in \'axis\'');
  return out.sort((x, y) => x - y);
}

interface Blocks {
  /** Output shape without keepdims. */
  outShape: number[];
  keptShape: number[];
  /** Values rearranged so each output element's inputs are one contiguous block. */
  values: ArrayLike<number>;
  blockLen: number;
  /** True when the reduced axes are the trailing ones (numpy sums them pairwise). */
  trailing: boolean;
}

function toBlocks(a: NdArray, axes: number[], values: ArrayLike<number> = a.data): Blocks {
  const nd = a.ndim;
  const kept = [...Array(nd).keys()].filter((i) => !axes.includes(i));
  const outShape = kept.map((i) => a.shape[i]);
  const blockLen = numElements(axes.map((i) => a.shape[i]));
  const trailing = axes.every((ax, k) => ax === nd - axes.length + k);
  if (trailing) return { outShape, keptShape: outShape, values, blockLen, trailing };
  const perm = [...kept, ...axes];
  return { outShape, keptShape: outShape, values: permute(values, a.shape, perm), blockLen, trailing };
}

/** The elements of an array of `shape` in the order of the axes permutation `perm`. */
export function permute(values: ArrayLike<number>, shape: readonly number[], perm: number[]): Float64Array {
  const out = new Float64Array(numElements(shape));
  permuteInto(values, shape, perm, out);
  return out;
}

type Round = (x: number) => number;
const roundFor = (t: NpDType): Round => (t.kind === 'f' && t.itemsize <= 4 ? Math.fround : (x) => x);

/** numpy's pairwise_sum (blocks of 8 accumulators up to 128 elements, halving above); `r` rounds
 *  each partial sum into the dtype. Specialised per rounding so the hot loops stay monomorphic. */
function pairwise(v: ArrayLike<number>, start: number, n: number, r: Round): number {
  return r === Math.fround ? pairwise32(v, start, n) : pairwise64(v, start, n);
}

function pairwise32(v: ArrayLike<number>, start: number, n: number): number {
  const f = Math.fround;
  if (n < 8) {
    let res = -0;
    for (let i = 0; i < n; i++) res = f(res + v[start + i]);
    return res;
  }
  if (n <= 128) {
    let a0 = v[start], a1 = v[start + 1], a2 = v[start + 2], a3 = v[start + 3];
    let a4 = v[start + 4], a5 = v[start + 5], a6 = v[start + 6], a7 = v[start + 7];
    let i = 8;
    const end = n - (n % 8);
    for (; i < end; i += 8) {
      const p = start + i;
      a0 = f(a0 + v[p]); a1 = f(a1 + v[p + 1]); a2 = f(a2 + v[p + 2]); a3 = f(a3 + v[p + 3]);
      a4 = f(a4 + v[p + 4]); a5 = f(a5 + v[p + 5]); a6 = f(a6 + v[p + 6]); a7 = f(a7 + v[p + 7]);
    }
    let res = f(f(f(a0 + a1) + f(a2 + a3)) + f(f(a4 + a5) + f(a6 + a7)));
    for (; i < n; i++) res = f(res + v[start + i]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwise32(v, start, n2) + pairwise32(v, start + n2, n - n2));
}

function pairwise64(v: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = -0;
    for (let i = 0; i < n; i++) res += v[start + i];
    return res;
  }
  if (n <= 128) {
    let a0 = v[start], a1 = v[start + 1], a2 = v[start + 2], a3 = v[start + 3];
    let a4 = v[start + 4], a5 = v[start + 5], a6 = v[start + 6], a7 = v[start + 7];
    let i = 8;
    const end = n - (n % 8);
    for (; i < end; i += 8) {
      const p = start + i;
      a0 += v[p]; a1 += v[p + 1]; a2 += v[p + 2]; a3 += v[p + 3];
      a4 += v[p + 4]; a5 += v[p + 5]; a6 += v[p + 6]; a7 += v[p + 7];
    }
    let res = a0 + a1 + (a2 + a3) + (a4 + a5 + (a6 + a7));
    for (; i < n; i++) res += v[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise64(v, start, n2) + pairwise64(v, start + n2, n - n2);
}

function blockSum(b: Blocks, i: number, t: NpDType): number {
  const start = i * b.blockLen;
  if (t.kind !== 'f') {
    let s = 0;
    for (let k = 0; k < b.blockLen; k++) s += b.values[start + k];
    return s;
  }
  // Only trailing reductions get here (sum sends the others to sequentialSum).
  const r = roundFor(t);
  return r(0 + pairwise(b.values, start, b.blockLen, r));
}

/** A sum over axes that are not all trailing, in numpy's order: the output starts at 0 (add's
 *  identity, so -0 inputs sum to +0) and the input is walked once in memory order. When the last
 *  axis is reduced, numpy's inner loop adds the pairwise sum of each contiguous reduced run (the
 *  trailing reduced axes, coalesced); otherwise it adds element by element. Float32 (and float16,
 *  accumulated in float32 here) round each partial sum by storing into a Float32Array. */
function sequentialSum(values: ArrayLike<number>, shape: readonly number[], axes: number[], t: NpDType): Float64Array | Float32Array {
  const outShape = shape.filter((_, i) => !axes.includes(i));
  const outN = numElements(outShape);
  const f32 = t.kind === 'f' && t.itemsize <= 4;
  const acc = f32 ? new Float32Array(outN) : new Float64Array(outN);
  const total = numElements(shape);
  if (total === 0) return acc;
  let run = 0;
  while (run < axes.length && axes[axes.length - 1 - run] === shape.length - 1 - run) run++;
  if (run > 0 && t.kind === 'f') {
    const inner = numElements(shape.slice(shape.length - run));
    const idx = keptIndex(shape.slice(0, shape.length - run), axes.slice(0, axes.length - run));
    const r = roundFor(t);
    for (let q = 0; q < idx.length; q++) acc[idx[q]] += pairwise(values, q * inner, inner, r);
    return acc;
  }
  if (axes.every((ax, k) => ax === k)) {
    const native = nativeSumLeading(values, t, outN);
    if (native !== null) return native;
    for (let base = 0; base < total; base += outN) {
      for (let j = 0; j < outN; j++) acc[j] += values[base + j];
    }
  } else {
    const idx = keptIndex(shape, axes);
    for (let i = 0; i < total; i++) acc[idx[i]] += values[i];
  }
  return acc;
}

function finish(t: NpDType, b: Blocks, out: ArrayLike<number>, keepdims: boolean, a: NdArray, axes: number[]): NdArray {
  const shape = keepdims ? a.shape.map((s, i) => (axes.includes(i) ? 1 : s)) : b.outShape;
  return makeArray(t, shape, out);
}

/** The accumulator dtype of sum/prod: small ints widen to int64 (uint64 for unsigned). */
export function sumDtype(t: NpDType): NpDType {
  if (t.kind === 'b') return np.int64;
  if (t.kind === 'i') return np.int64;
  if (t.kind === 'u') return np.uint64;
  return t;
}

export function sum(a: NdArray, axis: number[] | null, keepdims: boolean, dtype: NpDType | null = null): NdArray {
  const axes = normalizeAxes(axis, a.ndim);
  const t = dtype ?? sumDtype(a.dtype);
  const values = a.dtype === t ? a.data : castValues(a.data, t);
  const trailing = axes.every((ax, k) => ax === a.ndim - axes.length + k);
  if (!trailing) {
    const shape = keepdims ? a.shape.map((s, i) => (axes.includes(i) ? 1 : s)) : a.shape.filter((_, i) => !axes.includes(i));
    return makeArray(t, shape, sequentialSum(values, a.shape, axes, t));
  }
  const b = toBlocks(a, axes, values);
  const n = numElements(b.outShape);
  const native = nativePairwiseSums(values, t, n);
  if (native !== null) return finish(t, b, native, keepdims, a, axes);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = blockSum(b, i, t);
  return finish(t, b, out, keepdims, a, axes);
}

export function prod(a: NdArray, axis: number[] | null, keepdims: boolean): NdArray {
  const axes = normalizeAxes(axis, a.ndim);
  const t = sumDtype(a.dtype);
  const b = toBlocks(a, axes);
  const r = roundFor(t);
  const n = numElements(b.outShape);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let p = 1;
    for (let k = 0; k < b.blockLen; k++) p = r(p * b.values[i * b.blockLen + k]);
    out[i] = p;
  }
  return finish(t, b, out, keepdims, a, axes);
}

export function mean(a: NdArray, axis: number[] | null, keepdims: boolean, dtype: NpDType | null = null): NdArray {
  const axes = normalizeAxes(axis, a.ndim);
  const t = dtype ?? (a.dtype.kind === 'f' ? a.dtype : np.float64);
  const acc = t.itemsize === 2 ? np.float32 : t;
  const s = sum(a, axis, keepdims, acc);
  const count = numElements(axes.map((i) => a.shape[i]));
  const r = roundFor(acc);
  return makeArray(t, s.shape, Array.from(s.data, (x) => r(x / count)));
}

export function variance(a: NdArray, axis: number[] | null, keepdims: boolean, ddof: number, sqrt: boolean): NdArray {
  const axes = normalizeAxes(axis, a.ndim);
  const t = a.dtype.kind === 'f' ? a.dtype : np.float64;
  const acc = t.itemsize === 2 ? np.float32 : t;
  const m = mean(makeArray(acc, a.shape, a.data), axis, true);
  const r = roundFor(acc);
  const count = numElements(axes.map((i) => a.shape[i]));
  // x = (a - mean)**2, broadcasting the kept-dims mean back over a; storing into the acc dtype's
  // array rounds d*d as numpy's float32 loop does.
  const dev = allocData(acc, a.size);
  const md = m.data;
  if (axes.every((ax, k) => ax === k)) {
    // Leading axes (the common axis=0): the mean is one row repeated, no index map needed.
    const cols = md.length;
    for (let base = 0; base < a.size; base += cols) {
      for (let j = 0; j < cols; j++) {
        const d = r(r(a.data[base + j]) - md[j]);
        dev[base + j] = d * d;
      }
    }
  } else {
    const mIndex = keptIndex(a.shape, axes);
    for (let i = 0; i < a.size; i++) {
      const d = r(r(a.data[i]) - md[mIndex[i]]);
      dev[i] = d * d;
    }
  }
  const s = sum(new NdArray(acc, a.shape, dev), axis, keepdims, acc);
  const div = Math.max(count - ddof, 0);
  return makeArray(t, s.shape, Array.from(s.data, (x) => (sqrt ? r(Math.sqrt(r(x / div))) : r(x / div))));
}

/** For each element, the flat index of its output element when `axes` are kept with size 1. */
function keptIndex(shape: readonly number[], axes: number[]): Int32Array {
  const n = numElements(shape);
  const out = new Int32Array(n);
  const nd = shape.length;
  const strides = new Array<number>(nd);
  let s = 1;
  for (let i = nd - 1; i >= 0; i--) {
    strides[i] = axes.includes(i) ? 0 : s;
    s *= axes.includes(i) ? 1 : shape[i];
  }
  const counter = new Array<number>(nd).fill(0);
  let off = 0;
  for (let k = 0; k < n; k++) {
    out[k] = off;
    for (let d = nd - 1; d >= 0; d--) {
      counter[d]++;
      off += strides[d];
      if (counter[d] < shape[d]) break;
      off -= strides[d] * counter[d];
      counter[d] = 0;
    }
  }
  return out;
}

export function extremum(a: NdArray, axis: number[] | null, keepdims: boolean, isMax: boolean): NdArray {
  const axes = normalizeAxes(axis, a.ndim);
  const b = toBlocks(a, axes);
  if (b.blockLen === 0) {
    throw valueError(`zero-size array to reduction operation ${isMax ? 'maximum' : 'minimum'} which has no identity`);
  }
  const n = numElements(b.outShape);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = b.values[i * b.blockLen];
    for (let k = 1; k < b.blockLen && !Number.isNaN(best); k++) {
      const v = b.values[i * b.blockLen + k];
      if (Number.isNaN(v) || (isMax ? v > best : v < best)) best = v;
    }
    out[i] = best;
  }
  return finish(a.dtype, b, out, keepdims, a, axes);
}

export function logical(a: NdArray, axis: number[] | null, keepdims: boolean, isAll: boolean): NdArray {
  const axes = normalizeAxes(axis, a.ndim);
  const b = toBlocks(a, axes);
  const n = numElements(b.outShape);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let r = isAll;
    for (let k = 0; k < b.blockLen; k++) {
      if ((b.values[i * b.blockLen + k] !== 0) !== isAll) {
        r = !isAll;
        break;
      }
    }
    out[i] = r ? 1 : 0;
  }
  return finish(np.bool, b, out, keepdims, a, axes);
}

export function argExtremum(a: NdArray, axis: number | null, keepdims: boolean, isMax: boolean): NdArray {
  const name = isMax ? 'argmax' : 'argmin';
  const flat = axis === null;
  const src = flat ? makeArray(a.dtype, [a.size], a.data) : a;
  const ax = flat ? 0 : normalizeAxis(axis, a.ndim);
  const b = toBlocks(src, [ax]);
  if (b.blockLen === 0) throw valueError(`attempt to get ${name} of an empty sequence`);
  const n = numElements(b.outShape);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = b.values[i * b.blockLen];
    let bi = 0;
    for (let k = 1; k < b.blockLen && !Number.isNaN(best); k++) {
      const v = b.values[i * b.blockLen + k];
      if (Number.isNaN(v) || (isMax ? v > best : v < best)) {
        best = v;
        bi = k;
      }
    }
    out[i] = bi;
  }
  let shape = b.outShape;
  if (keepdims) shape = flat ? a.shape.map(() => 1) : a.shape.map((s, i) => (i === ax ? 1 : s));
  return makeArray(np.int64, shape, out);
}

/** cumsum/cumprod along one axis (None flattens first). */
export function cumulative(a: NdArray, axis: number | null, isProd: boolean): NdArray {
  const src = axis === null ? makeArray(a.dtype, [a.size], a.data) : a;
  const ax = axis === null ? 0 : normalizeAxis(axis, a.ndim);
  const t = sumDtype(a.dtype);
  const r = roundFor(t);
  const shape = src.shape;
  const inner = numElements(shape.slice(ax + 1));
  const len = shape[ax];
  const outer = numElements(shape.slice(0, ax));
  const out = new Float64Array(src.size);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      let acc = isProd ? 1 : 0;
      for (let k = 0; k < len; k++) {
        const idx = (o * len + k) * inner + j;
        acc = r(isProd ? acc * src.data[idx] : acc + src.data[idx]);
        out[idx] = acc;
      }
    }
  }
  return makeArray(t, shape.slice(), out);
}
