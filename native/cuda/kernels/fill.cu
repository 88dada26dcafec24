// fill: writes one element bit pattern n times (the value was converted to the
// dtype on the host with the CPU's conversion rules).
#include "../core/launch.cuh"
#include "../core/stream.h"
#include "fill.h"

namespace tfts::cuda {
namespace {

template <typename W> __global__ void fillKernel(W* out, int64_t n, W value) {
  TFTS_GRID_STRIDE(i, n) out[i] = value;
}

template <typename W> void launch(void* out, int64_t n, uint64_t pattern) {
  fillKernel<W><<<gridFor(n), kBlock, 0, stream()>>>(static_cast<W*>(out), n, static_cast<W>(pattern));
}

}  // namespace

void launchFill(void* out, int64_t n, size_t elemSize, uint64_t pattern) {
  if (n <= 0) return;
  switch (elemSize) {
    case 1: launch<uint8_t>(out, n, pattern); break;
    case 2: launch<uint16_t>(out, n, pattern); break;
    case 4: launch<uint32_t>(out, n, pattern); break;
    default: launch<uint64_t>(out, n, pattern); break;
  }
}

}  // namespace tfts::cuda
