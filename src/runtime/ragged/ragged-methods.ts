// The Python face of tf.RaggedTensor: printing, partition accessors (values, row_splits,
// row_lengths(), ...), to_tensor/to_list, indexing and iteration of rows, and the operators
// (routed through the tf functions, which dispatch ragged arguments: ragged-dispatch.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import { Ellipsis, PyList, PyTuple, PySlice } from '../../interpreter/objects/values.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { indexError, valueError } from '../../interpreter/objects/exceptions.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { getIterator, iterToArray } from '../../interpreter/ops/iter.js';
import { sliceIndices as resolveSlice } from '../../interpreter/ops/items.js';
import { call } from '../../interpreter/ops/call.js';
import { getAttr } from '../../interpreter/ops/attr.js';
import { dtypes } from '../dtypes.js';
import { numElements, Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { concat as concatTensors } from '../ops/shape-layout.js';
import { kernelError } from '../ops/shape-errors.js';
import { TensorShape } from '../tensor-shape.js';
import { StringTensor, stringsOf } from '../strings/string-tensor.js';
import { tensorToNumpy } from '../numpy-lite.js';
import { raggedText } from './ragged-text.js';
import { raggedNumpy } from './ragged-numpy.js';
import { batchRaggedRows } from './ragged-rows.js';
import { makeSparse } from '../sparse/sparse-tensor.js';
import { RaggedTensor, raggedTensorType, rowOf, rowRanges, selectRows, splitsTensor, takeRows } from './ragged-tensor.js';

const rt = (v: PyValue) => v as RaggedTensor;
const int64s = (xs: number[], like: RaggedTensor) => splitsTensor(xs, like.splitsDtype, like.flatValues.device);

raggedTensorType.construct = () => {
  throw valueError('RaggedTensor constructor is private; please use one of the factory methods instead (e.g., RaggedTensor.from_row_lengths())');
};

defineMethod(raggedTensorType, '__repr__', (self) => raggedText(rt(self)));
defineMethod(raggedTensorType, '__str__', (self) => raggedText(rt(self)));

defineGetter(raggedTensorType, 'dtype', (self) => rt(self).dtype);
defineGetter(raggedTensorType, 'shape', (self) => new TensorShape(rt(self).shapeDims()));
defineMethod(raggedTensorType, 'get_shape', (self) => new TensorShape(rt(self).shapeDims()));
defineGetter(raggedTensorType, 'ragged_rank', (self) => rt(self).raggedRank);
defineGetter(raggedTensorType, 'values', (self) => rt(self).values());
defineGetter(raggedTensorType, 'flat_values', (self) => rt(self).flatValues);
defineGetter(raggedTensorType, 'row_splits', (self) => rt(self).nestedSplits[0]);
defineGetter(raggedTensorType, 'nested_row_splits', (self) => new PyTuple(rt(self).nestedSplits.slice()));
defineGetter(raggedTensorType, 'row_splits_dtype', (self) => rt(self).splitsDtype);
defineGetter(raggedTensorType, 'device', (self) => rt(self).flatValues.device);
defineGetter(raggedTensorType, 'uniform_row_length', (self) => {
  const length = rt(self).uniformLengths[0];
  return length === null ? null : scalarOf(length, rt(self));
});

const lengths = (r: RaggedTensor) => rowRanges(r).map(([a, b]) => b - a);
defineMethod(raggedTensorType, 'row_lengths', (self) => int64s(lengths(rt(self)), rt(self)));
defineMethod(raggedTensorType, 'nested_row_lengths', (self) => {
  const r = rt(self);
  return new PyTuple(r.nestedSplits.map((_, l) => int64s(r.splits(l).slice(1).map((v, i) => v - r.splits(l)[i]), r)));
});
defineMethod(raggedTensorType, 'row_starts', (self) => int64s(rt(self).splits().slice(0, -1), rt(self)));
defineMethod(raggedTensorType, 'row_limits', (self) => int64s(rt(self).splits().slice(1), rt(self)));
defineMethod(raggedTensorType, 'nrows', (self) => scalarOf(rt(self).nrows(), rt(self)));
defineMethod(raggedTensorType, 'value_rowids', (self) => int64s(rowRanges(rt(self)).flatMap(([a, b], i) => new Array<number>(b - a).fill(i)), rt(self)));

function scalarOf(n: number, like: RaggedTensor): Tensor {
  return tensorFromValues(like.splitsDtype === dtypes.int64 ? [BigInt(n)] : [n], [], like.splitsDtype, like.flatValues.device);
}

/** The smallest dense shape that holds every row: [nrows, longest row per ragged level, inner dims]. */
export function boundingShape(r: RaggedTensor): number[] {
  const dims = [r.nrows()];
  r.nestedSplits.forEach((_, l) => {
    const s = r.splits(l);
    dims.push(s.length < 2 ? 0 : Math.max(0, ...s.slice(1).map((v, i) => v - s[i])));
  });
  return [...dims, ...r.flatValues.shape.slice(1)];
}
defineMethod(raggedTensorType, 'bounding_shape', (self) => int64s(boundingShape(rt(self)), rt(self)));

/** For every position of a dense [shape] array, the flat value row it takes, or -1 (padding). */
function denseIndex(r: RaggedTensor, shape: number[]): number[] {
  const levels = r.nestedSplits.map((_, l) => r.splits(l));
  const out: number[] = [];
  const walk = (level: number, row: number, dimLeft: number[]): void => {
    // `row` is a row of partition `level`; fill dimLeft[0] slots from its children.
    const s = levels[level];
    const start = row < 0 ? 0 : s[row];
    const len = row < 0 ? 0 : s[row + 1] - s[row];
    for (let j = 0; j < dimLeft[0]; j++) {
      const child = j < len ? start + j : -1;
      if (level + 1 < levels.length) walk(level + 1, child, dimLeft.slice(1));
      else out.push(child);
    }
  };
  const outerRows = shape[0];
  for (let i = 0; i < outerRows; i++) walk(0, i < r.nrows() ? i : -1, shape.slice(1, 1 + levels.length));
  return out;
}

/** rt.to_tensor(default_value, shape): rows padded (or cut) to the bounding or given shape. */
export function toDense(r: RaggedTensor, defaultValue: PyValue, shapeArg: PyValue): Tensor {
  const bound = boundingShape(r);
  let shape = bound;
  if (shapeArg !== null) {
    const given = shapeArg instanceof TensorShape ? shapeArg.dims : iterToArray(shapeArg).map((d) => (d === null ? null : asIndex(d)));
    if (given.length !== bound.length) throw valueError(`shape=${JSON.stringify(given).replaceAll('null', 'None').replaceAll(',', ', ')} has rank ${given.length}, but the RaggedTensor has rank ${bound.length}`);
    shape = bound.map((d, i) => given[i] ?? d);
  }
  const levels = r.raggedRank;
  const inner = r.flatValues.shape.slice(1);
  const index = denseIndex(r, shape.slice(0, levels + 1));
  const fill = defaultValue === null ? null : toTensor(defaultValue, r.dtype);
  const innerSize = numElements(inner);
  if (r.dtype === dtypes.string) {
    const flat = stringsOf(r.flatValues);
    const pad = fill === null ? new Uint8Array(0) : stringsOf(fill)[0];
    const out = index.flatMap((row) => Array.from({ length: innerSize }, (_, k) => (row < 0 ? pad : flat[row * innerSize + k])));
    return new StringTensor(out, shape, r.flatValues.device);
  }
  const padRow = api.reshape(api.broadcastTo(fill ?? api.fill([], r.dtype, 0), inner), [1, ...inner]);
  const source = api.reshape(concatTensors([r.flatValues, padRow], 0), [r.flatValues.shape[0] + 1, ...inner]);
  const padAt = r.flatValues.shape[0];
  return api.reshape(takeRows(source, index.map((row) => (row < 0 ? padAt : row))), shape);
}

const toDenseParams = pyParams('to_tensor', ['default_value', 'name', 'shape'], { default_value: null, name: null, shape: null });
defineMethod(raggedTensorType, 'to_tensor', (self, args, kwargs) => {
  const p = toDenseParams(args, kwargs);
  return toDense(rt(self), p.default_value, p.shape);
});

/** Nested Python lists of the values (bytes for strings, Python scalars otherwise). */
defineMethod(raggedTensorType, 'to_list', (self) => {
  const r = rt(self);
  // Python scalars (bytes for strings), one entry per row of the flat values.
  const flat: PyValue[] =
    r.dtype === dtypes.string ? stringsOf(r.flatValues).map((b) => new PyBytes(b)) : (call(getAttr(tensorToNumpy(r.flatValues), 'tolist'), [], null) as PyList).items;
  const build = (level: number, a: number, b: number): PyValue[] => {
    const out: PyValue[] = [];
    if (level === r.raggedRank) return flat.slice(a, b);
    const s = r.splits(level);
    for (let i = a; i < b; i++) out.push(new PyList(build(level + 1, s[i], s[i + 1])));
    return out;
  };
  return new PyList(build(0, 0, r.nrows()));
});

defineMethod(raggedTensorType, 'numpy', (self) => raggedNumpy(rt(self)));

defineMethod(raggedTensorType, 'with_values', (self, args) => withValues(rt(self), args[0], false));
defineMethod(raggedTensorType, 'with_flat_values', (self, args) => withValues(rt(self), args[0], true));

function withValues(r: RaggedTensor, v: PyValue, flat: boolean): RaggedTensor {
  if (flat || r.raggedRank === 1) {
    if (v instanceof RaggedTensor) return new RaggedTensor(v.flatValues, [r.nestedSplits[0], ...v.nestedSplits]);
    return r.withFlatValues(toTensor(v));
  }
  if (!(v instanceof RaggedTensor)) return new RaggedTensor(toTensor(v), [r.nestedSplits[0]]);
  return new RaggedTensor(v.flatValues, [r.nestedSplits[0], ...v.nestedSplits]);
}

// Indexing: an int or slice picks rows; a second key slices every row (ints there would index an
// inner ragged dimension, which TF refuses).
function rowIndex(r: RaggedTensor, key: PyValue): number {
  const n = r.nrows();
  const i = asIndex(key);
  if (i >= n) throw indexError(`Row key ${i} out of bounds`);
  // Negative keys go through TF's strided slice, which words the error itself.
  if (i < -n) throw kernelError('StridedSlice', `slice index ${i + n} of dimension 0 out of bounds.`, 'strided_slice/');
  return i < 0 ? i + n : i;
}

function sliceIndices(slice: PySlice, n: number): number[] {
  const [start, stop, step] = resolveSlice(slice, n);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

function sliceEachRow(r: RaggedTensor, slice: PySlice): RaggedTensor {
  const splits = [0];
  const keep: number[] = [];
  for (const [a, b] of rowRanges(r)) {
    const picked = sliceIndices(slice, b - a).map((j) => a + j);
    keep.push(...picked);
    splits.push(splits[splits.length - 1] + picked.length);
  }
  const values = r.values();
  const inner = values instanceof RaggedTensor ? selectRows(values, keep) : takeRows(values, keep);
  const outer = int64s(splits, r);
  return inner instanceof RaggedTensor ? new RaggedTensor(inner.flatValues, [outer, ...inner.nestedSplits]) : new RaggedTensor(inner, [outer]);
}

/** Dense indexing of a tensor (a row, or flat values with a leading full slice). */
const denseItem = (t: Tensor, keys: PyValue[]): PyValue => call(getAttr(t, '__getitem__'), [new PyTuple(keys)], null);

/** Keys for the dimensions after the first of a batch of rows (TF's _ragged_getitem_inner_dimensions):
 *  a slice cuts every row, the keys after it apply to the values; an int may only index a uniform
 *  dimension. */
function innerItem(r: RaggedTensor, keys: PyValue[]): RaggedTensor {
  if (keys.length === 0) return r;
  const [k, ...rest] = keys;
  if (!(k instanceof PySlice)) throw valueError('Cannot index into an inner ragged dimension.');
  const sliced = sliceEachRow(r, k);
  if (rest.length === 0) return sliced;
  const values = sliced.values();
  const inner = values instanceof RaggedTensor ? innerItem(values, rest) : denseItem(values, [new PySlice(null, null, null), ...rest]);
  return withValues(sliced, inner, false);
}

export function raggedGetItem(r: RaggedTensor, key: PyValue): PyValue {
  let keys = key instanceof PyTuple ? key.items.slice() : [key];
  const rank = r.raggedRank + r.flatValues.rank;
  const ellipsis = keys.indexOf(Ellipsis);
  if (ellipsis >= 0) {
    const fill = Array.from({ length: Math.max(0, rank - (keys.length - 1)) }, () => new PySlice(null, null, null) as PyValue);
    keys = [...keys.slice(0, ellipsis), ...fill, ...keys.slice(ellipsis + 1)];
  }
  if (keys.length === 0) return r;
  const [first, ...rest] = keys;
  if (first === null) {
    if (rest.length > 0) throw valueError('tfts supports tf.newaxis only as the only index of a RaggedTensor');
    return batchRaggedRows([r]);
  }
  if (first instanceof PySlice) return innerItem(selectRows(r, sliceIndices(first, r.nrows())), rest);
  const row = rowOf(r, rowIndex(r, first));
  if (rest.length === 0) return row;
  return row instanceof RaggedTensor ? raggedGetItem(row, new PyTuple(rest)) : denseItem(row, rest);
}

defineMethod(raggedTensorType, '__getitem__', (self, args) => raggedGetItem(rt(self), args[0]));
defineMethod(raggedTensorType, '__iter__', (self) => {
  const r = rt(self);
  return getIterator(new PyList(Array.from({ length: r.nrows() }, (_, i) => rowOf(r, i))));
});

/** rt.merge_dims(outer_axis, inner_axis): dimensions outer..inner become one. */
const mergeParams = pyParams('merge_dims', ['outer_axis', 'inner_axis'], {});
defineMethod(raggedTensorType, 'merge_dims', (self, args, kwargs) => {
  const r = rt(self);
  const p = mergeParams(args, kwargs);
  const rank = r.raggedRank + r.flatValues.rank;
  const norm = (v: PyValue) => {
    const a = asIndex(v);
    if (a < -rank || a >= rank) throw valueError(`axis=${a} out of bounds: expected ${-rank}<=axis<${rank}`);
    return a < 0 ? a + rank : a;
  };
  const [outer, inner] = [norm(p.outer_axis), norm(p.inner_axis)];
  if (outer > inner) throw valueError(`Expected outer_axis (${outer}) to be less than or equal to inner_axis (${inner})`);
  if (outer === inner) return r;
  if (outer !== 0 || inner < r.raggedRank) throw valueError('tfts merges a RaggedTensor\'s dimensions from axis 0 through a uniform axis only');
  const flat = r.flatValues;
  const keep = inner - r.raggedRank; // uniform dims of the flat values merged in as well
  const merged = flat.shape.slice(0, keep + 1).reduce((a, b) => a * b, 1);
  return api.reshape(flat, [merged, ...flat.shape.slice(keep + 1)]);
});

/** rt.to_sparse(): one entry per value, at its [row, position...] coordinates. */
defineMethod(raggedTensorType, 'to_sparse', (self) => {
  const r = rt(self);
  const coords: number[][] = [];
  const walk = (level: number, row: number, prefix: number[]): void => {
    const s = r.splits(level);
    for (let j = 0; j < s[row + 1] - s[row]; j++) {
      const at = [...prefix, j];
      if (level + 1 < r.raggedRank) walk(level + 1, s[row] + j, at);
      else coords.push(at);
    }
  };
  for (let i = 0; i < r.nrows(); i++) walk(0, i, [i]);
  const inner = r.flatValues.shape.slice(1);
  if (inner.length > 0) throw valueError('tfts converts ragged tensors without uniform inner dimensions to sparse only');
  const values = r.dtype === dtypes.string ? stringsOf(r.flatValues).slice() : Array.from(r.flatValues.values() as ArrayLike<number | bigint>);
  return makeSparse(coords, values, boundingShape(r), r.dtype, r.flatValues.device);
});
