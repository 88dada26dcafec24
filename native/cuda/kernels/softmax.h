// Host launcher of the softmax family (softmax.cu), the device side of native/src/kernels/softmax.cc.
#pragma once
#include <cuda_runtime_api.h>

#include <cstdint>

namespace tfts::cuda::launch {

// op: 0 softmax, 1 log_softmax, 2 xent_loss, 3 xent_backprop, 4 sparse_xent_loss,
// 5 sparse_xent_backprop, over the last axis of a [rows, cols] matrix (rows * cols > 0); dtype
// float32/float64/bfloat16. cudaErrorInvalidValue for another dtype.
cudaError_t softmax(int op, int dtype, const void* logits, const void* labels, int64_t rows, int64_t cols, void* out,
                    cudaStream_t stream);

}  // namespace tfts::cuda::launch
