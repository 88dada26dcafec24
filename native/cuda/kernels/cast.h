// Launchers of cast.cu.
#pragma once
#include <cstdint>

#include "../../src/dtype.h"

namespace tfts::cuda {

// dst[i] = convert<dd>(src[i]) with the CPU's rules (src/kernels/convert.h); sd != dd.
void launchCast(const void* src, DType sd, void* dst, DType dd, int64_t n);

}  // namespace tfts::cuda
