// Copies and edits along an axis: copy, astype, ascontiguousarray, append, insert, delete,
// diff, ediff1d and resize.
import type { PyValue } from '../../interpreter/objects/core.js';
import { indexError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PySlice } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { sliceIndices } from '../../interpreter/ops/items.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { str } from '../../interpreter/ops/text.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg } from './dtype.js';
import { NdArray, NumpyScalar, arrayFromPy, castValues, makeArray, numElements, wrapResult } from './ndarray.js';
import * as S from './shape.js';
import { stridesOf } from '../ops/index-map.js';
import { arr, normAxis, stridedOffsets } from './shape-extras-util.js';
import { moveaxis, broadcastTo } from './shape-extras-axes.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

const ravel = (a: NdArray) => new NdArray(a.dtype, [a.size], a.data);

/** The sub-arrays of `a` at positions `pick` along `axis`, in that order (np.take along an axis). */
export function takeAlong(a: NdArray, pick: number[], axis: number): NdArray {
  const shape = a.shape.slice();
  shape[axis] = pick.length;
  const outer = numElements(a.shape.slice(0, axis));
  const inner = numElements(a.shape.slice(axis + 1));
  const out = new a.dtype.Storage(outer * pick.length * inner);
  let k = 0;
  for (let o = 0; o < outer; o++) {
    for (const p of pick) {
      const base = (o * a.shape[axis] + p) * inner;
      for (let i = 0; i < inner; i++) out[k++] = a.data[base + i];
    }
  }
  return new NdArray(a.dtype, shape, out);
}

const outOfBounds = (index: string | number, axis: number, size: number) => indexError(`index ${index} is out of bounds for axis ${axis} with size ${size}`);

function deleteItems(a0: NdArray, obj: PyValue, axisV: PyValue): NdArray {
  const a = axisV === null ? ravel(a0) : a0;
  const axis = axisV === null ? 0 : normAxis(asIndex(axisV), a.ndim);
  const n = a.shape[axis];
  const keep = new Uint8Array(n).fill(1);
  if (obj instanceof PySlice) {
    const [start, , step, count] = sliceIndices(obj, n);
    for (let i = 0; i < count; i++) keep[start + i * step] = 0;
  } else if (typeof obj === 'number' || typeof obj === 'bigint' || obj instanceof NumpyScalar) {
    const i = Number(obj instanceof NumpyScalar ? obj.value : obj);
    if (i < -n || i >= n) throw outOfBounds(i, axis, n);
    keep[i < 0 ? i + n : i] = 0;
  } else {
    const idx = arr(obj);
    if (idx.dtype.kind === 'b') {
      if (idx.ndim !== 1 || idx.size !== n) {
        throw valueError(`boolean array argument obj to delete must be one dimensional and match the axis length of ${n}`);
      }
      idx.data.forEach((x, i) => (keep[i] = x ? 0 : 1));
    } else {
      if (idx.size > 0 && !idx.dtype.isInt) throw indexError('arrays used as indices must be of integer (or boolean) type');
      for (const i of idx.data) {
        if (i < -n || i >= n) throw outOfBounds(i, axis, n);
        keep[i < 0 ? i + n : i] = 0;
      }
    }
  }
  const pick: number[] = [];
  keep.forEach((k, i) => k && pick.push(i));
  return takeAlong(a, pick, axis);
}

/** Writes `values` broadcast over the slots of `out` along `axis` at `positions`. */
function fillSlots(out: NdArray, axis: number, positions: number[], values: NdArray): void {
  const slotShape = out.shape.slice();
  slotShape[axis] = positions.length;
  const shape = broadcastShapes(values.shape, slotShape);
  if (shape.length !== slotShape.length || shape.some((s, i) => s !== slotShape[i])) {
    throw valueError(`shape mismatch: value array of shape ${S.shapeText(values.shape)} could not be broadcast to indexing result of shape ${S.shapeText(slotShape)}`);
  }
  const map = broadcastIndex(values.shape, slotShape);
  const vals = castValues(values.data, out.dtype);
  const outer = numElements(out.shape.slice(0, axis));
  const inner = numElements(out.shape.slice(axis + 1));
  let k = 0;
  for (let o = 0; o < outer; o++) {
    for (const p of positions) {
      const base = (o * out.shape[axis] + p) * inner;
      for (let i = 0; i < inner; i++, k++) out.data[base + i] = vals[map ? map[k] : k];
    }
  }
}

