// sgemv (beta = 0, alpha = 1, unit strides) in the order of OpenBLAS's Haswell kernels:
// kernel/x86_64/sgemv_{n,t}_4.c with their haswell micro-kernels (NBMAX 4096; the 4x8/4x4
// kernels treat a block's leading rows differently from the rest), bit for bit with numpy.
#include <cmath>
#include <vector>

#include "openblas_order.h"
#include "openblas_order_gemv_common.h"
#include "openblas_order_simd.h"

namespace tfts::openblas {
namespace {

using gemv::GEMV_THREAD_MIN;
using gemv::roundedTail;
using gemv::threadRanges;

// ---- float32: sgemv_t_4.c / sgemv_n_4.c (NBMAX 4096) -----------------------------------

constexpr int64_t SNBMAX = 4096;

// sgemv_t's 4x4 kernel (Haswell): 8 FMA lanes; when nb % 8 == 4 the first 4 values go to lanes
// 0-3 alone, then every later 8 fill lanes 0-7. Folded (l[q] + l[q+4]), then two horizontal adds.
OB_INLINE float sdotT4(int64_t nb, const float* r, const float* x) {
  float l[8] = {};
  int64_t i = 0;
  if (nb & 4) {
    for (int q = 0; q < 4; ++q) l[q] = std::fma(r[q], x[q], l[q]);
    i = 4;
  }
  for (; i < nb; i += 8)
    for (int q = 0; q < 8; ++q) l[q] = std::fma(r[i + q], x[i + q], l[q]);
  float h[4];
  for (int q = 0; q < 4; ++q) h[q] = l[q] + l[q + 4];
  return (h[0] + h[1]) + (h[2] + h[3]);
}
// sgemv_t's 4x2 kernel (SSE: 4 lanes, multiply then add; two horizontal adds).
OB_INLINE float sdotT2(int64_t nb, const float* r, const float* x) {
  float l[4] = {};
  for (int64_t i = 0; i < nb; i += 4)
    for (int q = 0; q < 4; ++q) l[q] = l[q] + r[i + q] * x[i + q];
  return (l[0] + l[1]) + (l[2] + l[3]);
}
// sgemv_t's 4x1 kernel (SSE: lanes A take the first 4 of every 8 (and a leading 4 when
// nb % 8 == 4), lanes B the second 4; A + B, then two horizontal adds).
OB_INLINE float sdotT1(int64_t nb, const float* r, const float* x) {
  float a[4] = {}, b[4] = {};
  int64_t i = 0;
  if (nb & 4) {
    for (int q = 0; q < 4; ++q) a[q] = a[q] + r[q] * x[q];
    i = 4;
  }
  for (; i < nb; i += 8)
    for (int q = 0; q < 4; ++q) {
      a[q] = a[q] + r[i + q] * x[i + q];
      b[q] = b[q] + r[i + 4 + q] * x[i + 4 + q];
    }
  float v[4];
  for (int q = 0; q < 4; ++q) v[q] = a[q] + b[q];
  return (v[0] + v[1]) + (v[2] + v[3]);
}

OB_INLINE void sgemvTBody(int64_t m, int64_t j0, int64_t j1, const float* a, int64_t lda, const float* x,
                          float* y) {
  const int64_t n = j1 - j0;
  const int64_t m3 = m & 3, mfull = m - m3;
  const int64_t n4 = n & -4;
  for (int64_t j = 0; j < n; ++j) y[j0 + j] = 0.0f;
  for (int64_t k0 = 0; k0 < mfull; k0 += SNBMAX) {
    const int64_t nb = mfull - k0 < SNBMAX ? mfull - k0 : SNBMAX;
    for (int64_t j = 0; j < n; ++j) {
      const float* r = a + (j0 + j) * lda + k0;
      float t;
      if (j < n4) t = sdotT4(nb, r, x + k0);
      else if ((n & 2) && j < n4 + 2) t = sdotT2(nb, r, x + k0);
      else t = sdotT1(nb, r, x + k0);
      y[j0 + j] = y[j0 + j] + t;
    }
  }
  if (m3 == 0) return;
  const float* xt = x + mfull;
  for (int64_t j = 0; j < n; ++j) {
    const float* r = a + (j0 + j) * lda + mfull;
    float& out = y[j0 + j];
    if (m3 == 3) out = out + roundedTail(r[2], xt[2], roundedTail(r[0], xt[0], r[1] * xt[1]));
    else if (m3 == 2) out = out + roundedTail(r[0], xt[0], r[1] * xt[1]);
    else out = roundedTail(r[0], xt[0], out);
  }
}

// sgemv_n's 4x8 / 4x4 kernels for one row: rows in the block's leading (nb & 12) use two FMA
// chains (even and odd columns) added together; later rows one chain over all the columns.
OB_INLINE float sgemvNGroup(bool split, int cols, const float* a, int64_t lda, const float* x) {
  if (split) {
    float e = 0.0f, o = 0.0f;
    for (int c = 0; c < cols; c += 2) {
      e = std::fma(a[c * lda], x[c], e);
      o = std::fma(a[(c + 1) * lda], x[c + 1], o);
    }
    return e + o;
  }
  float s = 0.0f;
  for (int c = 0; c < cols; ++c) s = std::fma(a[c * lda], x[c], s);
  return s;
}

// Rows [0, mm) of sgemv_n (mm a multiple of 4), in blocks of up to SNBMAX rows.
OB_INLINE void sgemvNMain(int64_t mm, int64_t n, const float* a, int64_t lda, const float* x, float* y) {
  for (int64_t i = 0; i < mm; ++i) y[i] = 0.0f;
  const int64_t n8 = n & -8;
  for (int64_t b0 = 0; b0 < mm; b0 += SNBMAX) {
    const int64_t nb = mm - b0 < SNBMAX ? mm - b0 : SNBMAX;
    const int64_t splitRows = nb & 12;
    for (int64_t r = 0; r < nb; ++r) {
      const int64_t i = b0 + r;
      const bool split = r < splitRows;
      float acc = y[i];
      for (int64_t c = 0; c < n8; c += 8) acc = acc + sgemvNGroup(split, 8, a + i + c * lda, lda, x + c);
      int64_t c = n8;
      if (n & 4) {
        acc = acc + sgemvNGroup(split, 4, a + i + c * lda, lda, x + c);
        c += 4;
      }
      if (n & 2) {
        acc = acc + a[i + c * lda] * x[c];
        acc = acc + a[i + (c + 1) * lda] * x[c + 1];
        c += 2;
      }
      if (n & 1) acc = acc + a[i + c * lda] * x[c];
      y[i] = acc;
    }
  }
}

OB_INLINE void sgemvNBody(int64_t m, int64_t n, const float* a, int64_t lda, const float* x, float* y) {
  sgemvNMain(m & -4, n, a, lda, x, y);
  gemv::gemvNTail(m, n, a, lda, x, y);
}

OB_FAST void sgemvTFast(int64_t m, int64_t j0, int64_t j1, const float* a, int64_t lda, const float* x, float* y) {
  sgemvTBody(m, j0, j1, a, lda, x, y);
}
void sgemvTPortable(int64_t m, int64_t j0, int64_t j1, const float* a, int64_t lda, const float* x, float* y) {
  sgemvTBody(m, j0, j1, a, lda, x, y);
}
OB_FAST void sgemvNFast(int64_t m, int64_t n, const float* a, int64_t lda, const float* x, float* y) {
  sgemvNBody(m, n, a, lda, x, y);
}
void sgemvNPortable(int64_t m, int64_t n, const float* a, int64_t lda, const float* x, float* y) {
  sgemvNBody(m, n, a, lda, x, y);
}

}  // namespace
}  // namespace tfts::openblas

