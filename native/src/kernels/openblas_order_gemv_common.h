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

// The last m % 4 rows: the C tail (a running sum per row, then added to y = 0).
// Both precisions compile the same C code here (gemv_n_4.c / sgemv_n_4.c), so one template serves.
template <typename T>
OB_INLINE void gemvNTail(int64_t m, int64_t n, const T* a, int64_t lda, const T* x, T* y) {
  const int64_t m3 = m & 3, i0 = m - m3;
  if (m3 == 0) return;
  T temp[3] = {0, 0, 0};
  if (lda == m3 && m3 >= 2) {
    // lda == 3 (or 2) with unit stride: two columns per statement, `temp += p + q`.
    int64_t j = 0;
    for (; j < (n & -4); j += 4)
      for (int half = 0; half < 2; ++half) {
        const int64_t c = j + 2 * half;
        for (int r = 0; r < m3; ++r)
          temp[r] = temp[r] + roundedTail(a[i0 + r + c * lda], x[c], a[i0 + r + (c + 1) * lda] * x[c + 1]);
      }
    for (; j < n; ++j)
      for (int r = 0; r < m3; ++r) temp[r] = roundedTail(a[i0 + r + j * lda], x[j], temp[r]);
  } else if (lda == 1 && m3 == 1) {
    // A single row: four products per statement, ((p0 + p1) + p2) + p3.
    int64_t j = 0;
    for (; j < (n & -4); j += 4) {
      T s = roundedTail(a[j], x[j], a[j + 1] * x[j + 1]);
      s = roundedTail(a[j + 2], x[j + 2], s);
      s = roundedTail(a[j + 3], x[j + 3], s);
      temp[0] = temp[0] + s;
    }
    for (; j < n; ++j) temp[0] = roundedTail(a[j], x[j], temp[0]);
  } else {
    for (int64_t j = 0; j < n; ++j)
      for (int r = 0; r < m3; ++r) temp[r] = roundedTail(a[i0 + r + j * lda], x[j], temp[r]);
  }
  for (int r = 0; r < m3; ++r) y[i0 + r] = T(0) + temp[r];
}

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
