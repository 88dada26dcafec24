// numpy's float32/float64 matmul and dot where numpy calls BLAS level 1/2 (or its own loop),
// reproduced bit for bit: numpy's matmul loop (umath/matmul.c.src) sends each core product
// (n,k)@(k,m) by its shape to
//   n == 1 and m == 1            -> dot (cblas_ddot / cblas_sdot)
//   k == 1 and (n == 1 or m == 1) -> its own loop: 0 + a*b
//   n == 1                       -> gemv on the matrix read column by column ("N")
//   m == 1                       -> gemv with each row dotted with the vector ("T")
//   k == 1                       -> its own loop (an outer product)
//   otherwise                    -> gemm: reproduced for float64 (dgemm's blocking and tiles);
//                                   float32 on the addon's packed GEMM (sgemm's order is not)
// The native npBlas kernels sum in OpenBLAS's Haswell order (native/src/kernels/openblas_order*).
// ndarray data is C-ordered; a 2-D array that numpy would hold as a transposed (F-ordered) view
// is marked with noteTransposeView, and its gemv then takes the kernel numpy's strides pick.
import { getNative, NativeAddon } from '../native/binding.js';
import { NpDType, np } from './dtype.js';
import { broadcastIndex } from './broadcast.js';
import { allocData } from './native-memory.js';
import { NdArray, castValues, numElements } from './ndarray.js';

type Floats = Float32Array | Float64Array;
type Blas = NonNullable<NativeAddon['npBlas']>;

let cachedBlas: Blas | null | undefined;
/** The native npBlas, or null when the addon was built before it existed. */
function nativeBlas(): Blas | null {
  if (cachedBlas === undefined) {
    try {
      const N = getNative();
      cachedBlas = typeof N.npBlas === 'function' ? N.npBlas.bind(N) : null;
    } catch {
      cachedBlas = null;
    }
  }
  return cachedBlas;
}

/** 2-D arrays numpy would hold as F-ordered views: transposes of C-ordered arrays. */
const fortranViews = new WeakSet<NdArray>();

/** Records that `result` is `source` transposed (a view in numpy): a 2-D transpose of a C-ordered
 *  array is F-ordered there, and numpy's matmul/dot pick their gemv kernel by that layout. */
export function noteTransposeView(result: NdArray, source: NdArray): void {
  if (result.ndim === 2 && source.ndim === 2 && !fortranViews.has(source)) fortranViews.add(result);
}

/** The C-ordered values of the rows x cols matrix whose transpose `v` holds (v: cols x rows). */
function transposed(v: Floats, rows: number, cols: number): Floats {
  const out = new (v.constructor as new (n: number) => Floats)(v.length);
  for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) out[i * cols + j] = v[j * rows + i];
  return out;
}

/** An operand's values in the product dtype (viewed when it already has that dtype). */
function valuesIn(a: NdArray, t: NpDType): Floats {
  return (a.dtype === t ? a.data : castValues(a.data, t)) as Floats;
}

/** One core product (n,k)@(k,m) of C-ordered blocks `x` (n*k values) and `y` (k*m) into `out`
 *  (n*m values), as numpy's matmul loop computes it. */
function coreProduct(blas: Blas, t: NpDType, x: Floats, y: Floats, out: Floats, n: number, k: number, m: number,
                     xF: boolean, yF: boolean): void {
  const round = t === np.float32 ? Math.fround : (v: number) => v;
  if (n === 1 && m === 1) blas('dot', x, y, out, 0, k);
  else if (k === 1) {
    // numpy's own loop: each output starts at 0 and adds the one product.
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out[i * m + j] = 0 + round(x[i] * y[j]);
  } else if (n === 1) {
    // vector @ matrix: a C-ordered matrix is read column by column (gemv "N"); an F-ordered
    // one's memory is the C-ordered transpose, whose rows are dotted with the vector ("T").
    if (yF) blas('gemvT', transposed(y, m, k), x, out, k, m);
    else blas('gemvN', y, x, out, m, k);
  } else if (m === 1) {
    if (xF) blas('gemvN', transposed(x, k, n), y, out, n, k);
    else blas('gemvT', x, y, out, k, n);
  } else blas('gemm', x, y, out, n, m, k);  // the layout of a transposed operand does not matter
}

/**
 * The product of float32/float64 operands with core shapes (n,k) and (k,m) and the broadcast
 * `batch` shape, as numpy computes it (float32 gemm: on the addon's GEMM); null when the native
 * kernels are missing. aBatch/bBatch: the operands' own batch shapes. k > 0.
 */
export function blasMatmul(a: NdArray, b: NdArray, t: NpDType, aBatch: number[], bBatch: number[], batch: number[],
                           n: number, k: number, m: number): Floats | null {
  if (!(t === np.float64 || t === np.float32)) return null;
  const blas = nativeBlas();
  if (blas === null) return null;
  const x = valuesIn(a, t), y = valuesIn(b, t);
  const count = numElements(batch);
  const out = allocData(t, count * n * m) as Floats;
  const aIdx = broadcastIndex(aBatch, batch), bIdx = broadcastIndex(bBatch, batch);
  // Only a plain 2-D operand can be a marked view (batched operands are C-ordered copies).
  const xF = fortranViews.has(a) && batch.length === 0, yF = fortranViews.has(b) && batch.length === 0;
  for (let q = 0; q < count; q++) {
    const ai = aIdx === null ? q : aIdx[q], bi = bIdx === null ? q : bIdx[q];
    const xs = x.subarray(ai * n * k, (ai + 1) * n * k), ys = y.subarray(bi * k * m, (bi + 1) * k * m);
    coreProduct(blas, t, xs, ys, out.subarray(q * n * m, (q + 1) * n * m), n, k, m, xF, yF);
  }
  return out;
}

/** np.dot of an N-D (N > 2) array with a 1-D one: numpy's generic dot runs its dot loop (cblas
 *  ddot/sdot) once per row, not gemv. Null when not float32/float64 or the kernels are missing. */
export function blasRowDots(a: NdArray, b: NdArray, t: NpDType): Floats | null {
  if (!(t === np.float32 || t === np.float64)) return null;
  const blas = nativeBlas();
  if (blas === null) return null;
  const k = b.shape[0];
  const x = valuesIn(a, t), y = valuesIn(b, t);
  const rows = k === 0 ? numElements(a.shape.slice(0, -1)) : x.length / k;
  const out = allocData(t, rows) as Floats;
  for (let r = 0; r < rows; r++) blas('dot', x.subarray(r * k, (r + 1) * k), y, out.subarray(r, r + 1), 0, k);
  return out;
}