namespace tfts::openblas {

void sgemvT(int64_t m, int64_t n, const float* a, int64_t lda, const float* x, float* y, int threads) {
  if (m <= 0 || n <= 0) {
    for (int64_t j = 0; j < n; ++j) y[j] = 0.0f;
    return;
  }
  const bool fast = haveAvx2Fma();
  auto part = [&](int64_t j0, int64_t j1) {
    if (fast) sgemvTFast(m, j0, j1, a, lda, x, y);
    else sgemvTPortable(m, j0, j1, a, lda, x, y);
  };
  if (m * n < GEMV_THREAD_MIN || threads <= 1) return part(0, n);
  const std::vector<int64_t> b = threadRanges(n, threads);
  for (size_t p = 0; p + 1 < b.size(); ++p) part(b[p], b[p + 1]);
}

void sgemvN(int64_t m, int64_t n, const float* a, int64_t lda, const float* x, float* y, int threads) {
  if (m <= 0 || n <= 0) {
    for (int64_t i = 0; i < m; ++i) y[i] = 0.0f;
    return;
  }
  const bool fast = haveAvx2Fma();
  auto part = [&](int64_t rows, int64_t cols, const float* ap, const float* xp, float* yp) {
    if (fast) sgemvNFast(rows, cols, ap, lda, xp, yp);
    else sgemvNPortable(rows, cols, ap, lda, xp, yp);
  };
  if (m * n < GEMV_THREAD_MIN || threads <= 1) return part(m, n, a, x, y);
  const std::vector<int64_t> b = threadRanges(m, threads);
  if (static_cast<int64_t>(b.size() - 1) < threads && m * threads <= 1024) {
    const std::vector<int64_t> c = threadRanges(n, threads);
    std::vector<float> partial(static_cast<size_t>(m));
    for (int64_t i = 0; i < m; ++i) y[i] = 0.0f;
    for (size_t p = 0; p + 1 < c.size(); ++p) {
      part(m, c[p + 1] - c[p], a + c[p] * lda, x + c[p], partial.data());
      for (int64_t i = 0; i < m; ++i) y[i] = y[i] + partial[i];
    }
    return;
  }
  for (size_t p = 0; p + 1 < b.size(); ++p) part(b[p + 1] - b[p], n, a + b[p], x, y + b[p]);
}

}  // namespace tfts::openblas
