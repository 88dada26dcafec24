// StridedSlice and Slice: TF's sparse slice spec (begin/end/strides + the five masks) resolved to a
// per-input-dimension (start, step, count) view with numpy's clamping, as TF's
// ValidateStridedSliceOp does, with its error texts; the kernel is an index map.
import { Tensor } from '../tensor.js';
import { defineOp, runOp } from './registry.js';
import { gatherStorage, rangeTable, scatterAdd, separableMap, stridesOf } from './index-map.js';
import { kernelError } from './shape-errors.js';

/** One input dimension's view: `count` elements from `start` by `step`; `shrink` drops the dim. */
export interface DimView {
  start: number;
  step: number;
  count: number;
  shrink: boolean;
}

export interface SliceView {
  dims: DimView[];
  /** Output shape: counts of non-shrunk dims with 1s where new axes were asked for. */
  shape: number[];
}

export interface SparseSpec {
  begin: number[];
  end: number[];
  strides: number[];
  beginMask: number;
  endMask: number;
  ellipsisMask: number;
  newAxisMask: number;
  shrinkAxisMask: number;
}

const bit = (mask: number, i: number): boolean => ((mask >> i) & 1) === 1;

/** Resolves a sparse spec against `shape` (TF's BuildDenseSpec + per-dim canonicalisation). */
export function resolveStridedSlice(shape: readonly number[], spec: SparseSpec, opName = 'StridedSlice', name: string | null = 'strided_slice/'): SliceView {
  const fail = (msg: string) => kernelError(opName, msg, name);
  const n = spec.begin.length;
  let ellipsisSeen = false;
  for (let i = 0; i < n; i++) {
    if (bit(spec.ellipsisMask, i)) {
      if (ellipsisSeen) throw fail('Multiple ellipses in slice spec not allowed');
      ellipsisSeen = true;
    }
  }
  if (shape.length === 0) {
    for (let i = 0; i < n; i++) {
      if (!bit(spec.ellipsisMask, i) && !bit(spec.newAxisMask, i)) throw fail('Attempting to slice scalar input.');
    }
  }
  // Without an ellipsis the spec ends with an implicit one.
  const entries: number[] = [];
  for (let i = 0; i < n; i++) entries.push(i);
  const ellipsisAt = ellipsisSeen ? entries.findIndex((i) => bit(spec.ellipsisMask, i)) : n;
  const real = (i: number) => !bit(spec.newAxisMask, i) && !bit(spec.ellipsisMask, i);
  const afterEllipsis = entries.slice(ellipsisAt + 1).filter(real).length;
  const beforeEllipsis = entries.slice(0, ellipsisAt).filter(real).length;
  const ellipsisDims = Math.max(0, shape.length - beforeEllipsis - afterEllipsis);

  const dims: DimView[] = [];
  const out: number[] = [];
  let d = 0;
  const full = (): void => {
    if (d >= shape.length) throw fail(`Index out of range using input dim ${d}; input has only ${shape.length} dims`);
    dims.push({ start: 0, step: 1, count: shape[d], shrink: false });
    out.push(shape[d]);
    d++;
  };
  for (let i = 0; i <= n; i++) {
    if (i === ellipsisAt) {
      for (let k = 0; k < ellipsisDims; k++) full();
      if (i === n) break;
      continue;
    }
    if (i === n) break;
    if (bit(spec.newAxisMask, i)) {
      out.push(1);
      continue;
    }
    if (d >= shape.length) throw fail(`Index out of range using input dim ${d}; input has only ${shape.length} dims`);
    const dim = shape[d];
    const stride = spec.strides[i];
    if (stride === 0) throw fail(`strides[${i}] must be non-zero`);
    if (bit(spec.shrinkAxisMask, i)) {
      let idx = spec.begin[i];
      if (idx < 0) idx += dim;
      if (idx < 0 || idx >= dim) throw fail(`slice index ${idx} of dimension ${d} out of bounds.`);
      dims.push({ start: idx, step: 1, count: 1, shrink: true });
      d++;
      continue;
    }
    const [lo, hi] = stride > 0 ? [0, dim] : [-1, dim - 1];
    const canonical = (x: number, masked: boolean, isBegin: boolean): number => {
      if (masked) return (stride > 0) === isBegin ? lo : hi;
      const v = x < 0 ? x + dim : x;
      return Math.min(Math.max(v, lo), hi);
    };
    const b = canonical(spec.begin[i], bit(spec.beginMask, i), true);
    const e = canonical(spec.end[i], bit(spec.endMask, i), false);
    const span = e - b;
    const count = (stride > 0 ? span <= 0 : span >= 0) ? 0 : Math.ceil(span / stride);
    dims.push({ start: b, step: stride, count, shrink: false });
    out.push(count);
    d++;
  }
  while (d < shape.length) full();
  return { dims, shape: out };
}

/** The view as an index map over the input's elements. */
export function viewMap(inShape: readonly number[], view: SliceView): Int32Array {
  return separableMap(view.dims.map((v) => rangeTable(v.count, v.start, v.step)), stridesOf(inShape));
}

function viewOp(name: string) {
  return defineOp<SliceView>({
    name,
    infer: ([x], view) => ({ shape: view.shape.slice(), dtype: x.dtype }),
    kernel: (be, [x], view) => gatherStorage(be, x, viewMap(x.shape, view)),
    grad: (dy, [x], _y, view) => [scatterAdd(dy, viewMap(x.shape, view), x.shape)],
    gradCheck: [
      {
        inputs: [{ shape: [3, 4] }],
        attrs: { dims: [{ start: 2, step: -1, count: 2, shrink: false }, { start: 1, step: 2, count: 2, shrink: false }], shape: [2, 1, 2] },
      },
      { inputs: [{ shape: [3, 2] }], attrs: { dims: [{ start: 1, step: 1, count: 1, shrink: true }, { start: 0, step: 1, count: 2, shrink: false }], shape: [2] } },
    ],
  });
}

export const StridedSlice = viewOp('StridedSlice');
export const SliceOp = viewOp('Slice');

export function stridedSlice(x: Tensor, spec: SparseSpec, name: string | null = 'strided_slice/'): Tensor {
  return runOp(StridedSlice, [x], resolveStridedSlice(x.shape, spec, 'StridedSlice', name));
}

/** tf.slice: `size` -1 takes the rest of the dimension. */
export function slice(x: Tensor, begin: number[], size: number[]): Tensor {
  const fail = (msg: string) => kernelError('Slice', msg, null);
  if (begin.length !== x.rank || size.length !== x.rank) {
    throw fail(`Expected begin and size arguments to be 1-D tensors of size ${x.rank}, but got shapes [${begin.length}] and [${size.length}] instead.`);
  }
  const dims: DimView[] = x.shape.map((dim, i) => {
    const b = begin[i];
    const s = size[i] === -1 ? dim - b : size[i];
    if (b < 0 || b > dim) throw fail(`Expected begin[${i}] in [0, ${dim}], but got ${b}`);
    if (s < 0 || s > dim - b) throw fail(`Expected size[${i}] in [0, ${dim - b}], but got ${size[i]}`);
    return { start: b, step: 1, count: s, shrink: false };
  });
  return runOp(SliceOp, [x], { dims, shape: dims.map((v) => v.count) });
}
