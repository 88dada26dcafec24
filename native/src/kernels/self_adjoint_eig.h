#pragma once

// The symmetric eigensolver behind TF's SelfAdjointEigV2 CPU kernel, redone so that every rounding
// happens where it happens in TF: TF runs Eigen's SelfAdjointEigenSolver on a row-major matrix in
// the input precision, and its x86 wheel is built for AVX without FMA, so each multiply and each
// add rounds on its own (contraction is switched off below).
//
// The steps, in Eigen's order:
//   1. keep the lower triangle, divide it by its largest |coefficient| (1 if all zero);
//   2. Householder tridiagonalization, one column at a time: reflector from the column below the
//      diagonal, w = tau * A v via the symmetric matrix-vector product, w += (-tau/2 (w.v)) v,
//      A -= v w' + w v' on the lower triangle;
//   3. Q built in place from the reflectors, last one first;
//   4. implicit symmetric QR steps with a Wilkinson shift on the tridiagonal, rotations applied to
//      Q's columns, deflating a sub-diagonal entry once (e / eps)^2 <= |d_i| + |d_i+1|;
//   5. selection sort ascending (first minimum wins) swapping Q's columns, then the eigenvalues
//      multiplied back by the scale.
// Eigen's solver works on a column-major copy, so its contiguous columns are summed with AVX
// packets; the summation orders below are those of Eigen's kernels (squared norm, inner product,
// symmetric and row-major matrix-vector products), including the explicit 0 some sums start from
// (which decides the sign of zero results); where Eigen's packets start depends on addresses, the
// code assumes Eigen's 32-byte aligned allocations. Checked bit for bit, eigenvectors included,
// against TF 2.21 for n = 1..8 (1,064 matrices per dtype: random, integer, diagonal, repeated
// eigenvalues, zero, huge/tiny scale) and n = 9..100 (330 per dtype), float32 and float64.
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "fp_contract.h"

// GCC's per-function attribute does not reach the lambdas and inlined helpers, and with FMA
// available its SLP vectorizer fuses paired c*x - s*y / s*x + c*y into fmaddsub even under
// -ffp-contract=off; so the whole header is compiled with neither.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off", "no-tree-slp-vectorize")
#endif

