// Shape manipulation: reshape (with -1), transpose, squeeze, expand_dims, concatenate, stack.
import { noteTransposeView } from './linalg-blas.js';
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { NdArray, asArray, castValues, numElements, numpyStrides, sharedView, withStrides } from './ndarray.js';
import { promoteTypes } from './dtype.js';
import { normalizeAxis } from './errors.js';
import { permute } from './reductions.js';

/** A shape as numpy's messages write it: `(2,2)`, `(3,)`. */
export const shapeText = (s: readonly number[]) => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

/** A shape given as an int, a tuple/list, or (for methods) several ints. */
export function shapeArg(v: PyValue | PyValue[]): number[] {
  if (Array.isArray(v)) return v.length === 1 ? shapeArg(v[0]) : v.map(asIndex);
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(asIndex);
  if (v instanceof NdArray) return Array.from(v.data);
  return [asIndex(v)];
}

export function reshape(a: NdArray, shape: number[]): NdArray {
  const unknown = shape.filter((s) => s === -1).length;
  if (unknown > 1) throw valueError('can only specify one unknown dimension');
  const known = numElements(shape.filter((s) => s !== -1));
  let out = shape.slice();
  if (unknown) {
    if (known === 0 || a.size % known !== 0) throw valueError(`cannot reshape array of size ${a.size} into shape ${shapeText(shape)}`);
    out = shape.map((s) => (s === -1 ? a.size / known : s));
  }
  if (numElements(out) !== a.size) throw valueError(`cannot reshape array of size ${a.size} into shape ${shapeText(shape)}`);
  return reshapedView(a, out);
}

/** `a` in `shape` (same size) as numpy's reshape gives it: a view where numpy's layout of `a`
 *  allows one, else a view of a copy. */
export function reshapedView(a: NdArray, shape: number[]): NdArray {
  if (a.npStrides === null) return sharedView(a, shape);
  const strides = a.size === 0 ? null : nocopyStrides(a.shape, a.npStrides, shape);
  // numpy reshapes a C-ordered copy, so the result is a view of that (hidden) copy.
  if (strides === null && a.size !== 0) return sharedView(new NdArray(a.dtype, a.shape.slice(), a.data.slice()), shape);
  return withStrides(sharedView(a, shape), strides);
}

/** The strides (in elements) a view of an array with `oldShape`/`oldStrides` takes in `newShape`,
 *  or null where numpy must copy: each run of old axes that the new shape merges or splits has to
 *  be contiguous within itself (numpy's no-copy reshape rule; size-1 axes never matter). */
export function nocopyStrides(oldShape: readonly number[], oldStrides: readonly number[], newShape: readonly number[]): number[] | null {
  const dims: number[] = [];
  const steps: number[] = [];
  oldShape.forEach((d, i) => {
    if (d !== 1) {
      dims.push(d);
      steps.push(oldStrides[i]);
    }
  });
  const out = new Array<number>(newShape.length).fill(0);
  let oi = 0;
  let ni = 0;
  while (ni < newShape.length && oi < dims.length) {
    let oj = oi + 1;
    let nj = ni + 1;
    let oldRun = dims[oi];
    let newRun = newShape[ni];
    while (oldRun !== newRun) {
      if (newRun < oldRun) newRun *= newShape[nj++];
      else oldRun *= dims[oj++];
    }
    for (let k = oi; k < oj - 1; k++) if (steps[k] !== dims[k + 1] * steps[k + 1]) return null;
    out[nj - 1] = steps[oj - 1];
    for (let k = nj - 1; k > ni; k--) out[k - 1] = out[k] * newShape[k];
    ni = nj;
    oi = oj;
  }
  // Trailing size-1 axes of the new shape take the last stride.
  const last = ni > 0 ? out[ni - 1] : 1;
  for (let k = ni; k < newShape.length; k++) out[k] = last;
  return out;
}

