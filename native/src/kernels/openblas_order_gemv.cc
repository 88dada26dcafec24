// dgemv (beta = 0, alpha = 1, unit strides; sgemv: openblas_order_sgemv.cc) in the order of OpenBLAS's Haswell kernels:
// kernel/x86_64/{d,s}gemv_{n,t}_4.c with their haswell micro-kernels. Which micro-kernel an
// output goes through depends on its position (groups of 4, then 2, then 1), and the last
// m % 4 rows / columns are done by the C tail code, so those are reproduced as they are.
#include <cmath>
#include <vector>

#include "openblas_order.h"
#include "openblas_order_gemv_common.h"
#include "openblas_order_simd.h"

namespace tfts::openblas {
namespace {

using gemv::fusedTail;
using gemv::GEMV_THREAD_MIN;
using gemv::threadRanges;

constexpr int64_t NBMAX = 2048;

// ---- "T": y[j] = row j of a (m contiguous values) . x ------------------------------------

// Block [0, nb) of one row: the 4x4 kernel (4 FMA lanes, folded (l0+l2)+(l1+l3)).
template <typename T>
OB_INLINE T dotT4(int64_t nb, const T* r, const T* x) {
  T l[4] = {};
  for (int64_t i = 0; i < nb; i += 4)
    for (int q = 0; q < 4; ++q) l[q] = std::fma(r[i + q], x[i + q], l[q]);
  return (l[0] + l[2]) + (l[1] + l[3]);
}
// The 4x2 kernel (SSE2: 2 lanes, multiply then add, folded l0+l1).
OB_INLINE double dotT2(int64_t nb, const double* r, const double* x) {
  double l[2] = {};
  for (int64_t i = 0; i < nb; i += 2)
    for (int q = 0; q < 2; ++q) l[q] = l[q] + r[i + q] * x[i + q];
  return l[0] + l[1];
}
// The 4x1 kernel (SSE2: lanes A for i%4 in {0,1}, B for {2,3}; (A0+B0)+(A1+B1)).
OB_INLINE double dotT1(int64_t nb, const double* r, const double* x) {
  double a[2] = {}, b[2] = {};
  for (int64_t i = 0; i < nb; i += 4)
    for (int q = 0; q < 2; ++q) {
      a[q] = a[q] + r[i + q] * x[i + q];
      b[q] = b[q] + r[i + 2 + q] * x[i + 2 + q];
    }
  return (a[0] + b[0]) + (a[1] + b[1]);
}

// Outputs [j0, j1) of dgemv_t (j1 - j0 is the n the kernel sees: the kernel choice depends on
// the position inside that range).
OB_INLINE void dgemvTBody(int64_t m, int64_t j0, int64_t j1, const double* a, int64_t lda, const double* x,
                          double* y) {
  const int64_t n = j1 - j0;
  const int64_t m3 = m & 3, mfull = m - m3;
  const int64_t n4 = n & -4;
  for (int64_t j = 0; j < n; ++j) y[j0 + j] = 0.0;
  for (int64_t k0 = 0; k0 < mfull; k0 += NBMAX) {
    const int64_t nb = mfull - k0 < NBMAX ? mfull - k0 : NBMAX;
    for (int64_t j = 0; j < n; ++j) {
      const double* r = a + (j0 + j) * lda + k0;
      double t;
      if (j < n4) t = dotT4(nb, r, x + k0);
      else if ((n & 2) && j < n4 + 2) t = dotT2(nb, r, x + k0);
      else t = dotT1(nb, r, x + k0);
      y[j0 + j] = y[j0 + j] + t;
    }
  }
  if (m3 == 0) return;
  const double* xt = x + mfull;
  for (int64_t j = 0; j < n; ++j) {
    const double* r = a + (j0 + j) * lda + mfull;
    double& out = y[j0 + j];
    if (m3 == 3) out = out + fusedTail(r[2], xt[2], fusedTail(r[0], xt[0], r[1] * xt[1]));
    else if (m3 == 2) out = out + fusedTail(r[0], xt[0], r[1] * xt[1]);
    else out = fusedTail(r[0], xt[0], out);
  }
}

// ---- "N": y[i] = sum_j a[i + j*lda] * x[j] ---------------------------------------------------

// Rows [0, mm) (mm a multiple of 4): columns in groups of 4 (two FMA chains of 2 products,
// added, then added to y), then a pair (two products added), then one product.
OB_INLINE void dgemvNMain(int64_t mm, int64_t n, const double* a, int64_t lda, const double* x, double* y) {
  for (int64_t i = 0; i < mm; ++i) y[i] = 0.0;
  const int64_t n4 = n & -4;
  for (int64_t c = 0; c < n4; c += 4) {
    const double *a0 = a + c * lda, *a1 = a0 + lda, *a2 = a1 + lda, *a3 = a2 + lda;
    const double x0 = x[c], x1 = x[c + 1], x2 = x[c + 2], x3 = x[c + 3];
    for (int64_t i = 0; i < mm; ++i) {
      const double t4 = std::fma(a2[i], x2, a0[i] * x0);
      const double t5 = std::fma(a3[i], x3, a1[i] * x1);
      y[i] = y[i] + (t4 + t5);
    }
  }
  int64_t c = n4;
  if (n & 2) {
    const double *a0 = a + c * lda, *a1 = a0 + lda;
    const double x0 = x[c], x1 = x[c + 1];
    for (int64_t i = 0; i < mm; ++i) y[i] = y[i] + (a0[i] * x0 + a1[i] * x1);
    c += 2;
  }
  if (n & 1) {
    const double* a0 = a + c * lda;
    const double x0 = x[c];
    for (int64_t i = 0; i < mm; ++i) y[i] = y[i] + a0[i] * x0;
  }
}

OB_INLINE void dgemvNBody(int64_t m, int64_t n, const double* a, int64_t lda, const double* x, double* y) {
  dgemvNMain(m & -4, n, a, lda, x, y);
  gemv::gemvNTail(m, n, a, lda, x, y);
}

OB_FAST void dgemvTFast(int64_t m, int64_t j0, int64_t j1, const double* a, int64_t lda, const double* x, double* y) {
  dgemvTBody(m, j0, j1, a, lda, x, y);
}
void dgemvTPortable(int64_t m, int64_t j0, int64_t j1, const double* a, int64_t lda, const double* x, double* y) {
  dgemvTBody(m, j0, j1, a, lda, x, y);
}
OB_FAST void dgemvNFast(int64_t m, int64_t n, const double* a, int64_t lda, const double* x, double* y) {
  dgemvNBody(m, n, a, lda, x, y);
}
void dgemvNPortable(int64_t m, int64_t n, const double* a, int64_t lda, const double* x, double* y) {
  dgemvNBody(m, n, a, lda, x, y);
}

}  // namespace

void dgemvT(int64_t m, int64_t n, const double* a, int64_t lda, const double* x, double* y, int threads) {
  if (m <= 0 || n <= 0) {
    for (int64_t j = 0; j < n; ++j) y[j] = 0.0;
    return;
  }
  const bool fast = haveAvx2Fma();
  auto part = [&](int64_t j0, int64_t j1) {
    if (fast) dgemvTFast(m, j0, j1, a, lda, x, y);
    else dgemvTPortable(m, j0, j1, a, lda, x, y);
  };
  if (m * n < GEMV_THREAD_MIN || threads <= 1) return part(0, n);
  // Threaded: the outputs are split; each part's kernel choice restarts at its first output.
  const std::vector<int64_t> b = threadRanges(n, threads);
  for (size_t p = 0; p + 1 < b.size(); ++p) part(b[p], b[p + 1]);
}

void dgemvN(int64_t m, int64_t n, const double* a, int64_t lda, const double* x, double* y, int threads) {
  if (m <= 0 || n <= 0) {
    for (int64_t i = 0; i < m; ++i) y[i] = 0.0;
    return;
  }
  const bool fast = haveAvx2Fma();
  auto part = [&](int64_t rows, int64_t cols, const double* ap, const double* xp, double* yp) {
    if (fast) dgemvNFast(rows, cols, ap, lda, xp, yp);
    else dgemvNPortable(rows, cols, ap, lda, xp, yp);
  };
  if (m * n < GEMV_THREAD_MIN || threads <= 1) return part(m, n, a, x, y);
  const std::vector<int64_t> b = threadRanges(m, threads);
  if (static_cast<int64_t>(b.size() - 1) < threads && m * threads <= 1024) {
    // Too few rows to share out: the columns are split instead, each part summed into its own
    // zeroed buffer, and the parts added onto y = 0 in order.
    const std::vector<int64_t> c = threadRanges(n, threads);
    std::vector<double> partial(static_cast<size_t>(m));
    for (int64_t i = 0; i < m; ++i) y[i] = 0.0;
    for (size_t p = 0; p + 1 < c.size(); ++p) {
      part(m, c[p + 1] - c[p], a + c[p] * lda, x + c[p], partial.data());
      for (int64_t i = 0; i < m; ++i) y[i] = y[i] + partial[i];
    }
    return;
  }
  // The rows are split; each part's last (rows % 4) rows take the C tail.
  for (size_t p = 0; p + 1 < b.size(); ++p) part(b[p + 1] - b[p], n, a + b[p], x, y + b[p]);
}

}  // namespace tfts::openblas
