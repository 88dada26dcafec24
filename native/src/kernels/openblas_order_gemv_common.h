// Pieces shared by the dgemv and sgemv reproductions (openblas_order_gemv.cc, _sgemv.cc).
#pragma once
#include <cmath>
#include <cstdint>
#include <vector>

#include "openblas_order_simd.h"

namespace tfts::openblas::gemv {

// The C tails are rounded as the oracle's build compiled them (checked bit for bit against
// numpy): dgemv_t's were contracted to FMA (`y += a*x` is fma(a, x, y); in `p0 + p1 + p2` the
// first product is fused with the second as addend, the third fused onto that), while dgemv_n's
// and both float32 files' round every product and every sum.
template <typename T>
OB_INLINE T fusedTail(T a, T b, T c) { return std::fma(a, b, c); }
template <typename T>
OB_INLINE T roundedTail(T a, T b, T c) { return c + a * b; }

// OpenBLAS's gemv_thread split: `total` into consecutive parts of ceil(left / parts left), at
// least 4 each. Returns the part boundaries.
inline std::vector<int64_t> threadRanges(int64_t total, int threads) {
  std::vector<int64_t> b{0};
  for (int64_t left = total; left > 0;) {
    const int64_t parts = threads - static_cast<int64_t>(b.size() - 1);
    int64_t width = parts > 0 ? (left + parts - 1) / parts : left;
    if (width < 4) width = 4;
    if (left < width) width = left;
    b.push_back(b.back() + width);
    left -= width;
  }
  return b;
}

// interface/gemv.c runs single-threaded below this many matrix elements.
constexpr int64_t GEMV_THREAD_MIN = 115200 * 4;

}  // namespace tfts::openblas::gemv
