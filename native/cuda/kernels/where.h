// Launcher of where.cu.
#pragma once
#include <cstddef>
#include <cstdint>

#include "../core/strides.h"

namespace tfts::cuda {

// out = cond ? x : y with operands {out, cond, x, y} broadcast by t.
void launchWhere(size_t elemSize, const uint8_t* cond, const void* x, const void* y, void* out, int64_t n,
                 const StrideTable<4>& t);

}  // namespace tfts::cuda