function insertItems(a0: NdArray, obj: PyValue, valuesV: PyValue, axisV: PyValue): NdArray {
  const a = axisV === null ? ravel(a0) : a0;
  const axis = axisV === null ? 0 : normAxis(asIndex(axisV), a.ndim);
  const n = a.shape[axis];
  let indices: number[];
  let scalar = false;
  if (obj instanceof PySlice) {
    const [start, , step, count] = sliceIndices(obj, n);
    indices = Array.from({ length: count }, (_, i) => start + i * step);
  } else {
    const o = arr(obj);
    if (o.size > 0 && !o.dtype.isInt) throw typeError('slice indices must be integers or None or have an __index__ method');
    if (o.ndim > 1) throw valueError('index array argument obj to insert must be one dimensional or scalar');
    indices = Array.from(o.data);
    scalar = o.ndim === 0;
  }
  let values = arrayFromPy(valuesV, a.dtype);
  // One index (a scalar or a one-element list) inserts a block; numpy moves a scalar index's
  // leading value axis onto `axis`, so insert(b, 1, [7, 8], axis=1) fills a column.
  if (indices.length === 1) {
    const index = indices[0];
    if (index < -n || index > n) throw outOfBounds(str(obj), axis, n);
    const at = index < 0 ? index + n : index;
    if (values.ndim < a.ndim) values = S.reshape(values, [...new Array<number>(a.ndim - values.ndim).fill(1), ...values.shape]);
    if (scalar) values = moveaxis(values, 0, axis);
    const numnew = values.shape[axis];
    const shape = a.shape.slice();
    shape[axis] += numnew;
    const out = new NdArray(a.dtype, shape, new a.dtype.Storage(numElements(shape)));
    fillSlots(out, axis, Array.from({ length: numnew }, (_, i) => at + i), values);
    fillSlots(out, axis, Array.from({ length: n }, (_, i) => (i < at ? i : i + numnew)), a);
    return out;
  }
  const numnew = indices.length;
  const norm = indices.map((i) => (i < 0 ? i + n : i));
  const order = norm.map((_, i) => i).sort((x, y) => norm[x] - norm[y] || x - y);
  const placed = norm.slice();
  order.forEach((k, rank) => (placed[k] = norm[k] + rank));
  const shape = a.shape.slice();
  shape[axis] += numnew;
  const bad = placed.find((i) => i < 0 || i >= shape[axis]);
  if (bad !== undefined) throw outOfBounds(bad, axis, shape[axis]);
  const out = new NdArray(a.dtype, shape, new a.dtype.Storage(numElements(shape)));
  fillSlots(out, axis, placed, values);
  const taken = new Set(placed);
  const rest: number[] = [];
  for (let i = 0; i < shape[axis]; i++) if (!taken.has(i)) rest.push(i);
  fillSlots(out, axis, rest, a);
  return out;
}

/** a[1:] - a[:-1] along axis, n times (numpy's diff; booleans compare with !=). */
function diffOnce(a: NdArray, axis: number): NdArray {
  const shape = a.shape.slice();
  shape[axis] = Math.max(0, shape[axis] - 1);
  const st = stridesOf(a.shape);
  const lo = stridedOffsets(shape, st, 0);
  const out = new Float64Array(lo.length);
  const bool = a.dtype.kind === 'b';
  for (let i = 0; i < lo.length; i++) {
    const x = a.data[lo[i] + st[axis]];
    const y = a.data[lo[i]];
    out[i] = bool ? (x !== y ? 1 : 0) : x - y;
  }
  return makeArray(a.dtype, shape, out);
}

function diff(a: NdArray, n: number, axisV: number, prepend: PyValue | undefined, append: PyValue | undefined): NdArray {
  if (n === 0) return a;
  if (n < 0) throw valueError(`order must be non-negative but got ${n}`);
  if (a.ndim === 0) throw valueError('diff requires input that is at least one dimensional');
  const axis = normAxis(axisV, a.ndim);
  const parts: NdArray[] = [];
  const edge = (v: PyValue) => {
    let e = arr(v);
    if (e.ndim === 0) {
      const shape = a.shape.slice();
      shape[axis] = 1;
      e = broadcastTo(e, shape);
    }
    return e;
  };
  if (prepend !== undefined) parts.push(edge(prepend));
  parts.push(a);
  if (append !== undefined) parts.push(edge(append));
  let r = parts.length > 1 ? S.concatenate(parts, axis) : a;
  for (let i = 0; i < n; i++) r = diffOnce(r, axis);
  return r;
}

