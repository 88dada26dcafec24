// cast: elementwise dtype conversion with exactly the CPU's conversion code
// (src/kernels/convert.h is compiled for the device too). 13 x 12 small
// kernels: each is one grid-stride loop.
#include "../core/device_types.cuh"
#include "../core/launch.cuh"
#include "../core/stream.h"
#include "cast.h"

namespace tfts::cuda {
namespace {

template <typename D, typename S> __global__ void castKernel(const S* __restrict__ src, D* __restrict__ dst, int64_t n) {
  TFTS_GRID_STRIDE(i, n) dst[i] = convert<D>(src[i]);
}

}  // namespace

void launchCast(const void* src, DType sd, void* dst, DType dd, int64_t n) {
  if (n <= 0) return;
  dispatchDType(sd, [&](auto stag) {
    using S = typename decltype(stag)::type;
    dispatchDType(dd, [&](auto dtag) {
      using D = typename decltype(dtag)::type;
      if constexpr (!std::is_same_v<S, D>) {
        castKernel<D, S><<<gridFor(n), kBlock, 0, stream()>>>(static_cast<const S*>(src), static_cast<D*>(dst), n);
      }
    });
  });
}

}  // namespace tfts::cuda
