// Launcher of matmul.cu's integer GEMM (float types go to cuBLAS in matmul_glue.cc).
#pragma once
#include <cstdint>

#include "../../src/dtype.h"

namespace tfts::cuda {

// C[b] = op(A[aOff[b]]) x op(B[bOff[b]]) for b < batch, row-major, int32/int64
// with wrapping arithmetic. aOff/bOff: device arrays of element offsets.
void launchIntMatmul(DType d, const void* a, const void* b, void* c, const int64_t* aOff, const int64_t* bOff,
                     int64_t batch, int64_t M, int64_t N, int64_t K, bool ta, bool tb);

// out[0] = sum_k a[k] * b[k] for float32/float64 in one block: the product
// of a [1,K] and a [K,1] matrix (both contiguous vectors whatever the
// transposes). For K up to kSmallDotMaxK it costs one small kernel launch,
// where cuBLAS's GEMM setup cost the host several microseconds more (the
// seed demo's GPU matmul at n = 1e4 was no faster than the CPU's).
constexpr int64_t kSmallDotMaxK = int64_t(1) << 16;
void launchSmallDot(DType d, const void* a, const void* b, void* out, int64_t K);

}  // namespace tfts::cuda
