// Launcher of matmul.cu's integer GEMM (float types go to cuBLAS in matmul_glue.cc).
#pragma once
#include <cstdint>

#include "../../src/dtype.h"

namespace tfts::cuda {

// C[b] = op(A[aOff[b]]) x op(B[bOff[b]]) for b < batch, row-major, int32/int64
// with wrapping arithmetic. aOff/bOff: device arrays of element offsets.
void launchIntMatmul(DType d, const void* a, const void* b, void* c, const int64_t* aOff, const int64_t* bOff,
                     int64_t batch, int64_t M, int64_t N, int64_t K, bool ta, bool tb);

}  // namespace tfts::cuda
