// matmul and dot with numpy's handling of 1-D operands: float products go through linalg-blas.ts
// on the typed arrays themselves (OpenBLAS's order for dot, gemv and float64 gemm; the addon's
// packed GEMM for float32 gemm); integer products run on the addon's Storage GEMM.
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { getNative, NativeStorage } from '../native/binding.js';
import { DTypeCode } from '../native/dtype-codes.js';
import { NpDType, NpTypedArray, np, promoteTypes } from './dtype.js';
import { storageOf, viewStorage } from './native-memory.js';
import { NdArray, castValues, makeArray, numElements, wrapResult } from './ndarray.js';
import { applyBinary, multiply, operandOrThrow } from './ufuncs.js';
import { broadcastShapes } from './broadcast.js';
import { blasMatmul, blasRowDots } from './linalg-blas.js';

/** The dtype the native kernel computes in for a numpy result dtype. */
function kernelDtype(t: NpDType): NpDType {
  if (t.kind === 'f') return t.name === 'float64' ? np.float64 : np.float32;
  return np.int64;
}

/** An operand as a Storage: float arrays already in native memory are passed as they are. */
function toNative(a: NdArray, t: NpDType): NativeStorage {
  const N = getNative();
  if (t.name === 'int64') return N.fromBytes(BigInt64Array.from(a.data, (x) => BigInt(x)));
  const data = a.dtype === t ? a.data : castValues(a.data, t);
  return storageOf(data) ?? N.fromBytes(data);
}

/** The product's Storage as result data: float32/float64 are viewed in place, not copied. */
function fromNative(s: NativeStorage, t: NpDType, count: number): ArrayLike<number> {
  const N = getNative();
  if (t.name === 'int64') return Array.from(new BigInt64Array(N.toBytes(s)), Number);
  return viewStorage(N, s, t, count);
}

const dimText = (sig: string, i: number, n: number, k: number) =>
  `matmul: Input operand ${i} has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${n} is different from ${k})`;

export function matmulArrays(a: NdArray, b: NdArray): NdArray {
  if (a.ndim === 0 || b.ndim === 0) throw valueError("matmul: Input operand " + (a.ndim === 0 ? 0 : 1) + ' does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)');
  const t = promoteTypes(a.dtype, b.dtype);
  const kt = kernelDtype(t);
  const aShape = a.ndim === 1 ? [1, a.shape[0]] : a.shape;
  const bShape = b.ndim === 1 ? [b.shape[0], 1] : b.shape;
  const k = aShape[aShape.length - 1];
  if (bShape[bShape.length - 2] !== k) throw valueError(dimText('(n?,k),(k,m?)->(n?,m?)', 1, bShape[bShape.length - 2], k));
  const batch = broadcastShapes(aShape.slice(0, -2), bShape.slice(0, -2));
  const n = aShape[aShape.length - 2];
  const m = bShape[bShape.length - 1];
  let data: ArrayLike<number> | null = null;
  if (k === 0) data = new Float64Array(numElements([...batch, n, m]));
  else data = blasMatmul(a, b, t, aShape.slice(0, -2), bShape.slice(0, -2), batch, n, k, m);
  if (data === null) {
    const N = getNative();
    const out = N.matmul(DTypeCode[kt.name as 'float32'], toNative(a, kt), aShape, toNative(b, kt), bShape, false, false);
    data = fromNative(out, kt, numElements([...batch, n, m]));
  }
  let shape = [...batch, n, m];
  if (a.ndim === 1) shape = [...batch, m];
  if (b.ndim === 1) shape = a.ndim === 1 ? batch : [...batch, n];
  // A float32/float64 product is already the result's data (t is the kernel dtype then).
  return t === kt && data instanceof t.Storage ? new NdArray(t, shape, data as NpTypedArray) : makeArray(t, shape, data);
}

export function matmul(x: PyValue, y: PyValue): PyValue {
  return wrapResult(matmulArrays(operandOrThrow(x).arr, operandOrThrow(y).arr));
}

/** np.dot: scalars multiply; 1-D·1-D is the inner product; N-D·1-D and 2-D·2-D as matmul. */
export function dot(x: PyValue, y: PyValue): PyValue {
  const a = operandOrThrow(x);
  const b = operandOrThrow(y);
  if (a.arr.ndim === 0 || b.arr.ndim === 0) return wrapResult(applyBinary(multiply, a, b));
  if (b.arr.ndim > 2) throw valueError('dot of arrays with more than 2 dimensions on the right is not supported');
  if (a.arr.ndim > 2 && b.arr.ndim === 1 && a.arr.shape[a.arr.ndim - 1] === b.arr.shape[0]) {
    // numpy's generic dot (N-D with 1-D): one dot per row, not a gemv.
    const t = promoteTypes(a.arr.dtype, b.arr.dtype);
    const rows = blasRowDots(a.arr, b.arr, t);
    if (rows !== null) return wrapResult(new NdArray(t, a.arr.shape.slice(0, -1), rows));
  }
  const ka = a.arr.shape[a.arr.ndim - 1];
  const kb = b.arr.shape[b.arr.ndim === 1 ? 0 : b.arr.ndim - 2];
  if (ka !== kb) {
    const st = (s: number[]) => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;
    throw valueError(`shapes ${st(a.arr.shape)} and ${st(b.arr.shape)} not aligned: ${ka} (dim ${a.arr.ndim - 1}) != ${kb} (dim ${b.arr.ndim === 1 ? 0 : b.arr.ndim - 2})`);
  }
  return wrapResult(matmulArrays(a.arr, b.arr));
}
