// Where ndarray data lives, and the typed interface of numpy's own kernels
// (native/src/kernels/numpy_*.cc). Those kernels read and write any typed array in place, so
// ndarray data stays in V8-allocated typed arrays: measured here, arrays viewing addon Storages
// (bufferOf) were freed later by the GC than plain typed arrays (their Storage objects carry
// finalizers), so a loop of `a + b` on 1e6 floats kept getting fresh, page-faulting memory (~30 ms
// a call against ~0.5 ms). Large new arrays are advised onto huge pages as numpy's allocator does.
// Results of the addon's Storage kernels (GEMM) are viewed in place (bufferOf), and such arrays
// are passed back to Storage kernels without a copy (storageOf).
import { getNative, NativeAddon, NativeStorage } from '../native/binding.js';
import { DTypeCode } from '../native/dtype-codes.js';
import { NpDType, NpTypedArray } from './dtype.js';

type Floats = Float32Array | Float64Array;

/** numpy's kernels (numpy_kernels.h): they take typed arrays and write into `out` (no copies). */
interface NumpyKernels {
  /** Advises a new large typed array's memory onto transparent huge pages (numpy does). */
  npAdviseHuge(a: NpTypedArray): void;
  /** x/y: out's length, 1, or one row length dividing it (repeated); out: x's type, or
   *  Uint8Array for comparisons. Returns whether any float result is inf or NaN. */
  npBinary(op: string, x: Floats, y: Floats, out: Floats | Uint8Array): boolean;
  /** op 'power' | 'hypot'; x/y: out's length or 1. */
  npBinaryMath(op: string, x: Floats, y: Floats, out: Floats): void;
  npWhere(cond: Uint8Array, x: Floats, y: Floats, out: Floats): void;
  /** C conversion (not float → integer); toBool: x != 0. */
  npCast(x: NpTypedArray, out: NpTypedArray, toBool: boolean): void;
  npUnary(op: string, x: Floats, out: Floats): boolean;
  /** out[i] = 0 + numpy's pairwise sum of block i of x (out.length equal blocks). */
  npPairwiseSum(x: Floats, out: Floats): void;
  /** out (zeros) += each row of out.length elements of x, in order. */
  npSumLeading(x: Floats, out: Floats): void;
  /** Whether any element is inf or NaN. */
  npAnyNonFinite(x: Floats): boolean;
}

let addon: (NativeAddon & NumpyKernels) | null | undefined;

// The result a native kernel just reported free of inf/NaN (npBinary/npUnary check each chunk as
// they write it), so the floating-point error check that follows needs no second pass.
let allFinite: object | null = null;
export function noteAllFinite(out: object): void {
  allFinite = out;
}
/** Whether `out` is the result last reported finite; the report is used once (a later in-place
 *  write to the same array must be checked again). */
export function knownAllFinite(out: object): boolean {
  if (out !== allFinite) return false;
  allFinite = null;
  return true;
}

/** The addon with numpy's kernels, or null when it is missing or older than them (numpy then
 *  runs every operation on its JS loops). */
export function numpyNative(): (NativeAddon & NumpyKernels) | null {
  if (addon !== undefined) return addon;
  try {
    const N = getNative() as NativeAddon & Partial<NumpyKernels>;
    addon = typeof N.npAdviseHuge === 'function' && typeof N.bufferOf === 'function' ? (N as NativeAddon & NumpyKernels) : null;
  } catch {
    addon = null;
  }
  return addon;
}

/** Arrays of at least this many bytes get the huge-page advice (numpy's threshold). */
const HUGE_PAGE_BYTES = 4 << 20;
/** Elementwise ops on at least this many elements run on the native kernels; below it the JS
 *  loops win (a native call costs about a microsecond plus argument checks). */
export const NATIVE_MIN_ELEMENTS = 4096;

/** The Storage behind each native-backed buffer, and where its bytes start in that buffer. */
const storages = new WeakMap<ArrayBufferLike, { storage: NativeStorage; byteOffset: number }>();

type ViewCtor = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => NpTypedArray;

/** A typed array of `dtype`'s storage type viewing `storage` (which must hold `n` elements). */
export function viewStorage(N: NativeAddon, storage: NativeStorage, dtype: NpDType, n: number): NpTypedArray {
  const { buffer, byteOffset } = N.bufferOf(storage);
  storages.set(buffer, { storage, byteOffset });
  return new (dtype.Storage as unknown as ViewCtor)(buffer, byteOffset, n);
}

/** Zero-filled element storage for an ndarray of `n` elements. */
export function allocData(dtype: NpDType, n: number): NpTypedArray {
  const out = new dtype.Storage(n);
  if (out.byteLength >= HUGE_PAGE_BYTES) numpyNative()?.npAdviseHuge(out);
  return out;
}

/** The Storage whose bytes `data` views exactly (all of them, from the start), or null: then a
 *  native call that needs a Storage copies (fromBytes). */
export function storageOf(data: NpTypedArray): NativeStorage | null {
  const e = storages.get(data.buffer);
  if (e === undefined || e.byteOffset !== data.byteOffset || e.storage.byteLength !== data.byteLength) return null;
  return e.storage;
}

/** Tensors and ndarrays at least this large copy through bufferOf/fromBytes; smaller ones take
 *  the element-wise JS conversions (cheaper than the calls for a few values). */
const COPY_NATIVELY_BYTES = 1 << 12;

/** Copies of tensor memory: the dtypes whose tensor and ndarray layouts agree (int64/uint64 are
 *  doubles in ndarrays; float16/bfloat16 widened floats) copy with one native memcpy. */
const sameLayout = new Set(['float32', 'float64', 'int32', 'int8', 'int16', 'uint8', 'uint16', 'uint32', 'bool']);

/** A large tensor's elements as new ndarray data of `dtype` (Tensor.numpy() copies: the ndarray
 *  is mutable, the tensor not): one copy out of the Storage's memory; null when small or when
 *  the layouts differ. */
export function tensorStorageToData(storage: NativeStorage, tfName: string, dtype: NpDType, n: number): NpTypedArray | null {
  const N = n * dtype.Storage.BYTES_PER_ELEMENT >= COPY_NATIVELY_BYTES ? numpyNative() : null;
  if (N === null) return null;
  // int64 → the doubles numpy.ts keeps int64 in (exact up to 2**53, as everywhere in numpy.ts).
  const src = sameLayout.has(tfName) ? storage : tfName === 'int64' ? N.cast(storage, DTypeCode.int64, DTypeCode.float64, n) : null;
  if (src === null) return null;
  const { buffer, byteOffset } = N.bufferOf(src);
  const out = allocData(dtype, n);
  out.set(new (dtype.Storage as unknown as ViewCtor)(buffer, byteOffset, n));
  return out;
}

/** A large ndarray's elements as a new Storage in the tensor layout of dtype `tfName` (tf.constant
 *  and friends copy an ndarray); null when small or when the layouts differ. */
export function dataToTensorStorage(data: NpTypedArray, tfName: string): NativeStorage | null {
  const N = data.byteLength >= COPY_NATIVELY_BYTES ? numpyNative() : null;
  if (N === null || !sameLayout.has(tfName)) return null;
  const s = storageOf(data);
  return s !== null ? N.copy(s) : N.fromBytes(data);
}
