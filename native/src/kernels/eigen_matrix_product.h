// TF's float32 BatchMatMulV2 where it runs Eigen's kernels (oneDNN off) and the batch is many
// small products: each entry is Eigen's dense matrix product (see the .cc).
#pragma once
#include <cstdint>

namespace tfts {

// C (M x N, row-major) = op(A) * op(B) for one batch entry with M, N >= 2 or K + M + N < 20, in
// the order Eigen's matrix product sums it in TF's AVX build.
void eigenMatrixProductF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb);

// Eigen's horizontal sum of an 8-float AVX packet (predux): ((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7)).
inline float eigenPacketSum(const float* lane) {
  return ((lane[0] + lane[4]) + (lane[2] + lane[6])) + ((lane[1] + lane[5]) + (lane[3] + lane[7]));
}

// Eigen's vectorized dot product of two contiguous vectors (its inner_product_impl): packets of 8
// products in up to four accumulators (the first four packets, then whole groups of four, then
// the rest into the first ones), combined as a0 + (a1 + (a2 + a3)), folded
// ((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7)), the K % 8 tail added in order. Under 8, in order from the
// first product.
float eigenDotRedux(const float* a, const float* b, int64_t k);

// Whether eigenMatrixProductF32 models this shape (the others are matrix-vector products).
inline bool eigenMatrixProductModels(int64_t M, int64_t N, int64_t K) {
  return K + M + N < 20 || (M >= 2 && N >= 2);
}

}  // namespace tfts
