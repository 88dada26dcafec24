// Shared data-movement helper used by transpose and reduce.
#pragma once
#include <cstddef>
#include <vector>

#include "../args.h"

namespace tfts {
// dst = src with axes permuted: dst shape[i] = shape[perm[i]]. Element size 1/2/4/8.
void permuteCopy(const void* src, void* dst, size_t elemSize, const Shape& shape, const std::vector<int64_t>& perm);
}  // namespace tfts
