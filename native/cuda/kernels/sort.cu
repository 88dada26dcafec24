// topK on the device. Every element becomes a 64-bit key whose unsigned order is the CPU
// comparator's order (NaN above +inf and all NaNs equal, -0 == +0; complemented for descending),
// paired with its index. Sorting the (key, index) pairs ascending is a total order, so the result
// is exactly the CPU's stable sort (ties keep the lower index first) whatever the sort algorithm:
//   - rows up to 2048 elements: one block per row, bitonic sort in shared memory;
//   - longer rows: bitonic sort in a global scratch buffer, one launch per merge step.
#include <type_traits>

#include "gather_common.cuh"
#include "sort.h"

namespace tfts::cuda {
namespace {

constexpr int64_t kSharedMax = 2048;  // 2048 x (8 + 4) bytes = 24 KiB of shared memory
constexpr uint64_t kSignBit = uint64_t(1) << 63;

template <typename T>
__device__ __forceinline__ uint64_t orderKey(T x, bool descending) {
  uint64_t key;
  if constexpr (std::is_integral_v<T>) {
    if constexpr (std::is_signed_v<T>) key = static_cast<uint64_t>(static_cast<int64_t>(x)) ^ kSignBit;
    else key = static_cast<uint64_t>(x);
  } else {
    double d = static_cast<double>(kern::ld(x));  // exact for every float type
    if (isnan(d)) {
      key = ~uint64_t(0);
    } else {
      if (d == 0.0) d = 0.0;  // -0 sorts with +0
      const uint64_t bits = static_cast<uint64_t>(__double_as_longlong(d));
      key = (bits & kSignBit) ? ~bits : (bits | kSignBit);
    }
  }
  return descending ? ~key : key;
}

__device__ __forceinline__ bool before(uint64_t ka, int32_t ia, uint64_t kb, int32_t ib) {
  return ka < kb || (ka == kb && ia < ib);
}

// Padding past the row end: after every real element.
constexpr uint64_t kPadKey = ~uint64_t(0);
constexpr int32_t kPadIndex = 0x7fffffff;

template <typename T>
__global__ void topKShared(const T* __restrict__ x, int64_t rows, int64_t len, int64_t k, int n2, bool descending,
                           T* __restrict__ values, int32_t* __restrict__ indices) {
  extern __shared__ unsigned long long smem[];
  uint64_t* keys = reinterpret_cast<uint64_t*>(smem);
  int32_t* idx = reinterpret_cast<int32_t*>(keys + n2);
  for (int64_t r = blockIdx.x; r < rows; r += gridDim.x) {
    const T* row = x + r * len;
    for (int i = threadIdx.x; i < n2; i += blockDim.x) {
      keys[i] = i < len ? orderKey(row[i], descending) : kPadKey;
      idx[i] = i < len ? i : kPadIndex;
    }
    __syncthreads();
    for (int size = 2; size <= n2; size <<= 1) {
      for (int stride = size >> 1; stride > 0; stride >>= 1) {
        for (int i = threadIdx.x; i < n2; i += blockDim.x) {
          const int j = i ^ stride;
          if (j > i) {
            const bool ascending = (i & size) == 0;
            if (before(keys[j], idx[j], keys[i], idx[i]) == ascending) {
              const uint64_t tk = keys[i]; keys[i] = keys[j]; keys[j] = tk;
              const int32_t ti = idx[i]; idx[i] = idx[j]; idx[j] = ti;
            }
          }
        }
        __syncthreads();
      }
    }
    for (int64_t i = threadIdx.x; i < k; i += blockDim.x) {
      values[r * k + i] = row[idx[i]];
      indices[r * k + i] = idx[i];
    }
    __syncthreads();  // the next row reuses the shared arrays
  }
}

template <typename T>
__global__ void topKInitKeys(const T* __restrict__ x, int64_t rows, int64_t len, int64_t n2, bool descending,
                             uint64_t* __restrict__ keys, int32_t* __restrict__ idx) {
  const int64_t total = rows * n2;
  for (int64_t t = kern::globalThread(); t < total; t += kern::gridThreads()) {
    const int64_t r = t / n2, i = t - r * n2;
    keys[t] = i < len ? orderKey(x[r * len + i], descending) : kPadKey;
    idx[t] = i < len ? static_cast<int32_t>(i) : kPadIndex;
  }
}

// One compare-exchange step of the bitonic network over every row at once.
__global__ void bitonicStep(uint64_t* __restrict__ keys, int32_t* __restrict__ idx, int64_t rows, int64_t n2,
                            int64_t size, int64_t stride) {
  const int64_t total = rows * n2;
  for (int64_t t = kern::globalThread(); t < total; t += kern::gridThreads()) {
    const int64_t i = t % n2, j = i ^ stride;
    if (j <= i) continue;
    const int64_t a = t, b = t - i + j;
    const bool ascending = (i & size) == 0;
    if (before(keys[b], idx[b], keys[a], idx[a]) == ascending) {
      const uint64_t tk = keys[a]; keys[a] = keys[b]; keys[b] = tk;
      const int32_t ti = idx[a]; idx[a] = idx[b]; idx[b] = ti;
    }
  }
}

template <typename T>
__global__ void topKGather(const T* __restrict__ x, const int32_t* __restrict__ idx, int64_t rows, int64_t len,
                           int64_t n2, int64_t k, T* __restrict__ values, int32_t* __restrict__ indices) {
  const int64_t total = rows * k;
  for (int64_t t = kern::globalThread(); t < total; t += kern::gridThreads()) {
    const int64_t r = t / k, i = t - r * k;
    const int32_t j = idx[r * n2 + i];
    values[t] = x[r * len + j];
    indices[t] = j;
  }
}

int64_t pow2AtLeast(int64_t n) {
  int64_t p = 1;
  while (p < n) p <<= 1;
  return p;
}

}  // namespace

int64_t launch::topKScratchBytes(int64_t rows, int64_t len) {
  const int64_t n2 = pow2AtLeast(len);
  if (n2 <= kSharedMax) return 0;
  return rows * n2 * static_cast<int64_t>(sizeof(uint64_t) + sizeof(int32_t));
}

cudaError_t launch::topK(int dtype, const void* a, int64_t rows, int64_t len, int64_t k, bool descending, void* values,
                         int32_t* indices, void* scratch, cudaStream_t stream) {
  if (dtype == kern::kBool) return cudaErrorInvalidValue;
  if (rows <= 0 || k <= 0) return cudaSuccess;
  const int64_t n2 = pow2AtLeast(len);
  cudaError_t err = cudaSuccess;
  kern::dispatchNumeric(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* x = static_cast<const T*>(a);
    T* v = static_cast<T*>(values);
    if (n2 <= kSharedMax) {
      const int threads = static_cast<int>(n2 < 1024 ? (n2 < 32 ? 32 : n2) : 1024);
      const unsigned blocks = static_cast<unsigned>(rows < 65535 ? rows : 65535);
      const size_t shared = static_cast<size_t>(n2) * (sizeof(uint64_t) + sizeof(int32_t));
      topKShared<T><<<blocks, threads, shared, stream>>>(x, rows, len, k, static_cast<int>(n2), descending, v, indices);
      err = cudaGetLastError();
      return;
    }
    uint64_t* keys = static_cast<uint64_t*>(scratch);
    int32_t* idx = reinterpret_cast<int32_t*>(keys + rows * n2);
    const unsigned blocks = kern::blocksFor(rows * n2);
    topKInitKeys<T><<<blocks, kern::kThreads, 0, stream>>>(x, rows, len, n2, descending, keys, idx);
    for (int64_t size = 2; size <= n2 && err == cudaSuccess; size <<= 1) {
      for (int64_t stride = size >> 1; stride > 0; stride >>= 1) {
        bitonicStep<<<blocks, kern::kThreads, 0, stream>>>(keys, idx, rows, n2, size, stride);
      }
      err = cudaGetLastError();
    }
    if (err != cudaSuccess) return;
    topKGather<T><<<kern::blocksFor(rows * k), kern::kThreads, 0, stream>>>(x, idx, rows, len, n2, k, v, indices);
    err = cudaGetLastError();
  });
  return err;
}

}  // namespace tfts::cuda
