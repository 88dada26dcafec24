// Index maps: every pure data-movement op (slices, reverse, tile, pad, gather, concat) is a flat map
// from each output element to the source element it copies (-1: none, the fill value). The native
// kernels apply maps (gatherIndexed / scatterAddIndexed); the gradient of any such op is the
// scatter-add of dy through the same map, and that op's gradient is the gather again.
import type { NativeStorage } from '../native/binding.js';
import type { Backend } from '../backend/backend.js';
import type { DType } from '../dtypes.js';
import { numElements, Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';

export type IndexMapAttrs = { map: Int32Array; shape: number[] };

/** C-order strides in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/**
 * A map whose source coordinate along each input dim depends only on the output coordinate along
 * the same dim: tables[k][o] is the source index for output index o of dim k (-1: outside the
 * source). Output shape is tables' lengths; sources are addressed with `strides`.
 */
export function separableMap(tables: readonly ArrayLike<number>[], strides: readonly number[]): Int32Array {
  const rank = tables.length;
  const out = new Int32Array(numElements(tables.map((t) => t.length)));
  if (out.length === 0) return out;
  if (rank === 0) {
    out[0] = 0;
    return out;
  }
  let pos = 0;
  const last = tables[rank - 1];
  const lastStride = strides[rank - 1];
  const walk = (k: number, base: number): void => {
    if (k === rank - 1) {
      for (let o = 0; o < last.length; o++) {
        const v = last[o];
        out[pos++] = base < 0 || v < 0 ? -1 : base + v * lastStride;
      }
      return;
    }
    const t = tables[k];
    const s = strides[k];
    for (let o = 0; o < t.length; o++) walk(k + 1, base < 0 || t[o] < 0 ? -1 : base + t[o] * s);
  };
  walk(0, 0);
  return out;
}

/** The identity table 0..n-1 shifted by `offset`. */
export const rangeTable = (n: number, offset = 0, step = 1): Int32Array => Int32Array.from({ length: n }, (_, i) => offset + i * step);

/** Applies a map to x's storage; entries < 0 take `fill` (a one-element storage of x's dtype) or zero. */
export function gatherStorage(be: Backend, x: Tensor, map: Int32Array, fill: NativeStorage | null = null): NativeStorage {
  return be.gatherIndexed(x.dtype.code, x.storage, x.size, map, fill);
}

/** A one-element storage of `dtype` holding `value` (pad values). */
export function scalarStorage(be: Backend, dtype: DType, value: number | bigint | boolean): NativeStorage {
  const v = dtype.is64Bit ? BigInt(value) : dtype.name === 'bool' ? Boolean(value) : Number(value);
  return be.fill(dtype.code, 1, v);
}

// Internal ops (no TF counterpart; they never raise user-facing errors): the gradient plumbing.
export const IndexGather = defineOp<IndexMapAttrs>({
  name: '_IndexGather',
  infer: ([x], { shape }) => ({ shape: shape.slice(), dtype: x.dtype }),
  kernel: (be, [x], { map }) => gatherStorage(be, x, map),
  grad: (dy, [x], _y, { map }) => [scatterAdd(dy, map, x.shape)],
  gradCheck: [
    { inputs: [{ shape: [2, 3] }], attrs: { map: Int32Array.from([5, 0, -1, 0]), shape: [2, 2] } },
    { inputs: [{ shape: [4] }], attrs: { map: Int32Array.from([3, 2, 1]), shape: [3] } },
  ],
});

export const IndexScatterAdd = defineOp<IndexMapAttrs>({
  name: '_IndexScatterAdd',
  infer: ([x], { shape }) => ({ shape: shape.slice(), dtype: x.dtype }),
  kernel: (be, [x], { map, shape }) => be.scatterAddIndexed(x.dtype.code, x.storage, map, numElements(shape)),
  grad: (dy, [x], _y, { map }) => [gatherByMap(dy, map, x.shape)],
  gradCheck: [{ inputs: [{ shape: [2, 2] }], attrs: { map: Int32Array.from([5, 0, -1, 0]), shape: [2, 3] } }],
});

/** out[map[i]] += x[i] into zeros of `shape`. */
export const scatterAdd = (x: Tensor, map: Int32Array, shape: readonly number[]): Tensor =>
  runOp(IndexScatterAdd, [x], { map, shape: shape.slice() });

/** out[i] = x[map[i]] with output `shape`. */
export const gatherByMap = (x: Tensor, map: Int32Array, shape: readonly number[]): Tensor =>
  runOp(IndexGather, [x], { map, shape: shape.slice() });
