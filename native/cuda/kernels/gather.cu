// gatherIndexed on the device: one grid-stride pass over the precomputed flat index map.
#include "gather.h"
#include "gather_common.cuh"

namespace tfts::cuda {
namespace {

template <typename T>
__global__ void gatherKernel(const T* __restrict__ src, const int32_t* __restrict__ map, int64_t n,
                             const T* __restrict__ fill, T* __restrict__ out) {
  const T f = fill ? *fill : T(0);
  for (int64_t i = kern::globalThread(); i < n; i += kern::gridThreads()) {
    const int32_t j = map[i];
    out[i] = j >= 0 ? src[j] : f;
  }
}

}  // namespace

cudaError_t launch::gatherIndexed(size_t elemSize, const void* src, const int32_t* map, int64_t n,
                                  const void* fill, void* out, cudaStream_t stream) {
  if (n <= 0) return cudaSuccess;
  kern::dispatchSize(elemSize, [&](auto tag) {
    using T = typename decltype(tag)::type;
    gatherKernel<T><<<kern::blocksFor(n), kern::kThreads, 0, stream>>>(
        static_cast<const T*>(src), map, n, static_cast<const T*>(fill), static_cast<T*>(out));
  });
  return cudaGetLastError();
}

}  // namespace tfts::cuda
