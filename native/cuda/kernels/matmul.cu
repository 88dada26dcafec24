// Integer matmul (cuBLAS has no integer GEMM with wrapping semantics): one
// thread per output element, summing in k order with unsigned (wrapping)
// arithmetic as the CPU's -fwrapv loops do. And a one-block dot product for
// [1,K] x [K,1] (see launchSmallDot).
#include <type_traits>

#include "../core/launch.cuh"
#include "../core/stream.h"
#include "matmul.h"

namespace tfts::cuda {
namespace {

template <typename T>
__global__ void intGemm(const T* __restrict__ A, const T* __restrict__ B, T* __restrict__ C, const int64_t* __restrict__ aOff,
                        const int64_t* __restrict__ bOff, int64_t batch, int64_t M, int64_t N, int64_t K, bool ta, bool tb) {
  using U = std::make_unsigned_t<T>;
  const int64_t total = batch * M * N;
  TFTS_GRID_STRIDE(e, total) {
    const int64_t bi = e / (M * N);
    const int64_t rem = e - bi * M * N;
    const int64_t i = rem / N, j = rem - i * N;
    const T* a = A + aOff[bi];
    const T* b = B + bOff[bi];
    U acc = 0;
    for (int64_t k = 0; k < K; ++k) {
      const U x = static_cast<U>(ta ? a[k * M + i] : a[i * K + k]);
      const U y = static_cast<U>(tb ? b[j * K + k] : b[k * N + j]);
      acc += x * y;
    }
    C[e] = static_cast<T>(acc);
  }
}

constexpr int kDotThreads = 512;

// One block: each thread sums a strided slice in k order, then a warp-shuffle
// and shared-memory tree combines the 512 partials (a fixed order, so the
// result does not vary from run to run).
template <typename T>
__global__ void smallDot(const T* __restrict__ a, const T* __restrict__ b, T* __restrict__ out, int64_t K) {
  T acc = 0;
  for (int64_t k = threadIdx.x; k < K; k += kDotThreads) acc = fma(a[k], b[k], acc);
  for (int o = 16; o > 0; o >>= 1) acc += __shfl_down_sync(0xffffffffu, acc, o);
  __shared__ T warpSums[kDotThreads / 32];
  if (threadIdx.x % 32 == 0) warpSums[threadIdx.x / 32] = acc;
  __syncthreads();
  if (threadIdx.x < 32) {
    acc = threadIdx.x < kDotThreads / 32 ? warpSums[threadIdx.x] : T(0);
    for (int o = 16; o > 0; o >>= 1) acc += __shfl_down_sync(0xffffffffu, acc, o);
    if (threadIdx.x == 0) *out = acc;
  }
}

}  // namespace

void launchSmallDot(DType d, const void* a, const void* b, void* out, int64_t K) {
  if (d == DType::Float32) {
    smallDot<float><<<1, kDotThreads, 0, stream()>>>(static_cast<const float*>(a), static_cast<const float*>(b),
                                                      static_cast<float*>(out), K);
  } else {
    smallDot<double><<<1, kDotThreads, 0, stream()>>>(static_cast<const double*>(a), static_cast<const double*>(b),
                                                       static_cast<double*>(out), K);
  }
}

void launchIntMatmul(DType d, const void* a, const void* b, void* c, const int64_t* aOff, const int64_t* bOff,
                     int64_t batch, int64_t M, int64_t N, int64_t K, bool ta, bool tb) {
  const int64_t total = batch * M * N;
  if (total <= 0) return;
  if (d == DType::Int32) {
    intGemm<int32_t><<<gridFor(total), kBlock, 0, stream()>>>(static_cast<const int32_t*>(a), static_cast<const int32_t*>(b),
                                                               static_cast<int32_t*>(c), aOff, bOff, batch, M, N, K, ta, tb);
  } else {
    intGemm<int64_t><<<gridFor(total), kBlock, 0, stream()>>>(static_cast<const int64_t*>(a), static_cast<const int64_t*>(b),
                                                               static_cast<int64_t*>(c), aOff, bOff, batch, M, N, K, ta, tb);
  }
}

}  // namespace tfts::cuda
