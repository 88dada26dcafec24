// The ndarray and numpy scalar objects, and conversions between them and Python values.
// An ndarray holds its elements as a C-ordered typed array (mutable: numpy arrays support
// assignment and in-place operators). numpy's views keep that: a contiguous selection shares the
// typed array's memory, any other one is a copy that writes back and re-reads (NdArray.viewOf),
// and each view records what numpy would report of it (base, strides: layout.ts, array-views.ts).
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { overflowError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat, PyList, PyRange, PyTuple } from '../../interpreter/objects/values.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { roundToBfloat16, roundToFloat16 } from '../printing/index.js';
import { Tensor, numElements } from '../tensor.js';
import { NpDType, NpTypedArray, WeakKind, defaultDtypeForWeak, np, promoteTypes } from './dtype.js';
import { nativeCast } from './native-ufuncs.js';
import { allocData, tensorStorageToData } from './native-memory.js';

export const ndarrayType = new PyType('ndarray', [objectType], 'numpy');

export class NdArray implements PyObject {
  /** For a strided selection (a column, a stepped slice, a transpose): where its elements live in
   *  the array it was taken from. Its data is a copy, written back after every in-place change
   *  (see writeBack) and gathered again when that array changed since (`seen` is the version of
   *  the source's memory it was gathered at), so it behaves as numpy's view does both ways.
   *  Contiguous selections instead share memory (a subarray). */
  viewOf: { base: NdArray; offsets: Float64Array; seen: number } | null = null;
  /** The array whose buffer holds this one's elements: itself, or for a contiguous view (a
   *  subarray, a reshape) the array it shares memory with. */
  memOwner: NdArray = this;
  /** Bumped on every in-place change of this buffer (kept on the memOwner only). */
  version = 0;
  /** What numpy's `.base` gives: the array owning the memory this view shows, or null for an
   *  array that owns its data. */
  npBase: NdArray | null = null;
  /** numpy's strides in elements where this view's layout is not C-ordered (a transpose, a
   *  stepped slice, a broadcast); null when it is. Only `.strides` and `.flags` read it. */
  npStrides: number[] | null = null;
  /** numpy's WRITEABLE flag (false for broadcast_to's views and after flags.writeable = False). */
  writeable = true;
  private elements: NpTypedArray;
  constructor(
    public dtype: NpDType,
    public shape: number[],
    data: NpTypedArray,
  ) {
    this.elements = data;
  }
  /** The elements, C-ordered. A strided view whose source changed is gathered again first. */
  get data(): NpTypedArray {
    const owner = this.memOwner;
    if (owner.viewOf !== null && isStale(owner)) refresh(owner);
    return this.elements;
  }
  /** New elements of the array's own (ndarray.resize): no longer a view of anything. */
  set data(d: NpTypedArray) {
    this.elements = d;
    this.memOwner = this;
    this.viewOf = null;
  }
  /** The elements as they are, without checking the source (for the refresh itself). */
  get rawData(): NpTypedArray {
    return this.elements;
  }
  get cls(): PyType {
    return ndarrayType;
  }
  get size(): number {
    return this.elements.length;
  }
  get ndim(): number {
    return this.shape.length;
  }
}

/** Whether the strided view `v` (its own memory owner) misses a change of the arrays it shows. */
function isStale(v: NdArray): boolean {
  const src = v.viewOf!.base.memOwner;
  return v.viewOf!.seen !== src.version || (src.viewOf !== null && isStale(src));
}

/** Gathers a stale strided view's elements again from its (refreshed) source. */
function refresh(v: NdArray): void {
  const { base, offsets } = v.viewOf!;
  const src = base.data;
  const out = v.rawData;
  for (let i = 0; i < offsets.length; i++) out[i] = src[offsets[i]];
  v.viewOf!.seen = base.memOwner.version;
  v.version++;
}

/** `src` as numpy's view over the same memory: a contiguous selection or a reshape. */
export function sharedView(src: NdArray, shape: number[], data: NpTypedArray = src.data): NdArray {
  const r = new NdArray(src.dtype, shape, data);
  r.memOwner = src.memOwner;
  r.npBase = src.npBase ?? src;
  r.writeable = src.writeable;
  return r;
}

/** Makes `copy` (the elements of `src` at `offsets`) numpy's strided view of `src`. */
export function markStridedView(copy: NdArray, src: NdArray, offsets: Float64Array): NdArray {
  copy.viewOf = { base: src, offsets, seen: src.memOwner.version };
  copy.npBase = src.npBase ?? src;
  copy.writeable = src.writeable;
  return copy;
}

/** A numpy scalar (np.float32(3.14), what indexing one element or reducing everything gives). */
export class NumpyScalar implements PyObject {
  constructor(
    readonly dtype: NpDType,
    readonly value: number,
  ) {}
  get cls(): PyType {
    return this.dtype.scalarType;
  }
}

