// The single CUDA stream every kernel of the module runs on. One stream keeps
// the caching allocator simple (a freed block may be reused at once: later
// work on the same stream is ordered after the work that used it) and gives
// TF's eager semantics for free (ops complete in program order).
#pragma once
#include <cuda_runtime_api.h>

namespace tfts::cuda {

cudaStream_t stream();
// Waits for all queued work (checked; asynchronous kernel faults surface here).
void synchronize();

}  // namespace tfts::cuda
