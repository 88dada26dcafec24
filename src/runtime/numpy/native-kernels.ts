// numpy's use of the native addon, and where its results stand against numpy's.
// - Elementwise + - * /, maximum/minimum, comparisons (arrays, one value, or a row broadcast
//   along leading axes), where, astype and sums of float32/float64 arrays of 4096 elements and
//   more run on numpy's own kernels (native/src/kernels/numpy_*.cc, reached through
//   native-ufuncs.ts): IEEE arithmetic with subnormals kept and numpy's pairwise / row summation
//   orders, so their bits are numpy's (test/numpy/native-exact.test.ts checks them against
//   numpy). The kernels read and write the ndarrays' typed arrays in place (native-memory.ts);
//   GEMM (linalg.ts) uses the tensor kernels on Storages. Smaller arrays, strided broadcasts,
//   integer and float16 dtypes stay on the JS loops (same results; a call costs more there).
// - exp/log/sin/cos/tan/tanh/log1p/expm1/cbrt/exp2 run natively at every size (npUnary), power
//   and hypot of float32/float64 too (npBinaryMath, native-binary-math.ts). Where numpy 2.4 has its
//   own algorithm, so does the addon (numpy_simd_math.h): float32 exp/log/sin/cos and float32/
//   float64 tanh on CPUs with AVX2+FMA, float64 exp/log as Intel SVML computes them on AVX-512
//   CPUs; measured bit-identical to numpy on millions of values (float64 exp: except some
//   |x| >= 707.7, SVML's special-case routine, where glibc stands in). The rest is glibc, as numpy
//   on other CPUs; numpy's wheels on AVX-512 CPUs take tan/log1p/expm1/cbrt/exp2 and power's
//   general exponents from SVML, which differs from glibc in the last bit for a few percent of
//   inputs (sweep of 100,000 N(0,1)*10 values: float64 x**3 3.8%, cbrt 0.6%, exp2 4%; float32
//   power ~12%, cbrt 35%, exp2 18%).
// Loading the addon early matters too: it configures glibc malloc to keep large freed blocks, so
// big array allocations stop page-faulting on every operation.
import { getNative } from '../native/binding.js';

let allocatorConfigured = false;

/** Loads the addon once (its load sets the allocator up for large arrays); numpy still works on
 *  its JS paths when the addon is missing, so a load failure is left for the ops that need it. */
export function configureAllocatorForArrays(): void {
  if (allocatorConfigured) return;
  allocatorConfigured = true;
  try {
    getNative();
  } catch {
    // reported by the first operation that needs the addon
  }
}
