// Elementwise steps for the numpy functions written in Python (gradient, cov, trapezoid, ...):
// each step is the ufunc numpy's code calls, with NEP 50 promotion, so intermediate roundings and
// dtypes come out as numpy's do. Python scalars stay Python scalars (weak) until they meet an array.
import { PyValue } from '../../interpreter/objects/core.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { NdArray, makeArray, numElements } from './ndarray.js';
import { BinaryUfunc, Operand, add, applyBinary, multiply, operandOrThrow, subtract, trueDivide } from './ufuncs.js';
import { stridesOf } from '../ops/index-map.js';
import * as S from './shape.js';

export const opnd = (v: PyValue): Operand => operandOrThrow(v);
export const strongOf = (a: NdArray): Operand => ({ arr: a, weak: null, py: a });
export const pyFloat = (x: number): Operand => operandOrThrow(new PyFloat(x));

/** One binary step; two Python scalars combine as Python numbers would. */
export function step(u: BinaryUfunc, x: Operand, y: Operand): Operand {
  if (x.weak && y.weak) {
    const a = x.arr.data[0];
    const b = y.arr.data[0];
    const v = u === add ? a + b : u === subtract ? a - b : u === multiply ? a * b : a / b;
    const isFloat = u === trueDivide || x.weak === 'float' || y.weak === 'float';
    return isFloat ? pyFloat(v) : operandOrThrow(v);
  }
  return strongOf(applyBinary(u, x, y));
}
export const addO = (x: Operand, y: Operand) => step(add, x, y);
export const subO = (x: Operand, y: Operand) => step(subtract, x, y);
export const mulO = (x: Operand, y: Operand) => step(multiply, x, y);
export const divO = (x: Operand, y: Operand) => step(trueDivide, x, y);

/** a[..., start:stop, ...] along `axis` (a copy). */
export function sliceAxis(a: NdArray, axis: number, start: number, stop: number): NdArray {
  const len = a.shape[axis];
  const lo = Math.max(0, start < 0 ? start + len : start);
  const hi = Math.min(len, stop < 0 ? stop + len : stop);
  const n = Math.max(0, hi - lo);
  const shape = a.shape.slice();
  shape[axis] = n;
  const inner = numElements(a.shape.slice(axis + 1));
  const outer = numElements(a.shape.slice(0, axis));
  const out = new a.dtype.Storage(outer * n * inner);
  for (let o = 0; o < outer; o++) {
    out.set(a.data.subarray((o * len + lo) * inner, (o * len + hi) * inner), o * n * inner);
  }
  return new NdArray(a.dtype, shape, out);
}

/** np.diff(a, axis=axis) for n = 1. */
export const diffAxis = (a: NdArray, axis: number): NdArray =>
  applyBinary(subtract, strongOf(sliceAxis(a, axis, 1, a.shape[axis])), strongOf(sliceAxis(a, axis, 0, -1)));

/** Moves `axis` to the end (and back with `fromLast`). */
export const toLast = (a: NdArray, axis: number): NdArray => {
  const perm = a.shape.map((_, k) => k).filter((k) => k !== axis);
  return S.transpose(a, [...perm, axis]);
};
export const fromLast = (a: NdArray, axis: number): NdArray => {
  const perm = a.shape.map((_, k) => k).slice(0, -1);
  perm.splice(axis, 0, a.ndim - 1);
  return S.transpose(a, perm);
};

/** Writes `src` (shape with `axis` of length hi-lo) into out[..., lo:hi, ...] converting to out's dtype. */
export function assignAxis(out: NdArray, axis: number, lo: number, src: NdArray): void {
  const vals = src.dtype === out.dtype ? src.data : makeArray(out.dtype, src.shape, src.data).data;
  const len = out.shape[axis];
  const n = src.shape[axis];
  const inner = numElements(out.shape.slice(axis + 1));
  const outer = numElements(out.shape.slice(0, axis));
  for (let o = 0; o < outer; o++) out.data.set(vals.subarray(o * n * inner, (o + 1) * n * inner), (o * len + lo) * inner);
}

export { stridesOf };