namespace tfts {
namespace eigh {

template <typename T> struct Result {
  std::vector<T> values;   // n, ascending
  std::vector<T> vectors;  // n x n row-major, eigenvector k in column k
  bool converged = true;   // false after Eigen's 30 * n QR sweeps without deflating
};

// Eigen keeps the working matrix column-major and, on TF's AVX build, sums with 32-byte packets
// (8 floats, 4 doubles) wherever a column is contiguous; the helpers below add up in the order
// those packet loops do. A packet's lanes are summed by folding halves: lane i += lane i + P/2.
template <typename T> constexpr int kLanes = 32 / static_cast<int>(sizeof(T));

template <typename T> TFTS_NO_FP_CONTRACT_ATTR T foldLanes(T* lane, int p) {
  TFTS_NO_FP_CONTRACT
  for (int h = p / 2; h >= 1; h /= 2)
    for (int i = 0; i < h; ++i) lane[i] = lane[i] + lane[i + h];
  return lane[0];
}

// Sum of x[0..len) as Eigen's vectorized redux of an expression (x_k = the squares of a column):
// an expression has no address, so packets start at index 0; two packet accumulators, folded,
// then the tail one by one. Below one packet, a plain sum from x[0].
template <typename T> TFTS_NO_FP_CONTRACT_ATTR T reduxSum(const T* x, int64_t len) {
  TFTS_NO_FP_CONTRACT
  constexpr int P = kLanes<T>;
  const int64_t size1 = (len / P) * P, size2 = (len / (2 * P)) * (2 * P);
  if (size1 == 0) {
    T r = x[0];
    for (int64_t k = 1; k < len; ++k) r = r + x[k];
    return r;
  }
  T p0[P], p1[P];
  for (int l = 0; l < P; ++l) p0[l] = x[l];
  if (size1 > P) {
    for (int l = 0; l < P; ++l) p1[l] = x[P + l];
    for (int64_t k = 2 * P; k < size2; k += 2 * P)
      for (int l = 0; l < P; ++l) {
        p0[l] = p0[l] + x[k + l];
        p1[l] = p1[l] + x[k + P + l];
      }
    for (int l = 0; l < P; ++l) p0[l] = p0[l] + p1[l];
    if (size1 > size2)
      for (int l = 0; l < P; ++l) p0[l] = p0[l] + x[size2 + l];
  }
  T r = foldLanes(p0, P);
  for (int64_t k = size1; k < len; ++k) r = r + x[k];
  return r;
}

// a . b as Eigen's inner product: below one packet a plain left-to-right sum from a0 b0; else up
// to four packet accumulators from index 0, combined (2+3, 1+2, 0+1), folded, then the tail.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR T innerProduct(const T* a, const T* b, int64_t len) {
  TFTS_NO_FP_CONTRACT
  constexpr int P = kLanes<T>;
  if (len == 0) return 0;
  if (len < P) {
    T r = a[0] * b[0];
    for (int64_t k = 1; k < len; ++k) r = r + a[k] * b[k];
    return r;
  }
  const int64_t packetEnd = (len / P) * P, quadEnd = (len / (4 * P)) * (4 * P), packets = len / P;
  T acc[4][P];
  const int64_t first = packets < 4 ? packets : 4;
  for (int64_t q = 0; q < first; ++q)
    for (int l = 0; l < P; ++l) acc[q][l] = a[q * P + l] * b[q * P + l];
  if (packets >= 4) {
    for (int64_t k = 4 * P; k < quadEnd; k += 4 * P)
      for (int q = 0; q < 4; ++q)
        for (int l = 0; l < P; ++l) acc[q][l] = acc[q][l] + a[k + q * P + l] * b[k + q * P + l];
    for (int64_t q = 0; q < (packetEnd - quadEnd) / P; ++q)
      for (int l = 0; l < P; ++l) acc[q][l] = acc[q][l] + a[quadEnd + q * P + l] * b[quadEnd + q * P + l];
    for (int l = 0; l < P; ++l) acc[2][l] = acc[2][l] + acc[3][l];
  }
  if (packets >= 3)
    for (int l = 0; l < P; ++l) acc[1][l] = acc[1][l] + acc[2][l];
  if (packets >= 2)
    for (int l = 0; l < P; ++l) acc[0][l] = acc[0][l] + acc[1][l];
  T r = foldLanes(acc[0], P);
  for (int64_t k = packetEnd; k < len; ++k) r = r + a[k] * b[k];
  return r;
}

// Reflector H = I - tau v v' with v = [1, x[1..]] mapping x (length m, stride s) onto [beta, 0...];
// x[1..] is overwritten by v's tail.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR void makeHouseholder(T* x, int64_t m, int64_t s, T& tau, T& beta) {
  TFTS_NO_FP_CONTRACT
  T tailSq = 0;
  if (m > 1) {
    std::vector<T> sq(static_cast<size_t>(m - 1));
    for (int64_t k = 1; k < m; ++k) sq[k - 1] = x[k * s] * x[k * s];
    tailSq = reduxSum(sq.data(), m - 1);
  }
  const T c0 = x[0];
  if (tailSq <= std::numeric_limits<T>::min()) {
    tau = 0;
    beta = c0;
    for (int64_t k = 1; k < m; ++k) x[k * s] = 0;
    return;
  }
  beta = std::sqrt(c0 * c0 + tailSq);
  if (c0 >= T(0)) beta = -beta;
  const T denom = c0 - beta;
  for (int64_t k = 1; k < m; ++k) x[k * s] = x[k * s] / denom;
  tau = (beta - c0) / beta;
}

