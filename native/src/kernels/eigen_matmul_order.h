// TF's float32 MatMul order where TF runs Eigen's kernels (oneDNN off) on an x86 CPU with AVX2 and
// FMA but no AVX-512: Eigen's thread-pool tensor contraction decides how K is split (whole, in
// blocks, or across threads), TF's contraction kernel hands each block to oneDNN's sgemm, and
// oneDNN's AVX2 kernels sum each output in one of three ways depending on where it sits.
#pragma once
#include <cstdint>

namespace tfts {

// Whether eigenMatmulF32 reproduces TF on this CPU (AVX2 and FMA, no AVX-512F; or any AVX2 CPU
// with TFTS_EIGEN_MACHINE set, see the .cc).
bool eigenAvx2MatmulApplies();

// C (M x N, row-major, overwritten) = op(A) * op(B) in TF's order; M, N >= 2, K >= 1.
void eigenMatmulF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb);

}  // namespace tfts
