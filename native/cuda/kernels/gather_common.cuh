// Device-side helpers shared by the CUDA kernel files of the data-movement, nn and tf.math families
// (gather, scatter, concat, conv, pool, math_unary, math_binary, scan, sort, linalg): storage types
// per dtype code, load/store between storage and compute type, and the grid-stride launch shape.
// Kernel files include this only from .cu sources (it needs nvcc).
#pragma once
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>

namespace tfts::cuda::kern {

// Dtype codes as in native/src/dtype.h (duplicated so .cu files need not include host headers).
enum Code : int {
  kF32 = 0, kF64 = 1, kI32 = 2, kI64 = 3, kBool = 4, kU8 = 5, kI8 = 6,
  kI16 = 7, kF16 = 8, kBF16 = 9, kU16 = 10, kU32 = 11, kU64 = 12,
};

// Compute type: halves compute in float, as on the CPU (Compute<T> in dtype.h).
template <typename T> struct ComputeOf { using type = T; };
template <> struct ComputeOf<__half> { using type = float; };
template <> struct ComputeOf<__nv_bfloat16> { using type = float; };
template <typename T> using Compute = typename ComputeOf<T>::type;

template <typename T> __device__ __forceinline__ Compute<T> ld(T x) { return x; }
template <> __device__ __forceinline__ float ld<__half>(__half x) { return __half2float(x); }
template <> __device__ __forceinline__ float ld<__nv_bfloat16>(__nv_bfloat16 x) { return __bfloat162float(x); }

// Round-to-nearest-even conversion back to the storage type (what the CPU's store<T> does).
template <typename T> __device__ __forceinline__ T st(Compute<T> x) { return static_cast<T>(x); }
template <> __device__ __forceinline__ __half st<__half>(float x) { return __float2half_rn(x); }
template <> __device__ __forceinline__ __nv_bfloat16 st<__nv_bfloat16>(float x) { return __float2bfloat16_rn(x); }

template <typename T> struct Tag { using type = T; };

// Calls f(Tag<T>{}) for the device storage type of a float dtype code; false when d is no float.
template <typename F> bool dispatchFloat(int d, F&& f) {
  switch (d) {
    case kF32: f(Tag<float>{}); return true;
    case kF64: f(Tag<double>{}); return true;
    case kF16: f(Tag<__half>{}); return true;
    case kBF16: f(Tag<__nv_bfloat16>{}); return true;
    default: return false;
  }
}

// Calls f(Tag<T>{}) for every dtype but bool (bool has no arithmetic); false for bool.
template <typename F> bool dispatchNumeric(int d, F&& f) {
  switch (d) {
    case kI32: f(Tag<int32_t>{}); return true;
    case kI64: f(Tag<int64_t>{}); return true;
    case kU8: f(Tag<uint8_t>{}); return true;
    case kI8: f(Tag<int8_t>{}); return true;
    case kI16: f(Tag<int16_t>{}); return true;
    case kU16: f(Tag<uint16_t>{}); return true;
    case kU32: f(Tag<uint32_t>{}); return true;
    case kU64: f(Tag<uint64_t>{}); return true;
    default: return dispatchFloat(d, f);
  }
}

// Pure data movement only depends on the element size.
template <typename F> void dispatchSize(size_t bytes, F&& f) {
  switch (bytes) {
    case 1: f(Tag<uint8_t>{}); break;
    case 2: f(Tag<uint16_t>{}); break;
    case 4: f(Tag<uint32_t>{}); break;
    default: f(Tag<uint64_t>{}); break;
  }
}

constexpr int kThreads = 256;

// Blocks for a grid-stride loop over n elements (n > 0): enough to fill the GPU, capped so the
// grid stays small for huge n (each thread then loops).
inline unsigned blocksFor(int64_t n) {
  const int64_t b = (n + kThreads - 1) / kThreads;
  return static_cast<unsigned>(b < 65536 ? b : 65536);
}

__device__ __forceinline__ int64_t globalThread() {
  return static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
}
__device__ __forceinline__ int64_t gridThreads() { return static_cast<int64_t>(gridDim.x) * blockDim.x; }

}  // namespace tfts::cuda::kern