// w = alpha * A v for the symmetric m x m block A (row-major storage with stride ld, lower
// triangle read), in the order of Eigen's selfadjoint_matrix_vector_product on a column-major
// lower block: columns j, j+1 in pairs while more than 8 columns remain (rows below j+1 in 32-byte
// packets where w is aligned; resOffset: w's element offset from an aligned base), then one
// column at a time: A[j][j] (alpha v_j) to w_j, A[i][j] (alpha v_j) to each w_i below, and
// alpha * sum_i A[i][j] v_i to w_j.
template <typename T>
TFTS_NO_FP_CONTRACT_ATTR void symv(const T* a, int64_t ld, int64_t m, const T* v, T alpha, T* w, int64_t resOffset) {
  TFTS_NO_FP_CONTRACT
  constexpr int P = kLanes<T>;
  auto A = [&](int64_t i, int64_t j) { return a[i * ld + j]; };
  for (int64_t i = 0; i < m; ++i) w[i] = 0;
  const int64_t bound = (m > 8 ? m - 8 : 0) & ~int64_t(1);
  for (int64_t j = 0; j < bound; j += 2) {
    const T t0 = alpha * v[j], t1 = alpha * v[j + 1];
    T t2 = 0, t3 = 0, p2[P], p3[P];
    for (int l = 0; l < P; ++l) p2[l] = p3[l] = 0;
    const int64_t starti = j + 2, endi = m;
    int64_t head = (P - ((resOffset + starti) & (P - 1))) & (P - 1);
    if (head > endi - starti) head = endi - starti;
    const int64_t alignedStart = starti + head;
    const int64_t alignedEnd = alignedStart + ((endi - alignedStart) / P) * P;
    w[j] = w[j] + A(j, j) * t0;
    w[j + 1] = w[j + 1] + A(j + 1, j + 1) * t1;
    w[j + 1] = w[j + 1] + A(j + 1, j) * t0;
    t2 = t2 + A(j + 1, j) * v[j + 1];
    auto scalarRow = [&](int64_t i) {
      w[i] = w[i] + (A(i, j) * t0 + A(i, j + 1) * t1);
      t2 = t2 + A(i, j) * v[i];
      t3 = t3 + A(i, j + 1) * v[i];
    };
    for (int64_t i = starti; i < alignedStart; ++i) scalarRow(i);
    for (int64_t i = alignedStart; i < alignedEnd; ++i) {
      const int l = static_cast<int>((i - alignedStart) % P);
      w[i] = (w[i] + A(i, j + 1) * t1) + A(i, j) * t0;
      p2[l] = p2[l] + A(i, j) * v[i];
      p3[l] = p3[l] + A(i, j + 1) * v[i];
    }
    for (int64_t i = alignedEnd; i < endi; ++i) scalarRow(i);
    w[j] = w[j] + alpha * (t2 + foldLanes(p2, P));
    w[j + 1] = w[j + 1] + alpha * (t3 + foldLanes(p3, P));
  }
  for (int64_t j = bound; j < m; ++j) {
    const T t1 = alpha * v[j];
    T t2 = 0;
    w[j] = w[j] + A(j, j) * t1;
    for (int64_t i = j + 1; i < m; ++i) {
      w[i] = w[i] + A(i, j) * t1;
      t2 = t2 + A(i, j) * v[i];
    }
    w[j] = w[j] + alpha * t2;
  }
}

