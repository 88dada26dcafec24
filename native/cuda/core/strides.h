// Host helper building a StrideTable for a broadcast kernel: drops size-1
// dims and merges dims that stay linear for every operand (as the CPU's
// broadcast_iter.h does), so common cases become rank 1 or 2.
#pragma once
#include <array>
#include <cstdint>

#include <vector>

namespace tfts::cuda {

// Passed to kernels by value (no device allocation; 1 KiB for K = 3).
constexpr int kMaxKernelRank = 32;  // kMaxRank of src/args.h (no napi.h here: nvcc includes this)
template <int K> struct StrideTable {
  int rank = 0;                       // 0: a single element
  int64_t shape[kMaxKernelRank];      // output shape (collapsed)
  int64_t stride[K][kMaxKernelRank];  // element strides per operand, 0 on broadcast dims
};

// outShape with per-operand strides (0 where broadcast); operand order kept.
template <int K> StrideTable<K> collapseStrides(const std::vector<int64_t>& outShape,
                                                 const std::array<std::vector<int64_t>, K>& strides) {
  StrideTable<K> h;
  for (size_t i = 0; i < outShape.size(); ++i) {
    if (outShape[i] == 1) continue;
    bool merge = h.rank > 0;
    for (int k = 0; merge && k < K; ++k) merge = h.stride[k][h.rank - 1] == strides[k][i] * outShape[i];
    if (merge) {
      h.shape[h.rank - 1] *= outShape[i];
      for (int k = 0; k < K; ++k) h.stride[k][h.rank - 1] = strides[k][i];
    } else {
      h.shape[h.rank] = outShape[i];
      for (int k = 0; k < K; ++k) h.stride[k][h.rank] = strides[k][i];
      ++h.rank;
    }
  }
  return h;
}

}  // namespace tfts::cuda
