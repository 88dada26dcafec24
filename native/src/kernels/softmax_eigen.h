// TF 2.21's Eigen softmax functors (softmax_op_functor.h, xent_op.h, sparse_xent_op.h) for the
// cases oneDNN does not take: LogSoftmax of every dtype, Softmax of float64, and both
// cross-entropy ops. Each is a chain of Eigen tensor expressions over a [rows, cols] matrix, and
// the bits depend on where each step takes Eigen's packet path (AVX without FMA: 8 floats or 4
// doubles, eigen_float_approx.h / eigen_float_log.h / eigen_double_approx.h) or its scalar (libm)
// path:
//   - exp inside a row reduction (sum(exp(shifted)) along classes) is read by Eigen's inner-most
//     reducer: whole packets from the start of each leaf run (a row, or a piece of a row longer
//     than 8192 floats / 4096 doubles), libm exp for the leaf's last cols % P values;
//   - the row sums fold like tf.reduce_sum over the last axis (eigen_sum.h's leaf/tree shapes);
//   - log of the [rows] vector of sums: packet for the first rows - rows % P, libm for the rest
//     (SparseSoftmaxCrossEntropyWithLogits calls the scalar log for every row instead);
//   - exp of the whole [rows, cols] matrix as its own expression: Eigen's tiled executor cuts
//     it into blocks of a cost-model size (whole rows, or pieces of a long row), each one run
//     with its own scalar tail (blockPacket); a plain exp of a tensor has only the global tail.
// Everything else (max, subtraction, product, division) is exact per element. bfloat16 runs in
// float with every Eigen step rounded to bfloat16 (Eigen's bfloat16 ops compute in float), its
// reductions using eigen_sum.h's bfloat16 shapes (leaves of 128 packets, packet sums in float).
#pragma once
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

#include "eigen_double_approx.h"
#include "eigen_float_approx.h"
#include "eigen_float_log.h"
#include "fp_contract.h"
#include "../dtype.h"

