// Shared pieces of the shape-extras functions: strided selections expressed as element offsets
// (ndarrays keep C-ordered data, so a numpy view is a copy that writes back through viewOf),
// axis checks worded as numpy words them, and operand conversion.
import { noteTransposeView } from './linalg-blas.js';
import { permuteInto } from './permute-copy.js';
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { NdArray, markStridedView, numElements, numpyStrides, sharedView, withStrides } from './ndarray.js';
import { axisErrorType } from './errors.js';
import { operandOrThrow } from './ufuncs.js';

export const arr = (v: PyValue): NdArray => operandOrThrow(v).arr;

/** Offsets of the elements of a strided layout (shape, strides in elements, start offset). */
export function stridedOffsets(shape: readonly number[], strides: readonly number[], start: number): Float64Array {
  const n = numElements(shape);
  const out = new Float64Array(n);
  if (n === 0) return out;
  const nd = shape.length;
  const last = nd ? shape[nd - 1] : 1;
  const step = nd ? strides[nd - 1] : 0;
  const idx = new Array<number>(nd).fill(0);
  let off = start;
  // The innermost axis in a tight loop; an odometer over the outer ones.
  for (let k = 0; k < n; k += last) {
    for (let j = 0, o = off; j < last; j++, o += step) out[k + j] = o;
    for (let d = nd - 2; d >= 0; d--) {
      off += strides[d];
      if (++idx[d] < shape[d]) break;
      off -= strides[d] * idx[d];
      idx[d] = 0;
    }
  }
  return out;
}

/** The elements of `a` at `offsets`, shaped `shape`: a copy. */
export function takeOffsets(a: NdArray, shape: number[], offsets: ArrayLike<number>): NdArray {
  const out = new a.dtype.Storage(offsets.length);
  for (let i = 0; i < offsets.length; i++) out[i] = a.data[offsets[i]];
  return new NdArray(a.dtype, shape, out);
}

/** Views of more elements than this are plain copies: keeping their offsets for write-back
 *  would hold 8 bytes per element (a moveaxis of a 60000x28x28 dataset would keep 376 MB). */
const MAX_WRITE_BACK_VIEW = 1 << 22;

/** A numpy view: the selected elements, written back into `a` when changed in place. */
export function viewAt(a: NdArray, shape: number[], offsets: Float64Array): NdArray {
  const r = takeOffsets(a, shape, offsets);
  if (offsets.length <= MAX_WRITE_BACK_VIEW) markStridedView(r, a, offsets);
  else r.npBase = a.npBase ?? a;
  return r;
}

/** The view of `a` with its axes in the order `perm` (transpose/swapaxes/moveaxis). */
/** A strided selection copied straight into a new array (no offset table), innermost axis in a tight loop. */
export function stridedCopy(a: NdArray, shape: number[], strides: number[], start: number): NdArray {
  const n = numElements(shape);
  const out = new a.dtype.Storage(n);
  if (n === 0) return new NdArray(a.dtype, shape, out);
  const nd = shape.length;
  const last = nd ? shape[nd - 1] : 1;
  const step = nd ? strides[nd - 1] : 0;
  const idx = new Array<number>(nd).fill(0);
  let off = start;
  for (let k = 0; k < n; k += last) {
    for (let j = 0, o = off; j < last; j++, o += step) out[k + j] = a.data[o];
    for (let d = nd - 2; d >= 0; d--) {
      off += strides[d];
      if (++idx[d] < shape[d]) break;
      off -= strides[d] * idx[d];
      idx[d] = 0;
    }
  }
  return new NdArray(a.dtype, shape, out);
}

export function permutedView(a: NdArray, perm: number[]): NdArray {
  const source = numpyStrides(a);
  const r = withStrides(permutedCopy(a, perm), perm.map((p) => source[p]));
  // numpy's transpose of a matrix is F-ordered, and its matmul picks its BLAS kernel by that.
  if (a.ndim === 2 && perm[0] === 1) noteTransposeView(r, a);
  return r;
}

function permutedCopy(a: NdArray, perm: number[]): NdArray {
  // Moving only size-1 axes keeps the element order: a reshape sharing memory, as numpy's view does.
  const moved = perm.filter((p) => a.shape[p] !== 1);
  if (moved.every((p, i) => i === 0 || p > moved[i - 1])) return sharedView(a, perm.map((p) => a.shape[p]));
  // Copied in tiles (permute-copy.ts): a plain strided walk of a big array misses the cache on every read.
  const shape = perm.map((p) => a.shape[p]);
  const data = new a.dtype.Storage(a.size);
  permuteInto(a.data, a.shape, perm, data);
  const r = new NdArray(a.dtype, shape, data);
  r.npBase = a.npBase ?? a;
  if (a.size <= MAX_WRITE_BACK_VIEW) {
    // Where each element came from, for the write-back: the same permutation of 0, 1, 2, ...
    const positions = new Float64Array(a.size);
    for (let i = 0; i < a.size; i++) positions[i] = i;
    const offsets = new Float64Array(a.size);
    permuteInto(positions, a.shape, perm, offsets);
    markStridedView(r, a, offsets);
  }
  return r;
}

/** numpy.exceptions.AxisError, with the argument-name prefix some functions add. */
export function axisErr(axis: number, ndim: number, prefix: string | null = null): PyBaseException {
  return new PyBaseException(axisErrorType, [`${prefix ? `${prefix}: ` : ''}axis ${axis} is out of bounds for array of dimension ${ndim}`]);
}
export function normAxis(axis: number, ndim: number, prefix: string | null = null): number {
  if (axis < -ndim || axis >= ndim) throw axisErr(axis, ndim, prefix);
  return axis < 0 ? axis + ndim : axis;
}

/** An int or a sequence of ints. */
export function intList(v: PyValue): number[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(asIndex);
  if (v instanceof NdArray) return Array.from(v.data);
  return [asIndex(v)];
}
export const isSeq = (v: PyValue) => v instanceof PyTuple || v instanceof PyList || v instanceof NdArray;
