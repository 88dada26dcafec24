// dgemm (numpy's float64 matrix @ matrix, beta = 0, alpha = 1) in the order of OpenBLAS's Haswell
// driver and kernel (driver/level3/level3.c, level3_thread.c, dgemm_kernel_4x8_haswell.S):
// every output is a single FMA chain over each K block (GEMM_Q = 256, the last two blocks
// split evenly), the blocks added into C in order. One exception: where a kernel call's row
// count (numpy rows) is odd, its last row goes through the 4x1 tile, which for the columns in
// whole groups of 4 keeps 4 chains (k mod 4 over whole 8-steps of the block, the rest on chain
// 0) and folds them (c0+c1)+(c2+c3). Which rows and columns that hits follows the drivers'
// partitions (thread split, DIVIDE_RATE halves, GEMM_P column blocks), reproduced below.
#include <cmath>
#include <thread>
#include <vector>

#include "openblas_order.h"
#include "openblas_order_simd.h"

namespace tfts::openblas {
namespace {

constexpr int64_t Q = 256, P = 512, UNROLL_M = 4, GEMM_R = 13824, SWITCH_RATIO = 8, PREFERRED = 8;
constexpr double SMP_MIN = 65536.0 * 4;  // SMP_THRESHOLD_MIN * GEMM_MULTITHREAD_THRESHOLD

// K blocks: GEMM_Q each while at least 2*Q remain, then the rest halved (rounded up to
// UNROLL_M single-threaded, (l+1)/2 threaded).
std::vector<int64_t> kBlocks(int64_t k, bool threaded) {
  std::vector<int64_t> v;
  for (int64_t ls = 0; ls < k;) {
    int64_t l = k - ls;
    if (l >= 2 * Q) l = Q;
    else if (l > Q) l = threaded ? (l + 1) / 2 : ((l / 2 + UNROLL_M - 1) / UNROLL_M) * UNROLL_M;
    v.push_back(l);
    ls += l;
  }
  return v;
}

// Marks the columns [from, to) of one thread that fall in whole groups of 4 of their GEMM_P
// block (the others go through 2- or 1-wide tiles, single chains).
void markColumnGroups(int64_t from, int64_t to, bool threaded, std::vector<char>& grouped) {
  int64_t is = from;
  int64_t len = to - from;
  if (len >= 2 * P) len = P;
  else if (len > P) len = ((len / 2 + UNROLL_M - 1) / UNROLL_M) * UNROLL_M;
  for (;;) {
    for (int64_t c = is; c < is + (len & -4); ++c) grouped[c] = 1;
    is += len;
    if (is >= to) break;
    len = to - is;
    if (len >= 2 * P) len = P;
    else if (len > P) {
      len = threaded ? (((len + 1) / 2 + UNROLL_M - 1) / UNROLL_M) * UNROLL_M
                     : ((len / 2 + UNROLL_M - 1) / UNROLL_M) * UNROLL_M;
    }
  }
}

// level3_thread.c's partition of `total` into `parts` ranges (at least SWITCH_RATIO wide for the
// row split, rounded up to PREFERRED where `round` is set).
std::vector<int64_t> partition(int64_t total, int64_t parts, bool minWidth, bool round) {
  std::vector<int64_t> b{0};
  for (int64_t left = total, p = 0; left > 0; ++p) {
    int64_t width = parts - p > 0 ? (left + parts - p - 1) / (parts - p) : left;
    if (minWidth && width < SWITCH_RATIO && width > 1) width = SWITCH_RATIO;
    if (round && !(PREFERRED > left || width <= PREFERRED)) width = (width + PREFERRED - 1) / PREFERRED * PREFERRED;
    left -= width;
    if (left < 0) width += left;
    b.push_back(b.back() + width);
  }
  return b;
}

struct Plan {
  std::vector<int64_t> blocks;  // K blocks
  std::vector<char> oddRow;     // rows computed by the 4x1 tile
  std::vector<char> grouped;    // columns in whole groups of 4
};

Plan plan(int64_t rows, int64_t k, int64_t cols, int threads) {
  Plan p;
  p.oddRow.assign(rows, 0);
  p.grouped.assign(cols, 0);
  const double mnk = double(rows) * double(cols) * double(k);
  int64_t nthreads = 1;
  if (mnk > SMP_MIN && threads > 1) {
    nthreads = threads;
    if (mnk / nthreads < SMP_MIN) nthreads = static_cast<int64_t>(mnk / SMP_MIN);
  }
  // The kernel's M is numpy's columns, its N numpy's rows.
  const int64_t m = cols, n = rows;
  int64_t tm = 1, tn = 1;
  if (nthreads > 1) {
    if (m >= 2 * SWITCH_RATIO) {
      tm = nthreads;
      while (m < tm * SWITCH_RATIO) tm /= 2;
    }
    if (n >= SWITCH_RATIO * tm) {
      tn = (n + SWITCH_RATIO * tm - 1) / (SWITCH_RATIO * tm);
      if (tm * tn > nthreads) tn = nthreads / tm;
      while (tm % 2 == 0 && n * tm + m * tn > n * (tm / 2) + m * (tn * 2)) {
        tm /= 2;
        tn *= 2;
      }
    }
  }
  const bool threaded = tm * tn > 1;
  p.blocks = kBlocks(k, threaded);
  if (!threaded) {
    for (int64_t js = 0; js < n; js += GEMM_R) {
      const int64_t len = n - js < GEMM_R ? n - js : GEMM_R;
      if (len & 1) p.oddRow[js + len - 1] = 1;
    }
    markColumnGroups(0, m, false, p.grouped);
    return p;
  }
  const int64_t used = tm * tn;
  const std::vector<int64_t> mb = partition(m, tm, false, true);
  for (size_t t = 0; t + 1 < mb.size(); ++t) markColumnGroups(mb[t], mb[t + 1], true, p.grouped);
  for (int64_t js = 0; js < n; js += GEMM_R * used) {
    const int64_t len = n - js < GEMM_R * used ? n - js : GEMM_R * used;
    const std::vector<int64_t> nb = partition(len, used, true, tm > 1);
    for (size_t t = 0; t + 1 < nb.size(); ++t) {
      // Each thread's rows are packed in DIVIDE_RATE = 2 halves; a kernel call never spans two.
      const int64_t from = js + nb[t], to = js + nb[t + 1];
      const int64_t half = (to - from + 1) / 2;
      for (int64_t s = from; s < to; s += half) {
        const int64_t e = s + half < to ? s + half : to;
        if ((e - s) & 1) p.oddRow[e - 1] = 1;
      }
    }
  }
  return p;
}

// Rows [r0, r1) of out = A @ B over one K block [ls, ls + len): plain chains, 4 rows x 8 columns
// at a time (each lane one output's chain), added into out.
OB_INLINE void blockRows(int64_t r0, int64_t r1, int64_t k, int64_t cols, const double* A, const double* B,
                         double* out, int64_t ls, int64_t len) {
  int64_t i = r0;
  for (; i + 4 <= r1; i += 4) {
    int64_t j = 0;
    for (; j + 8 <= cols; j += 8) {
      double acc[4][8] = {};
      for (int64_t l = ls; l < ls + len; ++l) {
        const double* b = B + l * cols + j;
        for (int r = 0; r < 4; ++r) {
          const double av = A[(i + r) * k + l];
          for (int c = 0; c < 8; ++c) acc[r][c] = std::fma(av, b[c], acc[r][c]);
        }
      }
      for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 8; ++c) out[(i + r) * cols + j + c] = out[(i + r) * cols + j + c] + acc[r][c];
    }
    for (; j < cols; ++j)
      for (int r = 0; r < 4; ++r) {
        double acc = 0.0;
        for (int64_t l = ls; l < ls + len; ++l) acc = std::fma(A[(i + r) * k + l], B[l * cols + j], acc);
        out[(i + r) * cols + j] = out[(i + r) * cols + j] + acc;
      }
  }
  for (; i < r1; ++i) {
    int64_t j = 0;
    for (; j + 8 <= cols; j += 8) {
      double acc[8] = {};
      for (int64_t l = ls; l < ls + len; ++l) {
        const double av = A[i * k + l];
        for (int c = 0; c < 8; ++c) acc[c] = std::fma(av, B[l * cols + j + c], acc[c]);
      }
      for (int c = 0; c < 8; ++c) out[i * cols + j + c] = out[i * cols + j + c] + acc[c];
    }
    for (; j < cols; ++j) {
      double acc = 0.0;
      for (int64_t l = ls; l < ls + len; ++l) acc = std::fma(A[i * k + l], B[l * cols + j], acc);
      out[i * cols + j] = out[i * cols + j] + acc;
    }
  }
}

// The 4x1 tile's value for one output over one K block.
OB_INLINE double fourChains(const double* a, const double* B, int64_t cols, int64_t j, int64_t ls, int64_t len) {
  double c[4] = {0.0, 0.0, 0.0, 0.0};
  const int64_t len8 = len & -8;
  for (int64_t l = 0; l < len8; ++l) c[l & 3] = std::fma(a[ls + l], B[(ls + l) * cols + j], c[l & 3]);
  for (int64_t l = len8; l < len; ++l) c[0] = std::fma(a[ls + l], B[(ls + l) * cols + j], c[0]);
  return (c[0] + c[1]) + (c[2] + c[3]);
}

OB_INLINE void gemmRows(int64_t r0, int64_t r1, int64_t k, int64_t cols, const double* A, const double* B, double* out,
                        const Plan& p) {
  for (int64_t i = r0 * cols; i < r1 * cols; ++i) out[i] = 0.0;
  int64_t ls = 0;
  for (const int64_t len : p.blocks) {
    for (int64_t i = r0; i < r1;) {
      if (!p.oddRow[i]) {
        // A run of ordinary rows: plain chains.
        int64_t e = i;
        while (e < r1 && !p.oddRow[e]) ++e;
        blockRows(i, e, k, cols, A, B, out, ls, len);
        i = e;
        continue;
      }
      // A 4x1-tile row: four chains in the columns of whole 4-groups, one elsewhere.
      const double* a = A + i * k;
      for (int64_t j = 0; j < cols; ++j) {
        double v;
        if (p.grouped[j]) {
          v = fourChains(a, B, cols, j, ls, len);
        } else {
          v = 0.0;
          for (int64_t l = ls; l < ls + len; ++l) v = std::fma(a[l], B[l * cols + j], v);
        }
        out[i * cols + j] = out[i * cols + j] + v;
      }
      ++i;
    }
    ls += len;
  }
}

OB_FAST void gemmRowsFast(int64_t r0, int64_t r1, int64_t k, int64_t cols, const double* A, const double* B,
                          double* out, const Plan& p) {
  gemmRows(r0, r1, k, cols, A, B, out, p);
}
void gemmRowsPortable(int64_t r0, int64_t r1, int64_t k, int64_t cols, const double* A, const double* B, double* out,
                      const Plan& p) {
  gemmRows(r0, r1, k, cols, A, B, out, p);
}

}  // namespace

void dgemm(int64_t rows, int64_t k, int64_t cols, const double* A, const double* B, double* out, int threads) {
  const Plan p = plan(rows, k, cols, threads);
  const bool fast = haveAvx2Fma();
  auto run = [&](int64_t r0, int64_t r1) {
    if (fast) gemmRowsFast(r0, r1, k, cols, A, B, out, p);
    else gemmRowsPortable(r0, r1, k, cols, A, B, out, p);
  };
  // Each output's order is fixed by the plan, so rows can be shared between two threads freely
  // (the machines this targets have two cores); small products stay on one.
  const unsigned hw = std::thread::hardware_concurrency();
  if (hw >= 2 && rows >= 8 && double(rows) * double(cols) * double(k) >= double(1 << 21)) {
    const int64_t mid = (rows / 2) & -4;
    std::thread helper([&] { run(mid, rows); });
    run(0, mid);
    helper.join();
    return;
  }
  run(0, rows);
}

}  // namespace tfts::openblas
