// Integer matmul (cuBLAS has no integer GEMM with wrapping semantics): one
// thread per output element, summing in k order with unsigned (wrapping)
// arithmetic as the CPU's -fwrapv loops do.
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

}  // namespace

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