/** Variables and other objects that read as a tensor (convert.ts's TensorLike, checked here by
 *  shape so this module does not import the converter, which imports numpy). */
function readsAsTensor(v: PyValue): v is PyObject & { readTensor(): Tensor } {
  return v !== null && typeof v === 'object' && typeof (v as { readTensor?: unknown }).readTensor === 'function';
}

/** Raised where numpy refuses to write into a read-only array (broadcast_to's views, flags). */
export function checkWriteable(a: NdArray, message = 'assignment destination is read-only'): void {
  if (!a.writeable) throw valueError(message);
}

/** Records an in-place change of `a`'s elements: a strided view writes them back into the arrays
 *  it was taken from, and every view of the memory changed sees the change on its next read. */
export function writeBack(a: NdArray): void {
  let m = a.memOwner;
  m.version++;
  while (m.viewOf !== null) {
    const { base, offsets } = m.viewOf;
    const dst = base.data;
    const src = m.rawData;
    for (let i = 0; i < offsets.length; i++) dst[offsets[i]] = src[i];
    const up = base.memOwner;
    up.version++;
    m.viewOf.seen = up.version;  // m holds what it just wrote: not stale
    m = up;
  }
}

// Same element count as tensors; re-exported so numpy modules keep one import site.
export { numElements } from '../tensor.js';
export { cStrides, numpyStrides, withStrides } from './layout.js';

/** Rounds a JS number into the dtype's value set (what storing into the array does). */
export function coerce(x: number, dtype: NpDType): number {
  switch (dtype.kind) {
    case 'b':
      return x !== 0 ? 1 : 0;
    case 'f':
      if (dtype.name === 'float16') return roundToFloat16(x);
      if (dtype.name === 'bfloat16') return roundToBfloat16(x);
      return dtype.name === 'float32' ? Math.fround(x) : x;
    default: {
      if (!Number.isFinite(x)) return dtype.itemsize === 8 ? -9223372036854775808 : dtype.bounds[0];
      const t = Math.trunc(x);
      if (dtype.itemsize === 8) return t;
      const buf = new dtype.Storage(1);
      buf[0] = t;
      return buf[0];
    }
  }
}

/** A new storage array of `dtype` holding `values` converted as numpy's astype does. */
export function castValues(values: ArrayLike<number>, dtype: NpDType): NpTypedArray {
  const native = nativeCast(values, dtype);
  if (native !== null) return native;
  const out = allocData(dtype, values.length);
  if (dtype.kind === 'f' && dtype.itemsize !== 2) {
    out.set(values as ArrayLike<number>);
    return out;
  }
  const simpleInt = dtype.isInt && dtype.itemsize < 8;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    out[i] = simpleInt && Number.isFinite(x) ? Math.trunc(x) : coerce(x, dtype);
  }
  return out;
}

export function makeArray(dtype: NpDType, shape: number[], values: ArrayLike<number>): NdArray {
  return new NdArray(dtype, shape, castValues(values, dtype));
}

export function astype(a: NdArray, dtype: NpDType): NdArray {
  return makeArray(dtype, a.shape.slice(), a.data);
}

/** One stored element as the Python value .item()/.tolist() give. */
export function elementToPy(x: number, dtype: NpDType): PyValue {
  if (dtype.kind === 'b') return x !== 0;
  if (dtype.kind === 'f') return new PyFloat(x);
  return Number.isSafeInteger(x) ? x : BigInt(x);
}

export function toPyList(a: NdArray): PyValue {
  const build = (dim: number, offset: number): PyValue => {
    if (dim === a.ndim) return elementToPy(a.data[offset], a.dtype);
    const stride = numElements(a.shape.slice(dim + 1));
    const items: PyValue[] = [];
    for (let i = 0; i < a.shape[dim]; i++) items.push(build(dim + 1, offset + i * stride));
    return new PyList(items);
  };
  return build(0, 0);
}

/** A 0-d result becomes a numpy scalar, as numpy's ufuncs and reductions return. */
export function wrapResult(a: NdArray): PyValue {
  return a.ndim === 0 ? new NumpyScalar(a.dtype, a.data[0]) : a;
}

export function scalarToArray(s: NumpyScalar): NdArray {
  return makeArray(s.dtype, [], [s.value]);
}

export function tensorToArray(t: Tensor): NdArray {
  const dtype = t.dtype.name in np ? np[t.dtype.name as keyof typeof np] : null;
  if (!dtype) throw typeError(`Cannot convert a tensor of dtype ${t.dtype.name} to a numpy array`);
  const copied = t.storage.device === 'CPU:0' ? tensorStorageToData(t.storage, t.dtype.name, dtype, t.size) : null; // GPU: values() downloads
  if (copied !== null) return new NdArray(dtype, t.shape.slice(), copied);
  const vals = t.values();
  const numbers = vals instanceof BigInt64Array || vals instanceof BigUint64Array ? Array.from(vals, Number) : (vals as ArrayLike<number>);
  return makeArray(dtype, t.shape.slice(), numbers);
}