namespace tfts {
namespace softmax_eigen {

// The arithmetic policies: E the type Eigen computes in, r() its rounding after each step.
struct F32 {
  using E = float;
  static constexpr int P = 8;
  static constexpr int64_t leaf = 1024;
  static float r(float x) { return x; }
  static float expP(float x) { return eigen_f32::expPacket(x); }
  static float expS(float x) { return std::exp(x); }
  static float logP(float x) { return eigen_f32::logPacket(x); }
  static float logS(float x) { return std::log(x); }
};
struct F64 {
  using E = double;
  static constexpr int P = 4;
  static constexpr int64_t leaf = 1024;
  static double r(double x) { return x; }
  static double expP(double x) { return eigen_f64::expPacket(x); }
  static double expS(double x) { return std::exp(x); }
  static double logP(double x) { return eigen_f64::logPacket(x); }
  static double logS(double x) { return eigen_f64::logScalar(x); }
};
struct BF16 {
  using E = float;
  static constexpr int P = 8;
  static constexpr int64_t leaf = 128;
  static float r(float x) { return load(store<bf16>(x)); }
  static float expP(float x) { return r(eigen_f32::expPacket(x)); }
  static float expS(float x) { return r(std::exp(x)); }
  static float logP(float x) { return r(eigen_f32::logPacket(x)); }
  static float logS(float x) { return r(std::log(x)); }
};

// Eigen's leaf reducer over [first, first + n): get(i, packet) reads element i, packet saying
// whether Eigen loads it as part of a whole packet (true) or in the scalar tail.
template <typename F, typename G> TFTS_NO_FP_CONTRACT_ATTR typename F::E leafSum(int64_t first, int64_t n, G get) {
  TFTS_NO_FP_CONTRACT
  using E = typename F::E;
  constexpr int P = F::P;
  auto add = [](E a, E b) { return F::r(a + b); };
  E a0[P] = {};
  int64_t start = 0;
  if (n >= 4 * P) {
    E a1[P] = {}, a2[P] = {}, a3[P] = {};
    const int64_t v4 = n / (4 * P) * (4 * P);
    for (int64_t j = 0; j < v4; j += 4 * P)
      for (int l = 0; l < P; ++l) {
        a0[l] = add(a0[l], get(first + j + l, true));
        a1[l] = add(a1[l], get(first + j + P + l, true));
        a2[l] = add(a2[l], get(first + j + 2 * P + l, true));
        a3[l] = add(a3[l], get(first + j + 3 * P + l, true));
      }
    for (int l = 0; l < P; ++l) a0[l] = add(add(add(a0[l], a1[l]), a2[l]), a3[l]);
    start = v4;
  }
  const int64_t v = n / P * P;
  for (int64_t j = start; j < v; j += P)
    for (int l = 0; l < P; ++l) a0[l] = add(a0[l], get(first + j + l, true));
  E tail = 0;
  for (int64_t j = v; j < n; ++j) tail = add(tail, get(first + j, false));
  E red;  // the horizontal sum, in E (bfloat16: in float, rounded once)
  if constexpr (P == 8) red = F::r(((a0[0] + a0[4]) + (a0[2] + a0[6])) + ((a0[1] + a0[5]) + (a0[3] + a0[7])));
  else red = (a0[0] + a0[2]) + (a0[1] + a0[3]);
  return add(tail, red);
}

// Runs longer than `leaf` packets split at the packet boundary at or after their middle, counted
// from the absolute index of the run's first element.
template <typename F, typename G> typename F::E treeSum(int64_t first, int64_t n, G get) {
  using E = typename F::E;
  constexpr int64_t P = F::P;
  if (n <= P * F::leaf) return leafSum<F>(first, n, get);
  const int64_t split = P * ((first + (n + 1) / 2 + P - 1) / P);
  const int64_t left = std::min(split - first, n);
  E acc = F::r(E(0) + treeSum<F>(first, left, get));
  if (left < n) acc = F::r(acc + treeSum<F>(first + left, n - left, get));
  return acc;
}

// Eigen's MaxReducer along a row (starting from -inf; NaN rows come out NaN either way).
template <typename E> E rowMax(const E* x, int64_t n) {
  E m = -std::numeric_limits<E>::infinity();
  for (int64_t i = 0; i < n; ++i)
    if (x[i] > m) m = x[i];
  return m;
}

// shifted = x - max(x) per row; sums[r] = sum(exp(shifted)) along the row.
template <typename F, typename E = typename F::E>
TFTS_NO_FP_CONTRACT_ATTR void shiftAndSum(const E* x, E* shifted, E* sums, int64_t r, int64_t cols) {
  TFTS_NO_FP_CONTRACT
  const E* xr = x + r * cols;
  E* sr = shifted + r * cols;
  const E m = rowMax(xr, cols);
  for (int64_t i = 0; i < cols; ++i) sr[i] = F::r(xr[i] - m);
  sums[r] = treeSum<F>(r * cols, cols, [&](int64_t i, bool packet) {
    return packet ? F::expP(shifted[i]) : F::expS(shifted[i]);
  });
}

// log of the [rows] vector: packets over the first rows - rows % P entries.
template <typename F, typename E = typename F::E> E vectorLog(E s, int64_t r, int64_t rows) {
  return r < rows - rows % F::P ? F::logP(s) : F::logS(s);
}

// Whether element i of an n-element [*, cols] matrix takes the packet path when Eigen evaluates
// the expression in blocks (its tiled executor): blocks hold `target` coefficients, whole rows of
// ceil(target / cols) rows when a row fits (one contiguous run), else pieces of `target` values of
// one row; each run ends with a scalar tail of its length % P values.
template <typename F> bool blockPacket(int64_t i, int64_t cols, int64_t n, int64_t target) {
  constexpr int64_t P = F::P;
  int64_t pos, len;
  if (cols < target) {
    const int64_t run = ((target + cols - 1) / cols) * cols;
    pos = i % run;
    len = std::min(run, n - (i - pos));
  } else {
    const int64_t c = i % cols;
    pos = c % target;
    len = std::min(target, cols - (c - pos));
  }
  return pos < len - len % P;
}

// The block size (coefficients) Eigen's cost model gives exp(logits - broadcast max) on doubles:
// measured on TF 2.21 (runs of 2539 values, each ending in 2539 % 4 = 3 scalar exps).
constexpr int64_t kSoftmaxExpBlockF64 = 2539;
// The same for SoftmaxCrossEntropyWithLogits' backprop, exp(shifted) / broadcast sum - labels
// (measured: 4507 floats, 1777 doubles). The sparse op's exp is a plain unary expression: only
// the global tail is scalar.
template <typename F> constexpr int64_t kXentBackpropBlock = std::is_same_v<F, F64> ? 1777 : 4507;

template <typename F, typename E = typename F::E>
TFTS_NO_FP_CONTRACT_ATTR void logSoftmax(const E* x, E* y, int64_t rows, int64_t cols) {
  TFTS_NO_FP_CONTRACT
  std::vector<E> sums(rows);
  for (int64_t r = 0; r < rows; ++r) shiftAndSum<F>(x, y, sums.data(), r, cols);
  for (int64_t r = 0; r < rows; ++r) {
    const E lse = vectorLog<F>(sums[r], r, rows);
    for (int64_t i = r * cols; i < (r + 1) * cols; ++i) y[i] = F::r(y[i] - lse);
  }
}

// kSoftmaxExpBlockF64's counterpart for floats, where TF runs Eigen's float32 Softmax (oneDNN off:
// src/runtime/onednn.ts): 8192 floats (32 KiB) matched TF 2.21 on every shape tried up to 200 x 50 and 3 x 4096; single
// rows of 9000 and more values still differ somewhere (block or sum order, not found).
constexpr int64_t kSoftmaxExpBlockF32 = 8192;

// Eigen's packet reciprocal of floats (the [rows] vector of sums, all but its rows % 8 tail,
// which takes a true division): the CPU's rcpps approximation, refined by one Newton step as
// x + x * (1 - a * x) without fused multiply-adds. rcpps differs between CPU vendors, so it comes
// from the CPU, as in TF. (Sums of exps are at least 1: no 0 or infinity to guard against.)
TFTS_NO_FP_CONTRACT_ATTR inline float packetReciprocal(float a) {
  TFTS_NO_FP_CONTRACT
#if defined(__x86_64__) || defined(__i386__)
  const float x = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(a)));
  const float e = 1.0f - a * x;
  return x + x * e;
#else
  return 1.0f / a;
#endif
}

