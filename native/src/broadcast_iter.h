// Strided N-operand iteration over a broadcast output shape. Adjacent dims
// are merged when every operand stays linear across them, so the common
// cases (same shape, row/column broadcast) become one long inner loop.
#pragma once
#include <array>
#include <cstdint>

#include "args.h"

namespace tfts {

// Operand 0 is conventionally the (contiguous) output. fn(off, innerStride, len)
// is called once per innermost row with element offsets for every operand.
template <size_t K, typename F>
void forEachRow(const Shape& shape, const std::array<Shape, K>& strides, F&& fn) {
  for (int64_t d : shape) {
    if (d == 0) return;
  }
  // Collapse: drop size-1 dims, merge dims that are linear for all operands.
  Shape dims;
  std::array<Shape, K> st;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == 1) continue;
    bool merge = !dims.empty();
    for (size_t k = 0; merge && k < K; ++k) merge = st[k].back() == strides[k][i] * shape[i];
    if (merge) {
      dims.back() *= shape[i];
      for (size_t k = 0; k < K; ++k) st[k].back() = strides[k][i];
    } else {
      dims.push_back(shape[i]);
      for (size_t k = 0; k < K; ++k) st[k].push_back(strides[k][i]);
    }
  }
  std::array<int64_t, K> off{};
  std::array<int64_t, K> inner{};
  if (dims.empty()) {  // scalar output
    fn(off, inner, int64_t(1));
    return;
  }
  const size_t r = dims.size();
  for (size_t k = 0; k < K; ++k) inner[k] = st[k][r - 1];
  const int64_t len = dims[r - 1];
  Shape idx(r, 0);
  while (true) {
    fn(off, inner, len);
    // Odometer over the outer dims.
    size_t d = r - 1;
    while (true) {
      if (d == 0) return;
      --d;
      if (++idx[d] < dims[d]) {
        for (size_t k = 0; k < K; ++k) off[k] += st[k][d];
        break;
      }
      for (size_t k = 0; k < K; ++k) off[k] -= st[k][d] * (dims[d] - 1);
      idx[d] = 0;
    }
  }
}

}  // namespace tfts
