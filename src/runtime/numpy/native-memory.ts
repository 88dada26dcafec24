// Where large ndarray data lives: in native Storage memory, viewed by the ndarray's typed array
// (getNative().bufferOf), so native kernels read and write it in place and tensors copy it
// natively. Small arrays stay plain JS typed arrays (an allocation through the addon costs more
// than the loop). Also the typed interface of numpy's own kernels (native/src/kernels/numpy_*.cc).
import { getNative, NativeAddon, NativeStorage } from '../native/binding.js';
import { DTypeCode } from '../native/dtype-codes.js';
import { NpDType, NpTypedArray } from './dtype.js';

type Floats = Float32Array | Float64Array;

/** numpy's kernels (numpy_kernels.h): they take typed arrays and write into `out` (no copies). */
export interface NumpyKernels {
  /** x/y: out's length, 1, or one row length dividing it (repeated); out: x's type, or
   *  Uint8Array for comparisons. */
  npBinary(op: string, x: Floats, y: Floats, out: Floats | Uint8Array): void;
  npWhere(cond: Uint8Array, x: Floats, y: Floats, out: Floats): void;
  /** C conversion (not float → integer); toBool: x != 0. */
  npCast(x: NpTypedArray, out: NpTypedArray, toBool: boolean): void;
  npUnary(op: string, x: Floats, out: Floats): void;
  /** out[i] = 0 + numpy's pairwise sum of block i of x (out.length equal blocks). */
  npPairwiseSum(x: Floats, out: Floats): void;
  /** out (zeros) += each row of out.length elements of x, in order. */
  npSumLeading(x: Floats, out: Floats): void;
}

let addon: (NativeAddon & NumpyKernels) | null | undefined;

/** The addon with numpy's kernels, or null when it is missing or older than them (numpy then
 *  runs every operation on its JS loops). */
export function numpyNative(): (NativeAddon & NumpyKernels) | null {
  if (addon !== undefined) return addon;
  try {
    const N = getNative() as NativeAddon & Partial<NumpyKernels>;
    addon = typeof N.npSumLeading === 'function' && typeof N.bufferOf === 'function' ? (N as NativeAddon & NumpyKernels) : null;
  } catch {
    addon = null;
  }
  return addon;
}

/** Arrays of at least this many bytes are allocated natively (below, V8's own allocation is
 *  cheaper than the call and the Storage object). */
export const NATIVE_ALLOC_BYTES = 1 << 16;
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

/** Zero-filled element storage for an ndarray of `n` elements: native memory when large. */
export function allocData(dtype: NpDType, n: number): NpTypedArray {
  const bytes = n * dtype.Storage.BYTES_PER_ELEMENT;
  const N = bytes >= NATIVE_ALLOC_BYTES ? numpyNative() : null;
  if (N === null) return new dtype.Storage(n);
  // Plain N.alloc: the addon's malloc settings recycle freed blocks, so a large result costs one
  // zero fill (~25 ms for 188 MB here). Advising fresh blocks onto transparent huge pages, as
  // numpy does, was tried and measured 20-100x slower on this project's VMs (huge-page faults
  // that compact memory).
  return viewStorage(N, N.alloc(bytes), dtype, n);
}

/** The Storage whose bytes `data` views exactly (all of them, from the start), or null: then a
 *  native call that needs a Storage copies (fromBytes). */
export function storageOf(data: NpTypedArray): NativeStorage | null {
  const e = storages.get(data.buffer);
  if (e === undefined || e.byteOffset !== data.byteOffset || e.storage.byteLength !== data.byteLength) return null;
  return e.storage;
}

/** Copies of tensor memory: the dtypes whose tensor and ndarray layouts agree (int64/uint64 are
 *  doubles in ndarrays; float16/bfloat16 widened floats) copy with one native memcpy. */
const sameLayout = new Set(['float32', 'float64', 'int32', 'int8', 'int16', 'uint8', 'uint16', 'uint32', 'bool']);

/** A large tensor's elements as ndarray data of `dtype`, copied natively (Tensor.numpy() copies:
 *  the ndarray is mutable, the tensor not); null when small or when the layouts differ. */
export function tensorStorageToData(storage: NativeStorage, tfName: string, dtype: NpDType, n: number): NpTypedArray | null {
  const N = n * dtype.Storage.BYTES_PER_ELEMENT >= NATIVE_ALLOC_BYTES ? numpyNative() : null;
  if (N === null) return null;
  if (sameLayout.has(tfName)) return viewStorage(N, N.copy(storage), dtype, n);
  // int64 → the doubles numpy.ts keeps int64 in (exact up to 2**53, as everywhere in numpy.ts).
  if (tfName === 'int64') return viewStorage(N, N.cast(storage, DTypeCode.int64, DTypeCode.float64, n), dtype, n);
  return null;
}

/** A large ndarray's elements as a new Storage in the tensor layout of dtype `tfName` (tf.constant
 *  and friends copy an ndarray); null when small or when the layouts differ. */
export function dataToTensorStorage(data: NpTypedArray, tfName: string): NativeStorage | null {
  const N = data.byteLength >= NATIVE_ALLOC_BYTES ? numpyNative() : null;
  if (N === null || !sameLayout.has(tfName)) return null;
  const s = storageOf(data);
  return s !== null ? N.copy(s) : N.fromBytes(data);
}
