// Packed, register-blocked single-precision GEMM (the BLIS scheme): C[M x N] = op(A) * op(B).
#pragma once
#include <cstdint>

namespace tfts {
// A is M x K (K x M when ta), B is K x N (N x K when tb), C is M x N row-major (overwritten;
// left as is when K == 0, so callers pass it zeroed).
void gemmF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb);

// Call before allocating the output of a product that gemmF32 will compute next: when it will
// use several threads their helpers are woken now, so their wake-up latency overlaps the
// allocation (threads.h's wakeHelpers).
void gemmF32Announce(int64_t M, int64_t N, int64_t K);
}  // namespace tfts
