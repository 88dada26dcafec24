// numpy's use of the native addon, and where its results stand against numpy's.
// - Elementwise + - * /, maximum/minimum, comparisons, where, astype and sums of large float32/
//   float64 arrays run on numpy's own kernels (native/src/kernels/numpy_*.cc, reached through
//   native-ufuncs.ts): IEEE arithmetic with subnormals kept and numpy's pairwise summation order,
//   so their bits are numpy's; the kernels read ndarray memory in place and large results live in
//   native Storage (native-memory.ts). GEMM (linalg.ts) uses the tensor kernels.
// - exp/log/sin/cos/tan/log1p/expm1 (and float64 tanh) call glibc at every size. numpy 2.4 on an
//   AVX512F machine uses its own SIMD float32 (and float64 exp/log) implementations, whose last
//   bit differs from glibc's for part of the inputs: measured on 200,000 float32 values x*10,
//   x ~ N(0,1) (float64: the same values widened), mismatching elements were exp32 ~39%,
//   log32 ~10%, sin32 ~15%, exp64 ~4.5%, log64 <0.1% (sin/cos float64 match). glibc is closer
//   than TF's Eigen approximations (exp32 ~44%), which the tensor kernels use. float32 tanh is
//   double tanh rounded to float32 (~25% mismatching, glibc's tanhf ~26%). Matching numpy bit for
//   bit would mean reimplementing its SIMD polynomials.
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