function resize(a: NdArray, shape: number[]): NdArray {
  if (shape.some((s) => s < 0)) throw valueError('all elements of `new_shape` must be non-negative');
  const n = numElements(shape);
  const out = new a.dtype.Storage(n);
  if (a.size > 0) for (let i = 0; i < n; i++) out[i] = a.data[i % a.size];
  return new NdArray(a.dtype, shape, out);
}

/** np.diff's optional prepend/append: numpy's default is a sentinel, so None is a value there. */
const NOT_GIVEN = '\u0000not-given';
const copyParams = pyParams('copy', ['a', 'order', 'subok'], { order: 'K', subok: false });
const astypeParams = pyParams('astype', ['x', 'dtype'], { copy: true, device: null }, ['copy', 'device']);
const contigParams = pyParams('ascontiguousarray', ['a', 'dtype'], { dtype: null, like: null }, ['like']);
const appendParams = pyParams('append', ['arr', 'values', 'axis'], { axis: null });
const insertParams = pyParams('insert', ['arr', 'obj', 'values', 'axis'], { axis: null });
const deleteParams = pyParams('delete', ['arr', 'obj', 'axis'], { axis: null });
const diffParams = pyParams('diff', ['a', 'n', 'axis', 'prepend', 'append'], { n: 1, axis: -1, prepend: NOT_GIVEN, append: NOT_GIVEN });
const ediffParams = pyParams('ediff1d', ['ary', 'to_end', 'to_begin'], { to_end: null, to_begin: null });
const resizeParams = pyParams('resize', ['a', 'new_shape'], {});

export const editFunctions: Record<string, Fn> = {
  copy: (args, kwargs) => {
    const a = arr(copyParams(args, kwargs).a);
    return makeArray(a.dtype, a.shape.slice(), a.data);
  },
  astype: (args, kwargs) => {
    const p = astypeParams(args, kwargs);
    const x = p.x;
    if (!(x instanceof NdArray) && !(x instanceof NumpyScalar)) {
      throw typeError(`Input should be a NumPy array or scalar. It is a <class '${typeOf(x).name}'> instead.`);
    }
    const a = arr(x);
    const r = makeArray(dtypeArg(p.dtype)!, a.shape.slice(), a.data);
    return x instanceof NumpyScalar ? wrapResult(r) : r;
  },
  ascontiguousarray: (args, kwargs) => {
    const p = contigParams(args, kwargs);
    const a = arr(p.a);
    const t = dtypeArg(p.dtype) ?? a.dtype;
    return makeArray(t, a.ndim === 0 ? [1] : a.shape.slice(), a.data);
  },
  append: (args, kwargs) => {
    const p = appendParams(args, kwargs);
    const a = arr(p.arr);
    const v = arr(p.values);
    if (p.axis === null) return S.concatenate([ravel(a), ravel(v)], 0);
    return S.concatenate([a, v], asIndex(p.axis));
  },
  insert: (args, kwargs) => {
    const p = insertParams(args, kwargs);
    return insertItems(arr(p.arr), p.obj, p.values, p.axis);
  },
  delete: (args, kwargs) => {
    const p = deleteParams(args, kwargs);
    return deleteItems(arr(p.arr), p.obj, p.axis);
  },
  diff: (args, kwargs) => {
    const p = diffParams(args, kwargs);
    const given = (v: PyValue) => (v === NOT_GIVEN ? undefined : v);
    if (asIndex(p.n) === 0) return p.a;
    return diff(arr(p.a), asIndex(p.n), asIndex(p.axis), given(p.prepend), given(p.append));
  },
  ediff1d: (args, kwargs) => {
    const p = ediffParams(args, kwargs);
    const a = ravel(arr(p.ary));
    const body = a.dtype.kind === 'b' ? null : diffOnce(a, 0);
    if (body === null) throw typeError('numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
    const edge = (v: PyValue) => {
      const e = ravel(arr(v));
      return makeArray(a.dtype, [e.size], e.data);
    };
    const parts = [...(p.to_begin === null ? [] : [edge(p.to_begin)]), body, ...(p.to_end === null ? [] : [edge(p.to_end)])];
    return parts.length === 1 ? body : S.concatenate(parts, 0);
  },
  resize: (args, kwargs) => {
    const p = resizeParams(args, kwargs);
    return resize(arr(p.a), S.shapeArg(p.new_shape));
  },
};
