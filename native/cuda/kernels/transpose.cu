// Strided copy by element size (1/2/4/8 bytes): every dtype shares 4 kernels.
#include "../core/device_types.cuh"
#include "../core/launch.cuh"
#include "../core/stream.h"
#include "transpose.h"

namespace tfts::cuda {
namespace {

template <typename W> __global__ void stridedCopy(const W* __restrict__ src, W* __restrict__ out, int64_t n, StrideTable<2> t) {
  TFTS_GRID_STRIDE(i, n) {
    int64_t off[2];
    stridedOffsets<2>(t, i, off);
    out[off[0]] = src[off[1]];
  }
}

template <typename W> void launch(const void* src, void* out, int64_t n, const StrideTable<2>& t) {
  stridedCopy<W><<<gridFor(n), kBlock, 0, stream()>>>(static_cast<const W*>(src), static_cast<W*>(out), n, t);
}

}  // namespace

void launchStridedCopy(size_t elemSize, const void* src, void* out, int64_t n, const StrideTable<2>& t) {
  if (n <= 0) return;
  switch (elemSize) {
    case 1: launch<uint8_t>(src, out, n, t); break;
    case 2: launch<uint16_t>(src, out, n, t); break;
    case 4: launch<uint32_t>(src, out, n, t); break;
    default: launch<uint64_t>(src, out, n, t); break;
  }
}

StrideTable<2> permuteTable(const std::vector<int64_t>& shape, const std::vector<int64_t>& perm) {
  const size_t r = shape.size();
  std::vector<int64_t> inStrides(r), outShape(r), srcStrides(r), outStrides(r);
  int64_t acc = 1;
  for (size_t i = r; i-- > 0;) {
    inStrides[i] = acc;
    acc *= shape[i];
  }
  for (size_t i = 0; i < r; ++i) {
    outShape[i] = shape[perm[i]];
    srcStrides[i] = inStrides[perm[i]];
  }
  acc = 1;
  for (size_t i = r; i-- > 0;) {
    outStrides[i] = acc;
    acc *= outShape[i];
  }
  return collapseStrides<2>(outShape, {outStrides, srcStrides});
}

}  // namespace tfts::cuda
