// Host launcher of topK (sort.cu).
#pragma once
#include <cuda_runtime_api.h>

#include <cstdint>

namespace tfts::cuda::launch {

// Rows of `len` elements: needs topKScratchBytes(rows, len) bytes of scratch (0: pass null).
int64_t topKScratchBytes(int64_t rows, int64_t len);
// values[rows, k] and int32 indices[rows, k]; any dtype code but bool (cudaErrorInvalidValue).
cudaError_t topK(int dtype, const void* a, int64_t rows, int64_t len, int64_t k, bool descending, void* values,
                 int32_t* indices, void* scratch, cudaStream_t stream);

}  // namespace tfts::cuda::launch
