// Host launchers of the index-map kernels (gather.cu, scatter.cu). They enqueue on `stream` and
// return the launch's cudaError_t; the glue (gather_glue.cc, scatter_glue.cc) validates first.
#pragma once
#include <cuda_runtime_api.h>

#include <cstddef>
#include <cstdint>

namespace tfts::cuda::launch {

// out[i] = map[i] >= 0 ? src[map[i]] : (fill ? *fill : 0), for elements of elemSize bytes.
cudaError_t gatherIndexed(size_t elemSize, const void* src, const int32_t* map, int64_t n,
                          const void* fill, void* out, cudaStream_t stream);
// out[map[i]] += src[i] where map[i] >= 0 (out already zeroed); dtype is a DType code.
cudaError_t scatterAddIndexed(int dtype, const void* src, const int32_t* map, int64_t n, void* out,
                              cudaStream_t stream);
// out[map[i]] = src[i] where map[i] >= 0 (the map has no duplicate targets left).
cudaError_t scatterSetIndexed(size_t elemSize, const void* src, const int32_t* map, int64_t n, void* out,
                              cudaStream_t stream);

}  // namespace tfts::cuda::launch
