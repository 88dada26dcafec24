// numpy's use of the native addon, and where its results stand against numpy's.
// - Elementwise + - * /, maximum/minimum, comparisons (arrays, one value, or a row broadcast
//   along leading axes), where, astype and sums of float32/float64 arrays of 4096 elements and
//   more run on numpy's own kernels (native/src/kernels/numpy_*.cc, reached through
//   native-ufuncs.ts): IEEE arithmetic with subnormals kept and numpy's pairwise / row summation
//   orders, so their bits are numpy's (test/numpy/native-exact.test.ts checks them against
//   numpy). The kernels read and write the ndarrays' typed arrays in place (native-memory.ts);
//   GEMM (linalg.ts) uses the tensor kernels on Storages. Smaller arrays, strided broadcasts,
//   integer and float16 dtypes stay on the JS loops (same results; a call costs more there).
// - exp/log/sin/cos/tan/log1p/expm1 (and float64 tanh) call glibc at every size. numpy 2.4 on an
//   AVX512F machine uses its own SIMD float32 (and float64 exp/log) implementations, whose last
//   bit differs from glibc's for part of the inputs. Measured through tfts on 200,000 values
//   x*10, x ~ N(0,1) float32 (float64: the same values widened), elements differing from numpy:
//   exp32 39.3%, log32 (of |x|) 10.4%, sin32 14.5%, exp64 4.6%, log64 0.08% (sin/cos float64:
//   none). TF's Eigen approximation, which the tensor kernels use and numpy used here before,
//   differed for 43.5% of exp32. float32 tanh is double tanh rounded to float32 (24.9%; glibc's
//   tanhf ~26%). Matching numpy bit for bit would mean reimplementing its SIMD polynomials.
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