// In place on the scaled lower triangle `a` (n x n, row-major): diag, sub and the reflector
// coefficients; the reflector tails stay in `a` below the sub-diagonal.
template <typename T>
TFTS_NO_FP_CONTRACT_ATTR void tridiagonalize(std::vector<T>& a, int64_t n, std::vector<T>& diag, std::vector<T>& sub,
                                             std::vector<T>& hc) {
  TFTS_NO_FP_CONTRACT
  std::vector<T> v(static_cast<size_t>(n)), w(static_cast<size_t>(n));
  for (int64_t i = 0; i + 1 < n; ++i) {
    const int64_t m = n - i - 1;
    T* col = &a[(i + 1) * n + i];  // column i below the diagonal, stride n
    T tau, beta;
    makeHouseholder(col, m, n, tau, beta);
    col[0] = 1;
    for (int64_t k = 0; k < m; ++k) v[k] = col[k * n];
    T* block = &a[(i + 1) * n + (i + 1)];
    symv(block, n, m, v.data(), tau, w.data(), i);  // w = hc.tail(m) starts at hc[i]
    const T dot = innerProduct(w.data(), v.data(), m);
    const T f = (tau * T(-0.5)) * dot;
    for (int64_t k = 0; k < m; ++k) w[k] = w[k] + f * v[k];
    for (int64_t r = 0; r < m; ++r)  // A -= v w' + w v', lower triangle
      for (int64_t c = 0; c <= r; ++c) block[r * n + c] = block[r * n + c] + ((-v[r]) * w[c] + (-w[r]) * v[c]);
    col[0] = beta;
    hc[i] = tau;
  }
  for (int64_t k = 0; k < n; ++k) diag[k] = a[k * n + k];
  for (int64_t k = 0; k + 1 < n; ++k) sub[k] = a[(k + 1) * n + k];
}

// Eigen's row-major GEMV takes its rows 8, 4, then 2 at a time while enough remain, and the last
// ones singly; whether row j of `rows` went alone decides its summation order.
inline bool gemvSingleRow(int64_t j, int64_t rows) {
  int64_t i = 0;
  while (i < rows - 7) i += 8;
  if (j < i) return false;
  while (i < rows - 3) i += 4;
  if (j < i) return false;
  while (i < rows - 1) i += 2;
  return j >= i;
}

// One row's dot product in that GEMV: full packets from index 0 (lanes from 0), folded; a single
// row then adds a folded half-packet pass; the rest one by one.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR T gemvRowDot(const T* x, const T* b, int64_t len, bool single) {
  TFTS_NO_FP_CONTRACT
  constexpr int P = kLanes<T>, H = P / 2;
  T lanes[P];
  for (int l = 0; l < P; ++l) lanes[l] = 0;
  const int64_t fullEnd = (len / P) * P;
  for (int64_t k = 0; k < fullEnd; k += P)
    for (int l = 0; l < P; ++l) lanes[l] = lanes[l] + x[k + l] * b[k + l];
  T cc = foldLanes(lanes, P);
  int64_t k = fullEnd;
  if (single) {
    T half[H];
    for (int l = 0; l < H; ++l) half[l] = 0;
    const int64_t halfEnd = (len / H) * H;
    for (; k < halfEnd; k += H)
      for (int l = 0; l < H; ++l) half[l] = half[l] + x[k + l] * b[k + l];
    cc = cc + foldLanes(half, H);
  }
  for (; k < len; ++k) cc = cc + x[k] * b[k];
  return cc;
}

// Q = H_0 H_1 ... H_{n-2} in place over the reflectors in `a`, applying the last reflector first
// to the trailing corner (Eigen's in-place HouseholderSequence::evalTo with shift 1).
template <typename T> TFTS_NO_FP_CONTRACT_ATTR void buildQ(std::vector<T>& a, int64_t n, const std::vector<T>& hc) {
  TFTS_NO_FP_CONTRACT
  for (int64_t r = 0; r < n; ++r) {
    a[r * n + r] = 1;
    for (int64_t c = r + 1; c < n; ++c) a[r * n + c] = 0;
  }
  std::vector<T> tmp(static_cast<size_t>(n)), ess(static_cast<size_t>(n)), col(static_cast<size_t>(n));
  for (int64_t k = n - 2; k >= 0; --k) {
    const int64_t c = n - k - 1;      // corner size: rows and columns k+1 ..
    const int64_t top = k + 1;
    const T tau = hc[k];
    if (c == 1) {
      a[top * n + top] = a[top * n + top] * (T(1) - tau);
    } else if (tau != T(0)) {
      // tmp = ess' * bottom (+ the top row): Eigen's row-major GEMV over bottom's columns
      for (int64_t r = 0; r < c - 1; ++r) ess[r] = a[(top + 1 + r) * n + k];
      for (int64_t j = 0; j < c; ++j) {
        for (int64_t r = 0; r < c - 1; ++r) col[r] = a[(top + 1 + r) * n + top + j];
        tmp[j] = T(0) + gemvRowDot(col.data(), ess.data(), c - 1, gemvSingleRow(j, c));
        tmp[j] = tmp[j] + a[top * n + top + j];
      }
      for (int64_t j = 0; j < c; ++j) a[top * n + top + j] = a[top * n + top + j] - tau * tmp[j];
      for (int64_t r = 0; r < c - 1; ++r) {
        const T te = tau * a[(top + 1 + r) * n + k];
        for (int64_t j = 0; j < c; ++j) a[(top + 1 + r) * n + top + j] = a[(top + 1 + r) * n + top + j] - te * tmp[j];
      }
    }
    for (int64_t r = k + 1; r < n; ++r) a[r * n + k] = 0;
  }
}

