// cumulative (cumsum/cumprod, exclusive/reverse) on the device, two shapes of parallelism:
//   - many lines or short lines: one thread per line, stepping exactly as the CPU does (floats
//     round the running value to the storage type after every step, so float16 matches too);
//   - few long lines: one block per line, tiles of 256 elements scanned with warp shuffles and
//     chained through a carry. Float results then differ from the CPU's sequential order by
//     rounding (float16/bfloat16 accumulate in float and round once per element).
// Integers scan in 32/64-bit unsigned arithmetic: sums and products modulo 2^k truncate to the
// same bits as the CPU's wrapping per-step arithmetic.
#include <type_traits>

#include "gather_common.cuh"
#include "scan.h"

namespace tfts::cuda {
namespace {

template <typename T>
using ScanT = std::conditional_t<std::is_integral_v<T>,
                                 std::conditional_t<(sizeof(T) <= 4), unsigned int, unsigned long long>,
                                 kern::Compute<T>>;

template <typename S> __device__ __forceinline__ S combine(bool isSum, S a, S b) { return isSum ? a + b : a * b; }

template <typename T> __device__ __forceinline__ ScanT<T> toScan(T x) {
  if constexpr (std::is_integral_v<T>) return static_cast<ScanT<T>>(x);  // sign-extends: same value mod 2^k
  else return kern::ld(x);
}
template <typename T> __device__ __forceinline__ T fromScan(ScanT<T> s) {
  if constexpr (std::is_integral_v<T>) return static_cast<T>(s);  // keeps the low bits
  else return kern::st<T>(s);
}

template <typename T>
__global__ void scanLinePerThread(const T* __restrict__ x, int64_t lines, int64_t len, int64_t inner, bool isSum,
                                  bool exclusive, bool reverse, T* __restrict__ y) {
  using S = ScanT<T>;
  for (int64_t line = kern::globalThread(); line < lines; line += kern::gridThreads()) {
    const int64_t p = line / inner, q = line - p * inner;
    const int64_t base = p * len * inner + q;
    if constexpr (std::is_integral_v<T>) {
      S acc = isSum ? S(0) : S(1);
      for (int64_t s = 0; s < len; ++s) {
        const int64_t k = base + (reverse ? len - 1 - s : s) * inner;
        const S v = toScan(x[k]);
        if (exclusive) y[k] = static_cast<T>(acc);
        acc = combine(isSum, acc, v);
        if (!exclusive) y[k] = static_cast<T>(acc);
      }
    } else {
      T acc = kern::st<T>(isSum ? 0 : 1);
      for (int64_t s = 0; s < len; ++s) {
        const int64_t k = base + (reverse ? len - 1 - s : s) * inner;
        const S v = kern::ld(x[k]);
        if (exclusive) y[k] = acc;
        acc = kern::st<T>(combine(isSum, static_cast<S>(kern::ld(acc)), v));
        if (!exclusive) y[k] = acc;
      }
    }
  }
}

constexpr int kScanThreads = 256;
constexpr int kWarps = kScanThreads / 32;

template <typename T>
__global__ void __launch_bounds__(kScanThreads) scanLinePerBlock(const T* __restrict__ x, int64_t lines, int64_t len,
                                                                 int64_t inner, bool isSum, bool exclusive,
                                                                 bool reverse, T* __restrict__ y) {
  using S = ScanT<T>;
  __shared__ S warpTotals[kWarps];
  const unsigned full = 0xffffffffu;
  const int lane = threadIdx.x % 32, warp = threadIdx.x / 32;
  const S identity = isSum ? S(0) : S(1);
  for (int64_t line = blockIdx.x; line < lines; line += gridDim.x) {
    const int64_t p = line / inner, q = line - p * inner;
    const int64_t base = p * len * inner + q;
    S carry = identity;
    for (int64_t tile = 0; tile < len; tile += kScanThreads) {  // uniform across the block
      const int64_t s = tile + threadIdx.x;
      const int64_t k = base + (reverse ? len - 1 - s : s) * inner;
      S v = s < len ? toScan(x[k]) : identity;
      for (int off = 1; off < 32; off <<= 1) {  // inclusive scan within the warp
        const S other = __shfl_up_sync(full, v, off);
        if (lane >= off) v = combine(isSum, other, v);
      }
      if (lane == 31) warpTotals[warp] = v;
      __syncthreads();
      if (warp == 0) {  // scan the warp totals
        S t = lane < kWarps ? warpTotals[lane] : identity;
        for (int off = 1; off < kWarps; off <<= 1) {
          const S other = __shfl_up_sync(full, t, off);
          if (lane >= off) t = combine(isSum, other, t);
        }
        if (lane < kWarps) warpTotals[lane] = t;
      }
      __syncthreads();
      const S before = warp > 0 ? warpTotals[warp - 1] : identity;  // everything in earlier warps
      const S inclusive = combine(isSum, before, v);
      const S shifted = __shfl_up_sync(full, inclusive, 1);
      const S exclusiveValue = lane > 0 ? shifted : before;
      if (s < len) y[k] = fromScan<T>(combine(isSum, carry, exclusive ? exclusiveValue : inclusive));
      carry = combine(isSum, carry, warpTotals[kWarps - 1]);
      __syncthreads();  // warpTotals is rewritten by the next tile
    }
  }
}

}  // namespace

cudaError_t launch::cumulative(bool isSum, int dtype, const void* a, int64_t outer, int64_t len, int64_t inner,
                               bool exclusive, bool reverse, void* out, cudaStream_t stream) {
  if (dtype == kern::kBool) return cudaErrorInvalidValue;
  const int64_t lines = outer * inner;
  if (lines <= 0 || len <= 0) return cudaSuccess;
  const bool perThread = len <= 128 || lines >= 8192;
  kern::dispatchNumeric(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* x = static_cast<const T*>(a);
    T* y = static_cast<T*>(out);
    if (perThread) {
      scanLinePerThread<T><<<kern::blocksFor(lines), kern::kThreads, 0, stream>>>(x, lines, len, inner, isSum,
                                                                                  exclusive, reverse, y);
    } else {
      const unsigned blocks = static_cast<unsigned>(lines < 65535 ? lines : 65535);
      scanLinePerBlock<T><<<blocks, kScanThreads, 0, stream>>>(x, lines, len, inner, isSum, exclusive, reverse, y);
    }
  });
  return cudaGetLastError();
}

}  // namespace tfts::cuda