/** The kind of a plain Python number, or null for anything else. */
export function weakKind(v: PyValue): WeakKind | null {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (v instanceof PyFloat) return 'float';
  return null;
}

export function pyNumber(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.v;
  if (v instanceof NumpyScalar) return v.value;
  throw typeError(`expected a number, got ${typeOf(v).name}`);
}

/** Checks a Python int fits an integer dtype, as NEP 50 demands for weak scalars. */
export function checkIntFits(v: PyValue, dtype: NpDType): void {
  if (!dtype.isInt || (typeof v !== 'number' && typeof v !== 'bigint')) return;
  const [lo, hi] = dtype.bounds;
  const x = Number(v);
  if (x < lo || x > hi) throw overflowError(`Python integer ${String(v)} out of bounds for ${dtype.name}`);
}

interface Collected {
  shape: number[];
  values: number[];
  dtype: NpDType | null;
}


function collect(v: PyValue, depth: number, acc: Collected): void {
  if (v instanceof PyRange) v = new PyList(iterToArray(v));
  if (v instanceof PyList || v instanceof PyTuple) {
    const n = v.items.length;
    if (acc.shape.length === depth) acc.shape.push(n);
    else if (acc.shape[depth] !== n) throw inhomogeneous(depth, acc.shape);
    for (const item of v.items) collect(item, depth + 1, acc);
    if (n === 0 && acc.dtype === null) acc.dtype = np.float64;
    return;
  }
  let leaf: NdArray;
  if (v instanceof NdArray) leaf = v;
  else if (v instanceof NumpyScalar) leaf = scalarToArray(v);
  else if (v instanceof Tensor || readsAsTensor(v)) leaf = tensorToArray(v instanceof Tensor ? v : v.readTensor());
  else {
    const k = weakKind(v);
    if (k === null) throw typeError(`float() argument must be a string or a real number, not '${typeOf(v).name}'`);
    if (depth < acc.shape.length) throw inhomogeneous(depth, acc.shape);
    acc.dtype = acc.dtype ? promoteTypes(acc.dtype, defaultDtypeForWeak(k)) : defaultDtypeForWeak(k);
    acc.values.push(pyNumber(v));
    return;
  }
  // A nested array contributes its own dimensions.
  for (let i = 0; i < leaf.ndim; i++) {
    if (acc.shape.length === depth + i) acc.shape.push(leaf.shape[i]);
    else if (acc.shape[depth + i] !== leaf.shape[i]) throw inhomogeneous(depth + i, acc.shape);
  }
  if (acc.shape.length !== depth + leaf.ndim) throw inhomogeneous(depth + leaf.ndim, acc.shape);
  acc.dtype = acc.dtype ? promoteTypes(acc.dtype, leaf.dtype) : leaf.dtype;
  for (let i = 0; i < leaf.data.length; i++) acc.values.push(leaf.data[i]);
}

function inhomogeneous(depth: number, shape: number[]) {
  const dims = shape.slice(0, depth);
  return valueError(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${dims.join(', ')}${dims.length === 1 ? ',' : ''}) + inhomogeneous part.`,
  );
}

/** np.array(value, dtype): nested sequences, scalars, arrays and tensors. Always copies. */
export function arrayFromPy(v: PyValue, dtype: NpDType | null = null): NdArray {
  if (v instanceof NdArray) return makeArray(dtype ?? v.dtype, v.shape.slice(), v.data);
  // np.array(tensor): one native copy of the tensor's memory, not a walk over its elements.
  if (v instanceof Tensor || readsAsTensor(v)) {
    const a = tensorToArray(v instanceof Tensor ? v : v.readTensor());
    return dtype === null || dtype === a.dtype ? a : makeArray(dtype, a.shape.slice(), a.data);
  }
  const acc: Collected = { shape: [], values: [], dtype: null };
  collect(v, 0, acc);
  const target = dtype ?? acc.dtype ?? np.float64;
  if (dtype && dtype.isInt) {
    for (const x of acc.values) {
      if (!Number.isFinite(x) && acc.dtype?.isFloat) throw valueError('cannot convert float NaN to integer');
    }
  }
  return makeArray(target, acc.shape, acc.values);
}

/** Any operand as an array, without copying arrays. */
export function asArray(v: PyValue, dtype: NpDType | null = null): NdArray {
  if (v instanceof NdArray && (dtype === null || dtype === v.dtype)) return v;
  return arrayFromPy(v, dtype);
}