// Eigen's real makeGivens(p, q): c, s with [c -s; s c]' [p; q] = [r; 0].
template <typename T> TFTS_NO_FP_CONTRACT_ATTR void makeGivens(T p, T q, T& c, T& s) {
  TFTS_NO_FP_CONTRACT
  if (q == T(0)) {
    c = p < T(0) ? T(-1) : T(1);
    s = 0;
  } else if (p == T(0)) {
    c = 0;
    s = q < T(0) ? T(1) : T(-1);
  } else if (std::fabs(p) > std::fabs(q)) {
    const T t = q / p;
    T u = std::sqrt(T(1) + t * t);
    if (p < T(0)) u = -u;
    c = T(1) / u;
    s = -t * c;
  } else {
    const T t = p / q;
    T u = std::sqrt(T(1) + t * t);
    if (q < T(0)) u = -u;
    s = -T(1) / u;
    c = -t * s;
  }
}

// Eigen's hypot: max * sqrt(1 + (min/max)^2), infinities first.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR T hypotEigen(T x, T y) {
  TFTS_NO_FP_CONTRACT
  x = std::fabs(x);
  y = std::fabs(y);
  if (std::isinf(x) || std::isinf(y)) return std::numeric_limits<T>::infinity();
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<T>::quiet_NaN();
  const T p = x < y ? y : x;
  if (p == T(0)) return 0;
  const T qp = (y < x ? y : x) / p;
  return p * std::sqrt(T(1) + qp * qp);
}

// One implicit QR step with Wilkinson shift on diag/sub[start..end], rotations applied to
// columns k, k+1 of the row-major q (when given).
template <typename T>
TFTS_NO_FP_CONTRACT_ATTR void qrStep(T* diag, T* sub, int64_t start, int64_t end, T* q, int64_t n) {
  TFTS_NO_FP_CONTRACT
  const T td = (diag[end - 1] - diag[end]) * T(0.5);
  const T e = sub[end - 1];
  T mu = diag[end];
  if (td == T(0)) {
    mu = mu - std::fabs(e);
  } else if (e != T(0)) {
    const T e2 = e * e;
    const T h = hypotEigen(td, e);
    if (e2 == T(0)) mu = mu - e / ((td + (td > T(0) ? h : -h)) / e);
    else mu = mu - e2 / (td + (td > T(0) ? h : -h));
  }
  T x = diag[start] - mu;
  T z = sub[start];
  for (int64_t k = start; k < end && z != T(0); ++k) {
    T c, s;
    makeGivens(x, z, c, s);
    const T sdk = s * diag[k] + c * sub[k];
    const T dkp1 = s * sub[k] + c * diag[k + 1];
    diag[k] = c * (c * diag[k] - s * sub[k]) - s * (c * sub[k] - s * diag[k + 1]);
    diag[k + 1] = s * sdk + c * dkp1;
    sub[k] = c * sdk - s * dkp1;
    if (k > start) sub[k - 1] = c * sub[k - 1] - s * z;
    x = sub[k];
    if (k < end - 1) {
      z = -s * sub[k + 1];
      sub[k + 1] = c * sub[k + 1];
    }
    if (q && !(c == T(1) && s == T(0))) {  // Eigen skips the identity rotation
      for (int64_t r = 0; r < n; ++r) {
        const T xr = q[r * n + k], yr = q[r * n + k + 1];
        q[r * n + k] = c * xr + (-s) * yr;
        q[r * n + k + 1] = s * xr + c * yr;
      }
    }
  }
}

