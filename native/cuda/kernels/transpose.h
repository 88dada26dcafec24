// Launchers of transpose.cu: strided copies (transpose, broadcastTo, and the
// permutation reduce uses to bring reduced axes innermost).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "../core/strides.h"

namespace tfts::cuda {

// out[off0(i)] = src[off1(i)] for i < n, elements of elemSize bytes; t operands {out, src}.
void launchStridedCopy(size_t elemSize, const void* src, void* out, int64_t n, const StrideTable<2>& t);

// Host helper: the table copying src (C order, `shape`) into dst permuted by perm.
StrideTable<2> permuteTable(const std::vector<int64_t>& shape, const std::vector<int64_t>& perm);

}  // namespace tfts::cuda