export function transpose(a: NdArray, axes: number[] | null): NdArray {
  const perm = axes === null ? [...Array(a.ndim).keys()].reverse() : axes.map((x) => normalizeAxis(x, a.ndim));
  if (perm.length !== a.ndim) throw valueError("axes don't match array");
  if (new Set(perm).size !== perm.length) throw valueError('repeated axis in transpose');
  const r = new NdArray(a.dtype, perm.map((p) => a.shape[p]), castValues(permute(a.data, a.shape, perm), a.dtype));
  // numpy's transpose of a matrix is F-ordered, and its matmul picks its BLAS kernel by that.
  if (a.ndim === 2 && perm[0] === 1) noteTransposeView(r, a);
  return r;
}

export function squeeze(a: NdArray, axis: number[] | null): NdArray {
  const axes = axis === null ? null : axis.map((x) => normalizeAxis(x, a.ndim));
  for (const ax of axes ?? []) {
    if (a.shape[ax] !== 1) throw valueError('cannot select an axis to squeeze out which has size not equal to one');
  }
  const keep = (s: number, i: number) => (axes === null ? s !== 1 : !axes.includes(i));
  const strides = numpyStrides(a);
  return withStrides(sharedView(a, a.shape.filter(keep)), strides.filter((_, i) => keep(a.shape[i], i)));
}

export function expandDims(a: NdArray, axis: number[]): NdArray {
  const nd = a.ndim + axis.length;
  const axes = axis.map((x) => normalizeAxis(x, nd));
  const shape: number[] = [];
  let k = 0;
  for (let i = 0; i < nd; i++) shape.push(axes.includes(i) ? 1 : a.shape[k++]);
  return reshapedView(a, shape);
}

export function arraysArg(v: PyValue): NdArray[] {
  if (v instanceof NdArray) {
    const rows: NdArray[] = [];
    const inner = v.shape.slice(1);
    const n = numElements(inner);
    for (let i = 0; i < v.shape[0]; i++) rows.push(new NdArray(v.dtype, inner, v.data.slice(i * n, (i + 1) * n)));
    return rows;
  }
  return iterToArray(v).map((x) => asArray(x));
}

export function concatenate(arrays: NdArray[], axis: number | null): NdArray {
  if (arrays.length === 0) throw valueError('need at least one array to concatenate');
  if (axis === null) arrays = arrays.map((a) => new NdArray(a.dtype, [a.size], a.data));
  const first = arrays[0];
  if (first.ndim === 0) throw valueError('zero-dimensional arrays cannot be concatenated');
  const ax = normalizeAxis(axis ?? 0, first.ndim);
  arrays.forEach((a, i) => {
    if (a.ndim !== first.ndim) {
      throw valueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`,
      );
    }
    for (let d = 0; d < first.ndim; d++) {
      if (d !== ax && a.shape[d] !== first.shape[d]) {
        throw valueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${first.shape[d]} and the array at index ${i} has size ${a.shape[d]}`,
        );
      }
    }
  });
  const dtype = arrays.map((a) => a.dtype).reduce(promoteTypes);
  const shape = first.shape.slice();
  shape[ax] = arrays.reduce((n, a) => n + a.shape[ax], 0);
  const outer = numElements(first.shape.slice(0, ax));
  const out = new dtype.Storage(numElements(shape));
  let pos = 0;
  for (let o = 0; o < outer; o++) {
    for (const a of arrays) {
      const chunk = numElements(a.shape.slice(ax));
      const vals = a.dtype === dtype ? a.data : castValues(a.data, dtype);
      out.set(vals.subarray(o * chunk, (o + 1) * chunk), pos);
      pos += chunk;
    }
  }
  return new NdArray(dtype, shape, out);
}

export function stack(arrays: NdArray[], axis: number): NdArray {
  if (arrays.length === 0) throw valueError('need at least one array to stack');
  const shape = arrays[0].shape;
  if (arrays.some((a) => a.shape.length !== shape.length || a.shape.some((s, i) => s !== shape[i]))) {
    throw valueError('all input arrays must have the same shape');
  }
  const ax = normalizeAxis(axis, shape.length + 1);
  return concatenate(arrays.map((a) => expandDims(a, [ax])), ax);
}

export const atLeast2d = (a: NdArray): NdArray => (a.ndim === 0 ? reshape(a, [1, 1]) : a.ndim === 1 ? reshape(a, [1, a.shape[0]]) : a);
export const atLeast1d = (a: NdArray): NdArray => (a.ndim === 0 ? reshape(a, [1]) : a);