// QR steps on the tridiagonal (diag, sub) until every sub-diagonal entry deflates, rotating the
// columns of q (when given), then Eigen's selection sort. False if Eigen would give up.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR bool diagonalize(T* diag, T* sub, T* q, int64_t n) {
  TFTS_NO_FP_CONTRACT
  const T tiny = std::numeric_limits<T>::min();
  const T precisionInv = T(1) / std::numeric_limits<T>::epsilon();
  int64_t end = n - 1, start = 0, iter = 0;
  const int64_t maxIter = 30 * n;
  while (end > 0) {
    for (int64_t i = start; i < end; ++i) {
      if (std::fabs(sub[i]) < tiny) {
        sub[i] = 0;
      } else {
        const T scaled = precisionInv * sub[i];
        if (scaled * scaled <= std::fabs(diag[i]) + std::fabs(diag[i + 1])) sub[i] = 0;
      }
    }
    while (end > 0 && sub[end - 1] == T(0)) --end;
    if (end <= 0) break;
    if (++iter > maxIter) break;
    start = end - 1;
    while (start > 0 && sub[start - 1] != T(0)) --start;
    qrStep(diag, sub, start, end, q, n);
  }
  if (iter > maxIter) return false;
  for (int64_t i = 0; i + 1 < n; ++i) {  // selection sort, the first minimum wins
    int64_t k = i;
    for (int64_t j = i + 1; j < n; ++j)
      if (diag[j] < diag[k]) k = j;
    if (k != i) {
      std::swap(diag[i], diag[k]);
      if (q)
        for (int64_t r = 0; r < n; ++r) std::swap(q[r * n + i], q[r * n + k]);
    }
  }
  return true;
}

// Eigenvalues (ascending) and, if wanted, eigenvectors of the symmetric matrix whose lower
// triangle is in `in` (n x n, row-major).
template <typename T> TFTS_NO_FP_CONTRACT_ATTR Result<T> solve(const T* in, int64_t n, bool wantVectors) {
  TFTS_NO_FP_CONTRACT
  Result<T> res;
  res.values.assign(static_cast<size_t>(n), T(0));
  if (wantVectors) res.vectors.assign(static_cast<size_t>(n * n), T(0));
  if (n == 0) return res;
  if (n == 1) {  // Eigen returns the coefficient itself, unscaled
    res.values[0] = in[0];
    if (wantVectors) res.vectors[0] = 1;
    return res;
  }
  std::vector<T> a(static_cast<size_t>(n * n), T(0));
  T scale = 0;
  for (int64_t r = 0; r < n; ++r)
    for (int64_t c = 0; c <= r; ++c) {
      a[r * n + c] = in[r * n + c];
      const T m = std::fabs(in[r * n + c]);
      if (m > scale || std::isnan(m)) scale = m;
    }
  if (scale == T(0)) scale = 1;
  for (int64_t r = 0; r < n; ++r)
    for (int64_t c = 0; c <= r; ++c) a[r * n + c] = a[r * n + c] / scale;

  std::vector<T>& diag = res.values;
  std::vector<T> sub(static_cast<size_t>(n - 1)), hc(static_cast<size_t>(n - 1));
  tridiagonalize(a, n, diag, sub, hc);
  T* q = nullptr;
  if (wantVectors) {
    buildQ(a, n, hc);
    q = a.data();
  }

  res.converged = diagonalize(diag.data(), sub.data(), q, n);
  if (!res.converged) return res;
  for (int64_t i = 0; i < n; ++i) diag[i] = diag[i] * scale;
  if (wantVectors) res.vectors = std::move(a);
  return res;
}

}  // namespace eigh
}  // namespace tfts

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC pop_options
#endif
