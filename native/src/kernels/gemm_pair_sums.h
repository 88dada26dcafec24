// The paired summation some libraries' kernels use for leftover rows and columns (oneDNN's AVX2
// kernel, see eigen_matmul_order.cc), on gemm_f32.cc's packed operands, so that those outputs are
// summed in the library's order while their tile is in cache.
#pragma once
#include <cstdint>

namespace tfts {

// One row of a C tile over one k block: row `r` of a packed A sliver (element k at
// ap[k * mr + r]) times a packed B sliver (row k at bp + k * nr, nr a multiple of 8, at most 32).
// Products alternate between two accumulators (even and odd k from the block's start), which are
// added, and an odd last product goes on top; `fused` multiplies and adds in one rounding (FMA),
// else separately. Writes the nr sums to out.
void pairSumsPacked(const float* ap, int64_t mr, int64_t r, const float* bp, int64_t nr, int64_t kc, bool fused,
                    float* out);

}  // namespace tfts