// Softmax: exp(shifted) of the whole matrix, row sums of that, then times 1 / sum (a true division
// for doubles and for the float rows % 8 tail, packetReciprocal for the other float rows).
// float64 always; float32 where TF does not run oneDNN's kernel.
template <typename F, typename E = typename F::E>
TFTS_NO_FP_CONTRACT_ATTR void softmax(const E* x, E* y, int64_t rows, int64_t cols) {
  TFTS_NO_FP_CONTRACT
  const int64_t n = rows * cols;
  const int64_t block = std::is_same_v<F, F64> ? kSoftmaxExpBlockF64 : kSoftmaxExpBlockF32;
  for (int64_t r = 0; r < rows; ++r) {
    const E m = rowMax(x + r * cols, cols);
    for (int64_t i = r * cols; i < (r + 1) * cols; ++i) {
      const E shifted = x[i] - m;
      y[i] = blockPacket<F>(i, cols, n, block) ? F::expP(shifted) : F::expS(shifted);
    }
  }
  for (int64_t r = 0; r < rows; ++r) {
    const E s = treeSum<F>(r * cols, cols, [&](int64_t i, bool) { return y[i]; });
    const E inv = std::is_same_v<F, F32> && r < rows - rows % F::P ? packetReciprocal(s) : E(1) / s;
    for (int64_t i = r * cols; i < (r + 1) * cols; ++i) y[i] = y[i] * inv;
  }
}

// SoftmaxCrossEntropyWithLogits (sparse = false) and SparseSoftmaxCrossEntropyWithLogits (labels
// given one-hot). Writes the loss [rows] and/or the backprop [rows, cols] (either may be null).
template <typename F>
TFTS_NO_FP_CONTRACT_ATTR void xent(const typename F::E* x, const typename F::E* labels, bool sparse, int64_t rows, int64_t cols,
                                   typename F::E* loss, typename F::E* backprop) {
  TFTS_NO_FP_CONTRACT
  using E = typename F::E;
  const int64_t n = rows * cols;
  std::vector<E> shifted(n), sums(rows);
  for (int64_t r = 0; r < rows; ++r) shiftAndSum<F>(x, shifted.data(), sums.data(), r, cols);
  if (loss != nullptr) {
    std::vector<E> prod(sparse ? 0 : n);
    for (int64_t r = 0; r < rows; ++r) {
      const int64_t b = r * cols;
      if (sparse) {
        E v = 0;
        for (int64_t i = 0; i < cols; ++i)
          if (labels[b + i] != E(0)) v = F::r(F::logS(sums[r]) - shifted[b + i]);
        loss[r] = v;
        continue;
      }
      const E lg = vectorLog<F>(sums[r], r, rows);
      for (int64_t i = b; i < b + cols; ++i) prod[i] = F::r(labels[i] * F::r(lg - shifted[i]));
      loss[r] = treeSum<F>(b, cols, [&](int64_t i, bool) { return prod[i]; });
    }
  }
  if (backprop != nullptr) {
    for (int64_t r = 0; r < rows; ++r)
      for (int64_t i = r * cols; i < (r + 1) * cols; ++i) {
        const bool packet = sparse ? i < n - n % F::P : blockPacket<F>(i, cols, n, kXentBackpropBlock<F>);
        const E e = packet ? F::expP(shifted[i]) : F::expS(shifted[i]);
        backprop[i] = F::r(F::r(e / sums[r]) - labels[i]);
      }
  }
}

}  // namespace softmax_eigen
}  // namespace tfts
