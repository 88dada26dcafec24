// scatterAddIndexed / scatterSetIndexed on the device.
// scatterAdd uses atomics: for float dtypes the order in which colliding contributions are summed
// is whatever order the atomics land in, so results may differ from the CPU's sequential sum (and
// from run to run) by float rounding; integer sums wrap exactly as on the CPU. bool "adds" with OR.
// scatterSet gets a map whose duplicate targets the glue already removed (last writer wins as on
// the CPU), so its plain stores never race.
#include <type_traits>

#include "gather.h"
#include "gather_common.cuh"

namespace tfts::cuda {
namespace {

__device__ __forceinline__ void atomicAddTo(float* p, float v) { atomicAdd(p, v); }
__device__ __forceinline__ void atomicAddTo(double* p, double v) { atomicAdd(p, v); }
__device__ __forceinline__ void atomicAddTo(__half* p, __half v) { atomicAdd(p, v); }
__device__ __forceinline__ void atomicAddTo(__nv_bfloat16* p, __nv_bfloat16 v) { atomicAdd(p, v); }
__device__ __forceinline__ void atomicAddTo(int32_t* p, int32_t v) { atomicAdd(p, v); }
__device__ __forceinline__ void atomicAddTo(uint32_t* p, uint32_t v) { atomicAdd(p, v); }
// Two's complement: adding the same bits as unsigned wraps exactly like the CPU's int64 add.
__device__ __forceinline__ void atomicAddTo(int64_t* p, int64_t v) {
  atomicAdd(reinterpret_cast<unsigned long long*>(p), static_cast<unsigned long long>(v));
}
__device__ __forceinline__ void atomicAddTo(uint64_t* p, uint64_t v) {
  atomicAdd(reinterpret_cast<unsigned long long*>(p), static_cast<unsigned long long>(v));
}
// 8- and 16-bit integers have no atomic add: compare-and-swap the aligned 32-bit word holding the
// element (device allocations are at least 256-byte aligned and padded to whole words).
template <typename T>
__device__ void atomicAddSmall(T* p, T v) {
  using U = std::make_unsigned_t<T>;
  const uintptr_t addr = reinterpret_cast<uintptr_t>(p);
  unsigned int* word = reinterpret_cast<unsigned int*>(addr & ~uintptr_t(3));
  const unsigned shift = static_cast<unsigned>(addr & 3) * 8;
  const unsigned mask = static_cast<unsigned>(static_cast<U>(~U(0))) << shift;
  unsigned int old = *word, assumed;
  do {
    assumed = old;
    const T cur = static_cast<T>(static_cast<U>((assumed & mask) >> shift));
    const U sum = static_cast<U>(static_cast<U>(cur) + static_cast<U>(v));  // wraps like the CPU
    const unsigned next = (assumed & ~mask) | ((static_cast<unsigned>(sum) << shift) & mask);
    old = atomicCAS(word, assumed, next);
  } while (assumed != old);
}
__device__ __forceinline__ void atomicAddTo(int8_t* p, int8_t v) { atomicAddSmall(p, v); }
__device__ __forceinline__ void atomicAddTo(uint8_t* p, uint8_t v) { atomicAddSmall(p, v); }
__device__ __forceinline__ void atomicAddTo(int16_t* p, int16_t v) { atomicAddSmall(p, v); }
__device__ __forceinline__ void atomicAddTo(uint16_t* p, uint16_t v) { atomicAddSmall(p, v); }

template <typename T>
__global__ void scatterAddKernel(const T* __restrict__ src, const int32_t* __restrict__ map, int64_t n, T* out) {
  for (int64_t i = kern::globalThread(); i < n; i += kern::gridThreads()) {
    const int32_t j = map[i];
    if (j >= 0) atomicAddTo(out + j, src[i]);
  }
}

// bool: out[j] = out[j] || src[i]; every racing store writes the same 1.
__global__ void scatterOrKernel(const uint8_t* __restrict__ src, const int32_t* __restrict__ map, int64_t n,
                                uint8_t* out) {
  for (int64_t i = kern::globalThread(); i < n; i += kern::gridThreads()) {
    const int32_t j = map[i];
    if (j >= 0 && src[i] != 0) out[j] = 1;
  }
}

template <typename T>
__global__ void scatterSetKernel(const T* __restrict__ src, const int32_t* __restrict__ map, int64_t n, T* out) {
  for (int64_t i = kern::globalThread(); i < n; i += kern::gridThreads()) {
    const int32_t j = map[i];
    if (j >= 0) out[j] = src[i];
  }
}

}  // namespace

cudaError_t launch::scatterAddIndexed(int dtype, const void* src, const int32_t* map, int64_t n, void* out,
                                      cudaStream_t stream) {
  if (n <= 0) return cudaSuccess;
  const unsigned blocks = kern::blocksFor(n);
  if (dtype == kern::kBool) {
    scatterOrKernel<<<blocks, kern::kThreads, 0, stream>>>(static_cast<const uint8_t*>(src), map, n,
                                                          static_cast<uint8_t*>(out));
    return cudaGetLastError();
  }
  const bool known = kern::dispatchNumeric(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    scatterAddKernel<T><<<blocks, kern::kThreads, 0, stream>>>(static_cast<const T*>(src), map, n,
                                                               static_cast<T*>(out));
  });
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

cudaError_t launch::scatterSetIndexed(size_t elemSize, const void* src, const int32_t* map, int64_t n, void* out,
                                      cudaStream_t stream) {
  if (n <= 0) return cudaSuccess;
  kern::dispatchSize(elemSize, [&](auto tag) {
    using T = typename decltype(tag)::type;
    scatterSetKernel<T><<<kern::blocksFor(n), kern::kThreads, 0, stream>>>(static_cast<const T*>(src), map, n,
                                                                           static_cast<T*>(out));
  });
  return cudaGetLastError();
}

}  // namespace tfts::cuda
