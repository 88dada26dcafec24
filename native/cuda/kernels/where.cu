// where: three-way broadcast select by element size.
#include "../core/device_types.cuh"
#include "../core/launch.cuh"
#include "../core/stream.h"
#include "where.h"

namespace tfts::cuda {
namespace {

template <typename W>
__global__ void whereKernel(const uint8_t* __restrict__ c, const W* __restrict__ x, const W* __restrict__ y,
                            W* __restrict__ out, int64_t n, StrideTable<4> t) {
  TFTS_GRID_STRIDE(i, n) {
    int64_t off[4];
    stridedOffsets<4>(t, i, off);
    out[off[0]] = c[off[1]] ? x[off[2]] : y[off[3]];
  }
}

template <typename W>
void launch(const uint8_t* c, const void* x, const void* y, void* out, int64_t n, const StrideTable<4>& t) {
  whereKernel<W><<<gridFor(n), kBlock, 0, stream()>>>(c, static_cast<const W*>(x), static_cast<const W*>(y),
                                                      static_cast<W*>(out), n, t);
}

}  // namespace

void launchWhere(size_t elemSize, const uint8_t* cond, const void* x, const void* y, void* out, int64_t n,
                 const StrideTable<4>& t) {
  if (n <= 0) return;
  switch (elemSize) {
    case 1: launch<uint8_t>(cond, x, y, out, n, t); break;
    case 2: launch<uint16_t>(cond, x, y, out, n, t); break;
    case 4: launch<uint32_t>(cond, x, y, out, n, t); break;
    default: launch<uint64_t>(cond, x, y, out, n, t); break;
  }
}

}  // namespace tfts::cuda
