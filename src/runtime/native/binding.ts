// Loader and typed interface for the native kernel addon
// (native/build/Release/tfts_native.node, built by `npm run build:native`).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A CPU buffer owned by the addon; freed when garbage collected. */
export interface NativeStorage {
  readonly byteLength: number;
  readonly device: string; // 'CPU:0'
}

export type Shape = readonly number[];
/** Philox 128-bit counter as 4 uint32 words, word 0 least significant. */
export type PhiloxCounter = readonly number[];

export type BinaryOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'floordiv' | 'floormod' | 'pow'
  | 'maximum' | 'minimum' | 'squared_difference' | 'atan2'
  | 'equal' | 'not_equal' | 'less' | 'less_equal' | 'greater' | 'greater_equal'
  | 'logical_and' | 'logical_or';

export type UnaryOp =
  | 'neg' | 'abs' | 'sign' | 'exp' | 'log' | 'log1p' | 'expm1' | 'sqrt' | 'rsqrt'
  | 'square' | 'reciprocal' | 'sin' | 'cos' | 'tan' | 'tanh' | 'sigmoid' | 'relu'
  | 'floor' | 'ceil' | 'round' | 'logical_not' | 'erf' | 'softplus';

export type ReduceOp = 'sum' | 'mean' | 'max' | 'min' | 'prod' | 'any' | 'all';
export type ArgReduceOp = 'argmax' | 'argmin';

/**
 * Every function validates its arguments and throws TypeError (wrong JS
 * type) or RangeError (bad value, incompatible shapes, too-small storage)
 * instead of crashing. dtype arguments are DTypeCode values. All outputs are
 * new Storages in C order.
 */
export interface NativeAddon {
  /** The Storage class (for instanceof); it cannot be constructed from JS. */
  readonly Storage: abstract new (...args: never[]) => NativeStorage;
  alloc(byteLength: number): NativeStorage;
  fromBytes(view: ArrayBufferView): NativeStorage;
  toBytes(s: NativeStorage): ArrayBuffer;
  copy(s: NativeStorage): NativeStorage;
  bufferOf(s: NativeStorage): { buffer: ArrayBuffer; byteOffset: number }; // the Storage's bytes start at byteOffset (no copy)
  fill(dtype: number, count: number, value: number | bigint | boolean): NativeStorage;
  cast(src: NativeStorage, srcDtype: number, dstDtype: number, count: number): NativeStorage;
  /** numpy broadcasting; comparisons return bool, everything else `dtype`. */
  binary(op: BinaryOp, dtype: number, a: NativeStorage, aShape: Shape, b: NativeStorage, bShape: Shape): NativeStorage;
  unary(op: UnaryOp, dtype: number, a: NativeStorage, count: number): NativeStorage;
  /** Rank >= 2, batch dims broadcast; float32/float64/int32/int64/float16/bfloat16. */
  matmul(dtype: number, a: NativeStorage, aShape: Shape, b: NativeStorage, bShape: Shape,
         transposeA: boolean, transposeB: boolean, eigen?: boolean): NativeStorage;
  /** axes: distinct, in [0, rank); output drops the reduced axes. */
  reduce(op: ReduceOp, dtype: number, a: NativeStorage, shape: Shape, axes: readonly number[]): NativeStorage;
  /** int64 indices; output drops `axis`. */
  argReduce(op: ArgReduceOp, dtype: number, a: NativeStorage, shape: Shape, axis: number): NativeStorage;
  transpose(dtype: number, a: NativeStorage, shape: Shape, perm: readonly number[]): NativeStorage;
  broadcastTo(dtype: number, a: NativeStorage, shape: Shape, outShape: Shape): NativeStorage;
  /** cond is bool; the three shapes broadcast together. */
  where(cond: NativeStorage, condShape: Shape, x: NativeStorage, xShape: Shape,
        y: NativeStorage, yShape: Shape, dtype: number): NativeStorage;
  /**
   * TF-compatible random kernels (float dtypes except randomUniformInt:
   * int32/int64, values in [lo, hi)). They read Philox blocks starting at
   * `counter` and do not advance anything; TF's stateful op advances its
   * generator by count*256 blocks per call: use philoxSkip(counter, count*256).
   */
  randomUniform(dtype: number, count: number, key0: number, key1: number, counter: PhiloxCounter): NativeStorage;
  randomNormal(dtype: number, count: number, key0: number, key1: number, counter: PhiloxCounter): NativeStorage;
  truncatedNormal(dtype: number, count: number, key0: number, key1: number, counter: PhiloxCounter): NativeStorage;
  randomUniformInt(dtype: number, count: number, lo: number | bigint, hi: number | bigint,
                   key0: number, key1: number, counter: PhiloxCounter): NativeStorage;
  /** Raw Philox4x32-10 output words (uint32), 4 per counter block. */
  philoxBits(count: number, key0: number, key1: number, counter: PhiloxCounter): NativeStorage;
  /** counter + n (128-bit add), as TF's PhiloxRandom::Skip. */
  philoxSkip(counter: PhiloxCounter, n: number | bigint): [number, number, number, number];
  /** Index maps (shape ops): out[i] = src[map[i]], or fill[0] (zeros when null) where map[i] < 0. */
  gatherIndexed(dtype: number, src: NativeStorage, srcCount: number, map: Int32Array, fill: NativeStorage | null): NativeStorage;
  /** out = zeros(outCount); out[map[i]] += src[i] where map[i] >= 0. */
  scatterAddIndexed(dtype: number, src: NativeStorage, map: Int32Array, outCount: number): NativeStorage;
  /** out = copy of base; out[map[i]] = src[i] where map[i] >= 0. */
  scatterSetIndexed(dtype: number, base: NativeStorage, baseCount: number, src: NativeStorage, map: Int32Array): NativeStorage;
  concatFlat(dtype: number, parts: readonly NativeStorage[], counts: readonly number[]): NativeStorage;
  /** geometry: [KH, KW, strideH, strideW, dilationH, dilationW, padTop, padLeft, OH, OW]; NHWC. */
  im2col(dtype: number, x: NativeStorage, shape: Shape, geometry: readonly number[]): NativeStorage;
  col2im(dtype: number, cols: NativeStorage, shape: Shape, geometry: readonly number[]): NativeStorage;
  pool2d(op: 'max' | 'avg', dtype: number, x: NativeStorage, shape: Shape, geometry: readonly number[]): NativeStorage;
  pool2dGrad(op: 'max' | 'avg', dtype: number, x: NativeStorage, dy: NativeStorage, shape: Shape, geometry: readonly number[]): NativeStorage;
  /** float32 convolution per image (patch buffer + packed GEMM); shapes NHWC and [KH,KW,C,OC]. */
  conv2dF32(x: NativeStorage, shape: Shape, w: NativeStorage, filterShape: Shape, geometry: readonly number[]): NativeStorage;
  conv2dBackpropInputF32(w: NativeStorage, filterShape: Shape, dy: NativeStorage, inputShape: Shape, geometry: readonly number[]): NativeStorage;
  conv2dBackpropFilterF32(x: NativeStorage, shape: Shape, dy: NativeStorage, filterShape: Shape, geometry: readonly number[]): NativeStorage;
  /** The C library's math function `code` (see src/interpreter/stdlib/libm.ts) at x (and y). */
  libm(code: number, x: number, y?: number): number;
  /** Float dtypes; is_nan/is_inf/is_finite return bool. */
  mathUnary(op: MathUnaryOp, dtype: number, a: NativeStorage, count: number): NativeStorage;
  mathBinary(op: MathBinaryOp, dtype: number, a: NativeStorage, aShape: Shape, b: NativeStorage, bShape: Shape): NativeStorage;
  cumulative(op: 'cumsum' | 'cumprod', dtype: number, a: NativeStorage, shape: Shape, axis: number,
             exclusive: boolean, reverse: boolean): NativeStorage;
  /** Last-axis sort of the first k per row; ties keep the lower index first. Indices are int32. */
  topK(dtype: number, a: NativeStorage, shape: Shape, k: number, descending: boolean): [NativeStorage, NativeStorage];
  /** [inverse, index of the first singular matrix in the batch or -1]. */
  matrixInverse(dtype: number, a: NativeStorage, shape: Shape): [NativeStorage, number];
  matrixDeterminant(dtype: number, a: NativeStorage, shape: Shape): NativeStorage;
  /** [eigenvalues ascending, eigenvectors as columns]. */
  selfAdjointEig(dtype: number, a: NativeStorage, shape: Shape): [NativeStorage, NativeStorage, number];
  /** Last-axis softmax kernels of a [rows, cols] matrix (native/src/kernels/softmax.cc); labels: the xent ops' (else ignored). */
  softmax(op: 'softmax' | 'softmax_eigen' | 'log_softmax' | 'xent_loss' | 'xent_backprop' | 'sparse_xent_loss' | 'sparse_xent_backprop', dtype: number, logits: NativeStorage, labels: NativeStorage, rows: number, cols: number): NativeStorage;
  /** numpy's dot/gemv/dgemm in OpenBLAS's order (native/src/kernels/openblas_order_napi.cc), into `out`. */
  npBlas?(op: 'dot' | 'gemvT' | 'gemvN' | 'gemm', a: Float32Array | Float64Array, x: Float32Array | Float64Array, out: Float32Array | Float64Array, m: number, n: number, k?: number): void;
}

