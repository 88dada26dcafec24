// ndarray indexing with numpy's rules: ints, slices (any step), `...`, None, boolean masks and
// integer arrays (advanced indexing). A key is turned into a plan: the result shape and, for
// each result element, the flat offset it reads from (or, for assignment, writes to).
import { PyValue } from '../../interpreter/objects/core.js';
import { indexError, valueError } from '../../interpreter/objects/exceptions.js';
import { Ellipsis, PyList, PySlice, PyTuple } from '../../interpreter/objects/values.js';
import { sliceIndices } from '../../interpreter/ops/items.js';
import { NdArray, NumpyScalar, checkWriteable, markStridedView, numpyStrides, sharedView, withStrides, arrayFromPy, castValues, checkIntFits, makeArray, numElements, pyNumber, weakKind, writeBack } from './ndarray.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { np } from './dtype.js';

type Entry =
  | { kind: 'int'; dim: number; index: number }
  | { kind: 'slice'; dim: number; start: number; step: number; count: number }
  | { kind: 'new' }
  | { kind: 'array'; dim: number; index: NdArray };

export interface Plan {
  shape: number[];
  offsets: Float64Array;
  /** numpy's strides (in elements) of a basic selection's view; null with advanced indices. */
  npStrides: number[] | null;
  /** True when every index was an integer: the result is one element (a scalar). */
  scalar: boolean;
}

const INVALID = 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

function isIntScalar(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || (v instanceof NumpyScalar && v.dtype.isInt);
}

function checkedIndex(i: number, size: number, dim: number): number {
  if (i < -size || i >= size) throw indexError(`index ${i} is out of bounds for axis ${dim} with size ${size}`);
  return i < 0 ? i + size : i;
}

/** How many array dimensions an index item consumes. */
function consumed(item: PyValue): number {
  if (item === null || item === Ellipsis) return 0;
  if (item instanceof NdArray && item.dtype.kind === 'b') return Math.max(item.ndim, 1);
  if (item instanceof PyList) {
    const arr = arrayFromPy(item);
    return arr.dtype.kind === 'b' ? Math.max(arr.ndim, 1) : 1;
  }
  return 1;
}

function entriesFor(a: NdArray, key: PyValue): Entry[] {
  const items = key instanceof PyTuple ? key.items : [key];
  const used = items.reduce<number>((n, it) => n + consumed(it), 0);
  const ellipses = items.filter((it) => it === Ellipsis).length;
  if (ellipses > 1) throw indexError("an index can only have a single ellipsis ('...')");
  if (used > a.ndim) {
    throw indexError(`too many indices for array: array is ${a.ndim}-dimensional, but ${used} were indexed`);
  }
  const entries: Entry[] = [];
  let dim = 0;
  for (const item of items) {
    if (item === null) entries.push({ kind: 'new' });
    else if (item === Ellipsis) {
      for (let k = 0; k < a.ndim - used; k++, dim++) entries.push({ kind: 'slice', dim, start: 0, step: 1, count: a.shape[dim] });
    } else if (isIntScalar(item)) {
      const i = Number(item instanceof NumpyScalar ? item.value : item);
      entries.push({ kind: 'int', dim, index: checkedIndex(i, a.shape[dim], dim) });
      dim++;
    } else if (item instanceof PySlice) {
      const [start, , step, count] = sliceIndices(item, a.shape[dim]);
      entries.push({ kind: 'slice', dim, start, step, count });
      dim++;
    } else if (item instanceof NdArray || item instanceof PyList) {
      const arr = item instanceof NdArray ? item : arrayFromPy(item);
      if (arr.dtype.kind === 'b') {
        dim = pushMask(a, arr, dim, entries);
      } else if (arr.dtype.isInt || arr.size === 0) {
        const idx = new Float64Array(arr.size);
        for (let k = 0; k < arr.size; k++) idx[k] = checkedIndex(arr.data[k], a.shape[dim], dim);
        entries.push({ kind: 'array', dim, index: makeArray(np.int64, arr.shape, idx) });
        dim++;
      } else throw indexError('arrays used as indices must be of integer (or boolean) type');
    } else throw indexError(INVALID);
  }
  for (; dim < a.ndim; dim++) entries.push({ kind: 'slice', dim, start: 0, step: 1, count: a.shape[dim] });
  return entries;
}

