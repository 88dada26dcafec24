// The numpy operations that run on numpy's native kernels (native/src/kernels/numpy_*.cc) when
// arrays are large enough: each returns the result's data, or null when the JS loop must run
// (small arrays, dtypes or layouts the kernels do not take, no addon). The kernels read the
// operands' typed arrays in place and write the result's (allocData: a typed array, huge-page
// advised when large), so nothing is copied.
import { np, NpDType, NpTypedArray } from './dtype.js';
import { allocData, NATIVE_MIN_ELEMENTS, noteAllFinite, numpyNative } from './native-memory.js';

type Floats = Float32Array | Float64Array;

const isFloats = (v: ArrayLike<number>): v is Floats => v instanceof Float32Array || v instanceof Float64Array;
/** float32/float64: the dtypes whose storage type is their own (int64 is kept in Float64Arrays). */
const nativeFloat = (t: NpDType) => t === np.float32 || t === np.float64;

const binaryOps = new Set([
  'add', 'subtract', 'multiply', 'divide', 'maximum', 'minimum',
  'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal',
]);

const fullOrOne = (len: number, n: number) => len === n || len === 1;

/** The row length an operand of `shape` repeats along the leading axes of `outShape` (its shape
 *  without leading 1s is a suffix of outShape's), or 0 when it is broadcast otherwise. */
function rowLength(shape: readonly number[], outShape: readonly number[]): number {
  let start = 0;
  while (start < shape.length && shape[start] === 1) start++;
  const core = shape.slice(start);
  const off = outShape.length - core.length;
  if (off < 0 || core.some((d, i) => d !== outShape[off + i])) return 0;
  return core.reduce((p, d) => p * d, 1);
}

/** `x op y` for the ufunc `name` with loop dtype `t` and result dtype `outT` (t, or bool for
 *  comparisons); x and y are already in `t`. Each operand must be whole, one value, or a row
 *  broadcast along leading axes (x - x.mean(axis=0)); other broadcasts run in JS. */
export function nativeBinary(
  name: string, t: NpDType, outT: NpDType, x: ArrayLike<number>, xShape: readonly number[],
  y: ArrayLike<number>, yShape: readonly number[], outShape: readonly number[], n: number,
): NpTypedArray | null {
  if (n < NATIVE_MIN_ELEMENTS || !binaryOps.has(name) || !nativeFloat(t)) return null;
  if (!isFloats(x) || !isFloats(y) || x.constructor !== y.constructor) return null;
  let row = n;
  for (const [v, shape] of [[x, xShape], [y, yShape]] as const) {
    if (fullOrOne(v.length, n)) continue;
    const r = rowLength(shape, outShape);
    if (r !== v.length || (row !== n && row !== r)) return null;
    row = r;
  }
  const N = numpyNative();
  if (N === null) return null;
  const out = allocData(outT, n);
  if (!N.npBinary(name, x, y, out as Floats | Uint8Array)) noteAllFinite(out);
  return out;
}

/** np.where(cond, x, y) for float32/float64 x and y in dtype `t`, each of n elements or 1. */
export function nativeWhere(cond: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>, t: NpDType, n: number): NpTypedArray | null {
  if (n < NATIVE_MIN_ELEMENTS || !nativeFloat(t) || !(cond instanceof Uint8Array)) return null;
  if (!isFloats(x) || !isFloats(y) || x.constructor !== y.constructor || new t.Storage(0).constructor !== x.constructor) return null;
  if (!fullOrOne(cond.length, n) || !fullOrOne(x.length, n) || !fullOrOne(y.length, n)) return null;
  const N = numpyNative();
  if (N === null) return null;
  const out = allocData(t, n);
  N.npWhere(cond, x, y, out as Floats);
  return out;
}

/** `values` converted to `dtype` as astype does, where a C conversion is numpy's: anything into
 *  bool (x != 0) or float32/float64 (exact, or rounded to nearest), integers into integers
 *  (wrapping). Not float storage into integers (NaN and out-of-range values: ndarray.ts's coerce;
 *  int64/uint64 live in Float64Arrays, so they count as float storage here), nor into
 *  float16/bfloat16 (rounded in JS). */
export function nativeCast(values: ArrayLike<number>, dtype: NpDType): NpTypedArray | null {
  if (values.length < NATIVE_MIN_ELEMENTS || !ArrayBuffer.isView(values) || values instanceof DataView) return null;
  if (dtype.kind === 'f' && dtype.itemsize === 2) return null;
  if ((dtype.kind === 'i' || dtype.kind === 'u') && isFloats(values)) return null;
  const N = numpyNative();
  if (N === null) return null;
  const out = allocData(dtype, values.length);
  N.npCast(values as NpTypedArray, out, dtype.kind === 'b');
  return out;
}

const libmOps = new Set(['exp', 'log', 'sin', 'cos', 'tan', 'tanh', 'log1p', 'expm1', 'sqrt', 'cbrt', 'exp2', 'log2', 'arctan', 'arcsin']);

/** A libm function of each float32/float64 value (glibc's expf/exp, ...; subnormals kept), at
 *  any size (the caller decides). */
export function nativeUnary(name: string, input: ArrayLike<number>, t: NpDType): NpTypedArray | null {
  if (!libmOps.has(name) || !nativeFloat(t) || !isFloats(input)) return null;
  if (input.constructor !== t.Storage) return null;
  const N = numpyNative();
  if (N === null) return null;
  const out = allocData(t, input.length);
  if (!N.npUnary(name, input, out as Floats)) noteAllFinite(out);
  return out;
}

/** 0 + numpy's pairwise sum of each of `blocks` contiguous blocks of float32/float64 values. */
export function nativePairwiseSums(values: ArrayLike<number>, t: NpDType, blocks: number): Floats | null {
  if (values.length < NATIVE_MIN_ELEMENTS || !nativeFloat(t) || !isFloats(values) || values.constructor !== t.Storage) return null;
  const N = numpyNative();
  if (N === null) return null;
  const out = new (t.Storage as unknown as new (n: number) => Floats)(blocks);
  N.npPairwiseSum(values, out);
  return out;
}

/** The sum over leading axes (rows of `cols` elements added in order) of float32/float64 values. */
export function nativeSumLeading(values: ArrayLike<number>, t: NpDType, cols: number): Floats | null {
  if (values.length < NATIVE_MIN_ELEMENTS || !nativeFloat(t) || !isFloats(values) || values.constructor !== t.Storage) return null;
  const N = numpyNative();
  if (N === null) return null;
  const out = allocData(t, cols) as Floats;
  N.npSumLeading(values, out);
  return out;
}
