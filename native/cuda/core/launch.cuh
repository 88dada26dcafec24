// Launch helpers for .cu files: 1-D grid-stride loops with 64-bit indices, so
// any element count (above 2^31 too) is covered by a bounded grid.
#pragma once
#include <cuda_runtime.h>

#include <cstdint>

namespace tfts::cuda {

constexpr int kBlock = 256;
// Enough blocks to fill an H100/H200 many times over; grid-stride loops do the rest.
constexpr int64_t kMaxGrid = int64_t(1) << 16;

inline unsigned gridFor(int64_t n, int block = kBlock) {
  int64_t g = (n + block - 1) / block;
  if (g < 1) g = 1;
  if (g > kMaxGrid) g = kMaxGrid;
  return static_cast<unsigned>(g);
}

}  // namespace tfts::cuda

// for (int64_t i = first; i < n; i += stride) over the whole grid.
#define TFTS_GRID_STRIDE(i, n)                                                                \
  for (int64_t i = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x; i < (n);       \
       i += static_cast<int64_t>(blockDim.x) * gridDim.x)
