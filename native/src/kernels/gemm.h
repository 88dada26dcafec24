// Packed, register-blocked single-precision GEMM (the BLIS scheme): C[M x N] = op(A) * op(B).
#pragma once
#include <cstdint>
#include <vector>

namespace tfts {
// A is M x K (K x M when ta), B is K x N (N x K when tb), C is M x N row-major (overwritten;
// left as is when K == 0, so callers pass it zeroed).
void gemmF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb);

// Outputs whose every k block a library sums in pairs (gemm_pair_sums.h) instead of one fused
// multiply-add after another: whole rows (rowKind[i] 1: fused pairs, 2: unfused pairs), and in
// the other rows (kind 0) the columns from fusedPairColumnsFrom on (fused pairs).
struct GemmPairKinds {
  const uint8_t* rowKind;        // M entries
  int64_t fusedPairColumnsFrom;  // N or more: none
};

// The same over the inner dimension cut into blocks of the given lengths (their sum is K), each
// block's partial products added to C in order: the rounding of a library that blocks K
// differently (eigen_matmul_order.cc). A's and B's stored rows are lda and ldb floats apart, so
// either may be a column range of a larger matrix. `pairs` (optional) marks outputs summed in
// pairs.
void gemmF32Blocks(const float* A, int64_t lda, bool ta, const float* B, int64_t ldb, bool tb, float* C, int64_t M,
                   int64_t N, const std::vector<int64_t>& kBlockLengths, const GemmPairKinds* pairs = nullptr);

// Call before allocating the output of a product that gemmF32 will compute next: when it will
// use several threads their helpers are woken now, so their wake-up latency overlaps the
// allocation (threads.h's wakeHelpers).
void gemmF32Announce(int64_t M, int64_t N, int64_t K);
}  // namespace tfts
