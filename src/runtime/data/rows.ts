// Row access along axis 0 for the dataset kinds that slice (from_tensor_slices, unbatch) and
// stack (batch), through the public slice/pack/gather ops so every dtype and device works.
// from_tensor_slices hands out LazyRow leaves: shuffle, take, repeat and the like pass them on
// untouched, and batch turns a batch of them into one gather instead of a slice per row and a
// stack. Whatever calls user code or yields to Python materialises them first.
import type { PyValue } from '../../interpreter/objects/core.js';
import { Tensor } from '../tensor.js';
import { stridedSlice } from '../ops/shape-slice.js';
import { stack } from '../ops/shape-layout.js';
import { gather } from '../ops/shape-gather.js';
import { mapNest } from './structure.js';

/** x[i] for 0 <= i < x.shape[0]. */
export function row(x: Tensor, i: number): Tensor {
  return stridedSlice(x, { begin: [i], end: [i + 1], strides: [1], beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 1 });
}

/** Row `index` of `source`, not yet sliced out. */
class LazyRow {
  constructor(
    readonly source: Tensor,
    readonly index: number,
  ) {}
}

export const lazyRow = (source: Tensor, index: number): PyValue => new LazyRow(source, index) as unknown as PyValue;

const leafTensor = (leaf: PyValue): Tensor => {
  const l = leaf as unknown;
  return l instanceof LazyRow ? row(l.source, l.index) : (leaf as Tensor);
};

/** The element with every lazy row sliced out: what user code and Python see. */
export const materialize = (element: PyValue): PyValue => mapNest(element, leafTensor);

/** One batch column: a gather when every leaf is a row of the same source, else the rows
 *  stacked (`conform` first checks or adjusts each row against the first). */
export function batchColumn(leaves: PyValue[], conform: (t: Tensor, first: Tensor) => Tensor): Tensor {
  const first = leaves[0] as unknown;
  if (first instanceof LazyRow && leaves.every((l) => (l as unknown) instanceof LazyRow && (l as unknown as LazyRow).source === first.source)) {
    const indices = Int32Array.from(leaves, (l) => (l as unknown as LazyRow).index);
    return gather(first.source, { values: indices, shape: [indices.length] }, 0, 0);
  }
  const rows = leaves.map(leafTensor);
  return stack(rows.map((t) => conform(t, rows[0])), 0);
}