export type MathUnaryOp =
  | 'asin' | 'acos' | 'atan' | 'sinh' | 'cosh' | 'asinh' | 'acosh' | 'atanh' | 'rint' | 'erfc' | 'lgamma' | 'digamma'
  | 'is_nan' | 'is_inf' | 'is_finite';
export type MathBinaryOp = 'truncatediv' | 'truncatemod' | 'div_no_nan' | 'mul_no_nan' | 'xlogy' | 'xdivy';

const ADDON_RELATIVE_PATH = join('native', 'build', 'Release', 'tfts_native.node');
const REBUILD_HINT = 'Rebuild it with `npm run build:native` (or `npm ci`).';

/** Finds the package root by walking up to the package.json named "tfts". */
function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'tfts') return dir;
      } catch {
        // unreadable package.json: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`tfts native addon: cannot locate the tfts package root above ${start}`);
    dir = parent;
  }
}

let cached: NativeAddon | undefined;

/** Loads the addon once (lazily) and returns it. */
export function getNative(): NativeAddon {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  let file: string;
  try {
    file = join(findPackageRoot(here), ADDON_RELATIVE_PATH);
  } catch (err) {
    throw new Error(`tfts native addon is missing: ${(err as Error).message}. ${REBUILD_HINT}`);
  }
  if (!existsSync(file)) {
    throw new Error(`tfts native addon is missing: ${file} does not exist. ${REBUILD_HINT}`);
  }
  try {
    const require = createRequire(import.meta.url);
    cached = require(file) as NativeAddon;
  } catch (err) {
    throw new Error(`tfts native addon failed to load from ${file}: ${(err as Error).message}. ${REBUILD_HINT}`);
  }
  return cached;
}
