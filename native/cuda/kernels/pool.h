// Host launchers of the pooling kernels (pool.cu); geometry as conv.h (pooling ignores dilation,
// as the CPU kernel does).
#pragma once
#include <cuda_runtime_api.h>

#include "conv.h"

namespace tfts::cuda::launch {

// [n,oh,ow,c]; dtype is any DType code but bool (cudaErrorInvalidValue for bool).
cudaError_t pool2d(bool max, int dtype, const void* x, const ConvGeom& g, void* out, cudaStream_t stream);
// [n,h,w,c]; float dtype codes only (cudaErrorInvalidValue otherwise).
cudaError_t pool2dGrad(bool max, int dtype, const void* x, const void* dy, const ConvGeom& g, void* out,
                       cudaStream_t stream);

}  // namespace tfts::cuda::launch
