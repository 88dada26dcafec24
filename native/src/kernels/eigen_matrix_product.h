// TF's float32 BatchMatMulV2 where it runs Eigen's kernels (oneDNN off) and the batch is many
// small products: each entry is Eigen's dense matrix product (see the .cc).
#pragma once
#include <cstdint>

namespace tfts {

// C (M x N, row-major) = op(A) * op(B) for one batch entry with M, N >= 2 or K + M + N < 20, in
// the order Eigen's matrix product sums it in TF's AVX build.
void eigenMatrixProductF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb);

// Eigen's vectorized sum of a[k] * b[k] over two contiguous vectors (its redux of a dot product):
// two packets of 8 lanes in turn while whole pairs remain, added, then one more packet, folded
// ((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7)); the K % 8 tail in order. Under 8, in order from the first.
float eigenDotRedux(const float* a, const float* b, int64_t k);

// Whether eigenMatrixProductF32 models this shape (the others are matrix-vector products).
inline bool eigenMatrixProductModels(int64_t M, int64_t N, int64_t K) {
  return K + M + N < 20 || (M >= 2 && N >= 2);
}

}  // namespace tfts
