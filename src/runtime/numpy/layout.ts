// numpy's memory layout of an ndarray as Python sees it (`.strides`, `.flags`, when reshape or
// ravel can return a view). tfts keeps every array's elements C-ordered; a view records the
// strides numpy would give it (NdArray.npStrides, null for C order), in elements.
import type { NdArray } from './ndarray.js';

/** C-order strides (in elements) of `shape`. */
export function cStrides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let i = shape.length - 1, s = 1; i >= 0; i--) {
    out[i] = s;
    s *= shape[i];
  }
  return out;
}

/** numpy's strides of `a` in elements (its view layout, or C order). */
export function numpyStrides(a: NdArray): number[] {
  return a.npStrides ?? cStrides(a.shape);
}

/** Sets a view's numpy strides (kept only where they differ from C order); returns the view. */
export function withStrides(view: NdArray, strides: number[] | null): NdArray {
  const c = cStrides(view.shape);
  view.npStrides = strides === null || strides.every((s, i) => s === c[i]) ? null : strides;
  return view;
}

/** numpy's C_CONTIGUOUS: strides are C order's, ignoring axes of length 1 (empty arrays are). */
export function isCContiguous(a: NdArray): boolean {
  if (a.npStrides === null || a.size === 0) return true;
  let expected = 1;
  for (let d = a.ndim - 1; d >= 0; d--) {
    if (a.shape[d] === 1) continue;
    if (a.npStrides[d] !== expected) return false;
    expected *= a.shape[d];
  }
  return true;
}

/** numpy's F_CONTIGUOUS: the same from the first axis on. */
export function isFContiguous(a: NdArray): boolean {
  if (a.size === 0) return true;
  const strides = numpyStrides(a);
  let expected = 1;
  for (let d = 0; d < a.ndim; d++) {
    if (a.shape[d] === 1) continue;
    if (strides[d] !== expected) return false;
    expected *= a.shape[d];
  }
  return true;
}