/** A boolean mask over dims [dim, dim + mask.ndim) becomes one integer array per dim (nonzero). */
function pushMask(a: NdArray, mask: NdArray, dim: number, entries: Entry[]): number {
  if (mask.ndim === 0) throw indexError('0-d boolean indices are not supported here');
  for (let k = 0; k < mask.ndim; k++) {
    if (mask.shape[k] !== a.shape[dim + k]) {
      throw indexError(
        `boolean index did not match indexed array along axis ${dim + k}; size of axis is ${a.shape[dim + k]} but size of corresponding boolean axis is ${mask.shape[k]}`,
      );
    }
  }
  const hits: number[] = [];
  for (let i = 0; i < mask.size; i++) if (mask.data[i]) hits.push(i);
  const coords = mask.shape.map(() => new Float64Array(hits.length));
  hits.forEach((flat, j) => {
    let rest = flat;
    for (let k = mask.ndim - 1; k >= 0; k--) {
      coords[k][j] = rest % mask.shape[k];
      rest = Math.floor(rest / mask.shape[k]);
    }
  });
  coords.forEach((c, k) => entries.push({ kind: 'array', dim: dim + k, index: makeArray(np.int64, [hits.length], c) }));
  return dim + mask.ndim;
}

export function indexPlan(a: NdArray, key: PyValue): Plan {
  const entries = entriesFor(a, key);
  const strides = new Array<number>(a.ndim);
  let s = 1;
  for (let i = a.ndim - 1; i >= 0; i--) {
    strides[i] = s;
    s *= a.shape[i];
  }
  const arrays = entries.filter((e): e is Extract<Entry, { kind: 'array' }> => e.kind === 'array');
  const hasAdvanced = arrays.length > 0;
  // With arrays present, integer indices act as broadcast 0-d index arrays.
  const advanced = entries.filter((e) => e.kind === 'array' || (hasAdvanced && e.kind === 'int'));
  const advShape = hasAdvanced ? broadcastShapes(...arrays.map((e) => e.index.shape)) : [];
  const advPositions = entries.map((e, i) => (advanced.includes(e) ? i : -1)).filter((i) => i >= 0);
  const contiguous = advPositions.every((p, k) => k === 0 || p === advPositions[k - 1] + 1);

  // Output axes: basic axes in order, with the advanced block at its place (or first).
  type Axis = { kind: 'basic'; e: Entry } | { kind: 'adv' };
  const axes: Axis[] = [];
  let advPlaced = false;
  if (hasAdvanced && !contiguous) {
    axes.push({ kind: 'adv' });
    advPlaced = true;
  }
  for (const e of entries) {
    if (advanced.includes(e)) {
      if (!advPlaced) {
        axes.push({ kind: 'adv' });
        advPlaced = true;
      }
    } else if (e.kind !== 'int') axes.push({ kind: 'basic', e });
  }
  const shape: number[] = [];
  for (const ax of axes) {
    if (ax.kind === 'adv') shape.push(...advShape);
    else if (ax.e.kind === 'slice') shape.push(ax.e.count);
    else shape.push(1);
  }
  // Base offset from plain integer indices.
  let base = 0;
  if (!hasAdvanced) for (const e of entries) if (e.kind === 'int') base += e.index * strides[e.dim];
  const advIndex = arrays.map((e) => ({ dim: e.dim, data: e.index.data, map: broadcastIndex(e.index.shape, advShape) }));
  const advInts = hasAdvanced ? entries.filter((e): e is Extract<Entry, { kind: 'int' }> => e.kind === 'int') : [];
  const advSize = numElements(advShape);
  const advOffsets = new Float64Array(advSize);
  for (let j = 0; j < advSize; j++) {
    let off = 0;
    for (const ai of advIndex) off += ai.data[ai.map ? ai.map[j] : j] * strides[ai.dim];
    for (const e of advInts) off += e.index * strides[e.dim];
    advOffsets[j] = off;
  }

  const n = numElements(shape);
  const offsets = new Float64Array(n);
  let k = 0;
  const walk = (axisIdx: number, off: number): void => {
    if (axisIdx === axes.length) {
      offsets[k++] = off;
      return;
    }
    const ax = axes[axisIdx];
    if (ax.kind === 'adv') {
      for (let j = 0; j < advSize; j++) walk(axisIdx + 1, off + advOffsets[j]);
    } else if (ax.e.kind === 'slice') {
      const { start, step, count, dim } = ax.e;
      for (let j = 0; j < count; j++) walk(axisIdx + 1, off + (start + j * step) * strides[dim]);
    } else walk(axisIdx + 1, off);
  };
  walk(0, base);
  // The view's strides in numpy: a slice steps through its axis, a new axis has stride 0.
  const source = numpyStrides(a);
  const npStrides = hasAdvanced ? null : axes.map((ax) => (ax.kind === 'basic' && ax.e.kind === 'slice' ? ax.e.step * source[ax.e.dim] : 0));
  return { shape, offsets, npStrides, scalar: entries.every((e) => e.kind === 'int') && !hasAdvanced };
}

