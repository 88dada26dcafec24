// Glue (.cc) helpers shared by the kernel families of gather/scatter/concat/conv/pool/math_*/scan/
// sort/linalg: per-call device scratch memory, synchronous read-back of small results, dtype tests.
#pragma once
#include <napi.h>

#include <cstdint>

#include "../../src/dtype.h"
#include "../core/allocator.h"
#include "../core/call_context.h"
#include "../core/check.h"
#include "../core/stream.h"

namespace tfts::cuda {

// Uninitialised device memory for the current call only: like uploadTemp's buffers it goes back to
// the allocator when the call returns (later work on the one stream is ordered after this call's
// kernels, so reuse is safe). Null for 0 bytes.
inline void* callScratch(Napi::Env env, uint64_t bytes) {
  if (bytes == 0) return nullptr;
  CallScope* call = CallScope::current();
  if (call == nullptr) throw Napi::Error::New(env, "device scratch requested outside a CUDA module call");
  Block* b = allocator().allocate(bytes);
  call->addTemp(b);
  return b->ptr;
}

// Copies `bytes` of device memory to the host and waits for the stream (results the JS caller
// needs as plain values, e.g. a singular-matrix index or a division-by-zero flag).
inline void readBack(void* host, const void* dev, size_t bytes, const char* what) {
  check(cudaMemcpyAsync(host, dev, bytes, cudaMemcpyDeviceToHost, stream()), what);
  check(cudaStreamSynchronize(stream()), what);
}

inline bool isFloatDType(DType d) {
  return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16;
}

}  // namespace tfts::cuda
