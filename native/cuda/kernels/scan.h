// Host launcher of cumulative (scan.cu).
#pragma once
#include <cuda_runtime_api.h>

#include <cstdint>

namespace tfts::cuda::launch {

// Cumsum/cumprod along the middle axis of a [outer, len, inner] view; any dtype code but bool
// (cudaErrorInvalidValue for bool).
cudaError_t cumulative(bool isSum, int dtype, const void* a, int64_t outer, int64_t len, int64_t inner,
                       bool exclusive, bool reverse, void* out, cudaStream_t stream);

}  // namespace tfts::cuda::launch