function isAdvanced(key: PyValue): boolean {
  const items = key instanceof PyTuple ? key.items : [key];
  return items.some((it) => it instanceof NdArray || it instanceof PyList);
}

function isRun(offsets: Float64Array): boolean {
  for (let i = 1; i < offsets.length; i++) if (offsets[i] !== offsets[0] + i) return false;
  return true;
}

export function getItem(a: NdArray, key: PyValue): PyValue {
  const plan = indexPlan(a, key);
  if (plan.scalar) return new NumpyScalar(a.dtype, a.data[plan.offsets[0]]);
  // A contiguous selection (a row, a block of rows) is a view sharing the array's memory, so
  // `a[0][1] = 5` and `for row in a: row[:] = 0` write into `a` as in numpy. Other selections copy.
  if (!isAdvanced(key) && isRun(plan.offsets)) {
    const start = plan.offsets.length ? plan.offsets[0] : 0;
    return withStrides(sharedView(a, plan.shape, a.data.subarray(start, start + plan.offsets.length)), plan.npStrides);
  }
  const out = new a.dtype.Storage(plan.offsets.length);
  for (let i = 0; i < plan.offsets.length; i++) out[i] = a.data[plan.offsets[i]];
  const r = new NdArray(a.dtype, plan.shape, out);
  if (!isAdvanced(key)) withStrides(markStridedView(r, a, plan.offsets), plan.npStrides);
  return r;
}

export function setItem(a: NdArray, key: PyValue, value: PyValue): void {
  checkWriteable(a);
  const plan = indexPlan(a, key);
  let src: NdArray;
  if (weakKind(value) !== null) {
    if (weakKind(value) === 'float' && a.dtype.isInt && !Number.isFinite(pyNumber(value))) {
      throw valueError('cannot convert float NaN to integer');
    }
    checkIntFits(value, a.dtype);
    src = makeArray(a.dtype, [], [pyNumber(value)]);
  } else if (value instanceof NdArray) src = value;
  else src = arrayFromPy(value);
  let target: number[] | null = null;
  try {
    target = broadcastShapes(src.shape, plan.shape);
  } catch {
    target = null;
  }
  if (!target || target.length !== plan.shape.length || target.some((d, i) => d !== plan.shape[i])) {
    const st = (sh: number[]) => `(${sh.join(',')}${sh.length === 1 ? ',' : ''})`;
    throw valueError(`could not broadcast input array from shape ${st(src.shape)} into shape ${st(plan.shape)}`);
  }
  const map = broadcastIndex(src.shape, plan.shape);
  const vals = src.dtype === a.dtype ? src.data : castValues(src.data, a.dtype);
  for (let i = 0; i < plan.offsets.length; i++) a.data[plan.offsets[i]] = vals[map ? map[i] : i];
  writeBack(a);
}


/** np.nonzero: the indices of the non-zero elements, one int64 array per dimension. */
export function nonzero(a: NdArray): PyValue {
  const hits: number[] = [];
  for (let i = 0; i < a.size; i++) if (a.data[i]) hits.push(i);
  const dims = a.ndim === 0 ? [1] : a.shape;
  const coords = dims.map(() => new Float64Array(hits.length));
  hits.forEach((flat, j) => {
    let rest = flat;
    for (let k = dims.length - 1; k >= 0; k--) {
      coords[k][j] = rest % dims[k];
      rest = Math.floor(rest / dims[k]);
    }
  });
  return new PyTuple(coords.map((c) => makeArray(np.int64, [hits.length], c)));
}
