// Float sums (and products) in exactly the order TF 2.21's CPU Sum/Mean/Prod kernels compute them
// (Eigen Tensor reductions in TF's x86 wheel: AVX without FMA, so 8 floats / 4 doubles / 8 halves
// per packet). Reproducing the order is what makes tf.reduce_sum bit-identical to TF; every piece
// below was checked against TF's results. The shapes of the pieces are:
//   leaf (<= packet * leafSize values): four packet accumulators over runs of 4 packets, folded
//     ((a0 + a1) + a2) + a3, then the remaining whole packets into a0, a scalar accumulator for the
//     tail, and the result tail + horizontal-sum(a0), where the horizontal sum of 8 lanes is
//     ((l0+l4) + (l2+l6)) + ((l1+l5) + (l3+l7)) (AVX 256 -> 128 -> 64 -> 32 bit halving);
//   tree: a longer run splits at the packet boundary at or after its middle, counted from the
//     absolute index of the run's first element (so equal-length rows split differently);
//   inner-dim preserving reductions (reduce axis 0 of [R, I]): packets of outputs that lie in one
//     row get four interleaved accumulators (for R >= 16), other outputs a plain sequential sum.
//   full reductions: cut into one shard per thread once big enough (fullReduceThreads), the shard
//     sums added in order after the leftover tail.
// Every partial sum starts from 0 and adds, as Eigen's reducers do (so -0 sums to +0); products
// start from 1 and never use the tree.
// E is the type Eigen adds in (each add rounds to it); T is the stored input type.
#pragma once
#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include "../threads.h"
#include "kernels.h"

namespace tfts {
namespace eigen_sum {

template <typename E> struct Traits;
template <> struct Traits<float> { static constexpr int P = 8; static constexpr int64_t leaf = 1024; };
template <> struct Traits<double> { static constexpr int P = 4; static constexpr int64_t leaf = 1024; };
template <> struct Traits<f16> { static constexpr int P = 8; static constexpr int64_t leaf = 200; };
template <> struct Traits<bf16> { static constexpr int P = 8; static constexpr int64_t leaf = 128; };

template <typename E> using Acc = Compute<E>;

// The reducers: Eigen's SumReducer and ProdReducer (same structure, different operation).
// `tree`: whether Eigen splits long runs into a tree (ProdReducer runs one leaf loop over the run:
// measured, TF's float products over more than 8192 values match only that).
struct Plus {
  static constexpr bool tree = true;
  static constexpr double identity = 0.0;
  template <typename A> static A op(A a, A b) { return a + b; }
};
struct Times {
  static constexpr bool tree = false;
  static constexpr double identity = 1.0;
  template <typename A> static A op(A a, A b) { return a * b; }
};

// One Eigen step on two E values (halves compute in float and round back, like Eigen's half ops).
template <typename E, typename R> inline Acc<E> step(Acc<E> a, Acc<E> b) {
  if constexpr (std::is_same_v<E, f16> || std::is_same_v<E, bf16>) return load(store<E>(R::op(a, b)));
  else return R::op(a, b);
}
template <typename E, typename R> constexpr Acc<E> ident() { return static_cast<Acc<E>>(R::identity); }
template <typename E, typename R> inline void fillIdent(Acc<E>* a, int n) {
  for (int i = 0; i < n; ++i) a[i] = ident<E, R>();
}

// Eigen's predux of one packet of P lanes: halve the register until one lane is left.
// Half packets are widened to 8 floats, summed in float that way, and rounded to half once.
template <typename E, typename R> inline Acc<E> predux(const Acc<E>* l) {
  constexpr int P = Traits<E>::P;
  if constexpr (std::is_same_v<E, f16> || std::is_same_v<E, bf16>) {
    return load(store<E>(predux<float, R>(l)));
  } else if constexpr (P == 8) {
    const Acc<E> h0 = step<E, R>(l[0], l[4]), h1 = step<E, R>(l[1], l[5]), h2 = step<E, R>(l[2], l[6]), h3 = step<E, R>(l[3], l[7]);
    return step<E, R>(step<E, R>(h0, h2), step<E, R>(h1, h3));
  } else {
    return step<E, R>(step<E, R>(l[0], l[2]), step<E, R>(l[1], l[3]));
  }
}

// Converts one input element to E's arithmetic value (a bfloat16 summed as float widens exactly).
template <typename E, typename T> inline Acc<E> in(T v) { return static_cast<Acc<E>>(load(v)); }

// Eigen's leaf reducer over x[0, n).
template <typename E, typename R, typename T> Acc<E> leafSum(const T* x, int64_t n) {
  using A = Acc<E>;
  constexpr int P = Traits<E>::P;
  A a0[P];
  fillIdent<E, R>(a0, P);
  int64_t start = 0;
  if (n >= 4 * P) {
    A a1[P], a2[P], a3[P];
    fillIdent<E, R>(a1, P), fillIdent<E, R>(a2, P), fillIdent<E, R>(a3, P);
    const int64_t v4 = n / (4 * P) * (4 * P);
    for (int64_t j = 0; j < v4; j += 4 * P) {
      for (int l = 0; l < P; ++l) {
        a0[l] = step<E, R>(a0[l], in<E>(x[j + l]));
        a1[l] = step<E, R>(a1[l], in<E>(x[j + P + l]));
        a2[l] = step<E, R>(a2[l], in<E>(x[j + 2 * P + l]));
        a3[l] = step<E, R>(a3[l], in<E>(x[j + 3 * P + l]));
      }
    }
    for (int l = 0; l < P; ++l) a0[l] = step<E, R>(step<E, R>(step<E, R>(a0[l], a1[l]), a2[l]), a3[l]);
    start = v4;
  }
  if (start <= n - P) {
    const int64_t v = n / P * P;
    for (int64_t j = start; j < v; j += P)
      for (int l = 0; l < P; ++l) a0[l] = step<E, R>(a0[l], in<E>(x[j + l]));
    start = v;
  }
  A tail = ident<E, R>();
  for (int64_t j = start; j < n; ++j) tail = step<E, R>(tail, in<E>(x[j]));
  return step<E, R>(tail, predux<E, R>(a0));
}

// Where Eigen's tree splits the run [first, first + n): at the packet boundary at or after its middle.
template <typename E> inline int64_t leftCount(int64_t first, int64_t n) {
  constexpr int64_t P = Traits<E>::P;
  const int64_t split = P * ((first + (n + 1) / 2 + P - 1) / P);
  return std::min(split - first, n);
}
template <typename E, typename R> inline bool isLeaf(int64_t n) { return !R::tree || n <= Traits<E>::P * Traits<E>::leaf; }

template <typename E, typename R, typename T> Acc<E> treeSum(const T* base, int64_t first, int64_t n) {
  if (isLeaf<E, R>(n)) return leafSum<E, R>(base + first, n);
  const int64_t left = leftCount<E>(first, n);
  Acc<E> acc = step<E, R>(ident<E, R>(), treeSum<E, R>(base, first, left));
  if (left < n) acc = step<E, R>(acc, treeSum<E, R>(base, first + left, n - left));
  return acc;
}

// The runs `depth` levels down the tree (or its leaves, where shallower), so they can be summed in
// parallel and then combined by treeCombine into exactly treeSum's result.
template <typename E, typename R> void treeNodes(int64_t first, int64_t n, int depth, std::vector<std::pair<int64_t, int64_t>>& out) {
  if (depth == 0 || isLeaf<E, R>(n)) {
    out.emplace_back(first, n);
    return;
  }
  const int64_t left = leftCount<E>(first, n);
  treeNodes<E, R>(first, left, depth - 1, out);
  if (left < n) treeNodes<E, R>(first + left, n - left, depth - 1, out);
}
template <typename E, typename R> Acc<E> treeCombine(int64_t first, int64_t n, int depth, const Acc<E>* sums, size_t& next) {
  if (depth == 0 || isLeaf<E, R>(n)) return sums[next++];
  const int64_t left = leftCount<E>(first, n);
  Acc<E> acc = step<E, R>(ident<E, R>(), treeCombine<E, R>(first, left, depth - 1, sums, next));
  if (left < n) acc = step<E, R>(acc, treeCombine<E, R>(first + left, n - left, depth - 1, sums, next));
  return acc;
}

// Per-value cost (in Eigen cost-model cycles) that TF's full reducer charges: 11/64 cycles per
// input byte plus an add cost, measured against TF 2.21 on x86 from where it starts sharding on a
// two-thread pool: float32 and bfloat16 from n = 108388, float16 from 131765, float64 from 100000.
template <typename E, typename T> constexpr double fullReduceCost() {
  if constexpr (std::is_same_v<T, double>) return 2.1;
  else if constexpr (std::is_same_v<T, f16>) return 2 * (11.0 / 64.0) + 1.25;
  else return 4 * (11.0 / 64.0) + 1.25;  // float, and bfloat16 widened to float
}

// How many shards Eigen's ThreadPoolDevice full reducer cuts n values into: one thread per 100000
// cycles of work beyond a 100000-cycle start-up (rounded up from 0.1), at most the pool's threads.
template <typename E, typename T> int fullReduceThreads(int64_t n, int poolThreads) {
  double threads = (static_cast<double>(n) * fullReduceCost<E, T>() - 100000.0) / 100000.0 + 0.9;
  threads = std::min(threads, 2147483647.0);
  return std::min(poolThreads, std::max(1, static_cast<int>(threads)));
}

// Full reduction of x[0, n) as TF's Sum does it on a pool of poolThreads threads: shards of
// n / threads values summed separately, a short tail first, then the shards added in order.
// The work is spread over tfts's own pool; the order (and so the bits) depends only on poolThreads.
template <typename E, typename R, typename T> Acc<E> fullSum(const T* x, int64_t n, int poolThreads) {
  using A = Acc<E>;
  if (n == 0) return ident<E, R>();
  const int shards = fullReduceThreads<E, T>(n, poolThreads);
  constexpr int64_t kParallelMin = int64_t(1) << 17;  // below this one thread sums it all
  if (shards == 1 && n < kParallelMin) return treeSum<E, R>(x, 0, n);
  std::vector<std::pair<int64_t, int64_t>> runs;  // (first, n) of each tree that TF sums on its own
  int64_t tailFirst = n;
  if (shards == 1) {
    runs.emplace_back(0, n);
  } else {
    const int64_t block = n / shards;
    const int64_t blocks = n / block;
    for (int64_t i = 0; i < blocks; ++i) runs.emplace_back(i * block, block);
    tailFirst = blocks * block;
    if (tailFirst < n) runs.emplace_back(tailFirst, n - tailFirst);
  }
  constexpr int kDepth = 3;
  std::vector<std::pair<int64_t, int64_t>> nodes;
  for (const auto& r : runs) treeNodes<E, R>(r.first, r.second, kDepth, nodes);
  std::vector<A> sums(nodes.size());
  if (n >= kParallelMin) {
    parallelFor(static_cast<int64_t>(nodes.size()), [&](int64_t i) { sums[i] = treeSum<E, R>(x, nodes[i].first, nodes[i].second); });
  } else {
    for (size_t i = 0; i < nodes.size(); ++i) sums[i] = treeSum<E, R>(x, nodes[i].first, nodes[i].second);
  }
  size_t next = 0;
  std::vector<A> runSums;
  for (const auto& r : runs) runSums.push_back(treeCombine<E, R>(r.first, r.second, kDepth, sums.data(), next));
  if (shards == 1) return runSums[0];
  A total = tailFirst < n ? runSums.back() : ident<E, R>();
  const size_t blocks = tailFirst < n ? runSums.size() - 1 : runSums.size();
  for (size_t i = 0; i < blocks; ++i) total = step<E, R>(total, runSums[i]);
  return total;
}

// Reduces the middle axis of [outer, r, inner] keeping the innermost one, as Eigen's evaluator does
// for TF's "reduce axis 0 of a matrix" / "reduce axis 1 of a 3-D tensor": outputs are evaluated P at
// a time (from output 0, in steps of P, while a whole packet fits); a packet inside one output row
// uses packet accumulators (four interleaved ones when r >= 16), any other output sums sequentially.
template <typename E, typename R, typename T> void preservedSum(const T* x, int64_t outer, int64_t r, int64_t inner, Acc<E>* out) {
  using A = Acc<E>;
  constexpr int P = Traits<E>::P;
  const int64_t nOut = outer * inner;
  const int64_t packed = nOut / P * P;
  auto sequential = [&](int64_t k) {
    const T* col = x + (k / inner) * r * inner + k % inner;
    A acc = ident<E, R>();
    for (int64_t j = 0; j < r; ++j) acc = step<E, R>(acc, in<E>(col[j * inner]));
    out[k] = acc;
  };
  auto packet = [&](int64_t k) {
    const T* col = x + (k / inner) * r * inner + k % inner;
    A a0[P];
  fillIdent<E, R>(a0, P);
    int64_t j = 0;
    if (r >= 16) {
      A a1[P], a2[P], a3[P];
    fillIdent<E, R>(a1, P), fillIdent<E, R>(a2, P), fillIdent<E, R>(a3, P);
      const int64_t r4 = r / 4 * 4;
      for (; j < r4; j += 4)
        for (int l = 0; l < P; ++l) {
          a0[l] = step<E, R>(a0[l], in<E>(col[j * inner + l]));
          a1[l] = step<E, R>(a1[l], in<E>(col[(j + 1) * inner + l]));
          a2[l] = step<E, R>(a2[l], in<E>(col[(j + 2) * inner + l]));
          a3[l] = step<E, R>(a3[l], in<E>(col[(j + 3) * inner + l]));
        }
      for (int l = 0; l < P; ++l) a0[l] = step<E, R>(step<E, R>(step<E, R>(a0[l], a1[l]), a2[l]), a3[l]);
    }
    for (; j < r; ++j)
      for (int l = 0; l < P; ++l) a0[l] = step<E, R>(a0[l], in<E>(col[j * inner + l]));
    for (int l = 0; l < P; ++l) out[k + l] = a0[l];
  };
  // Ranges start at multiples of 16 outputs, a multiple of P, so packets stay where Eigen puts them.
  parallelRange(nOut, std::max<int64_t>(16, (int64_t(1) << 16) / std::max<int64_t>(1, r)), [&](int64_t lo, int64_t hi) {
    int64_t k = lo;
    while (k < hi) {
      if (k < packed && k % P == 0 && k + P <= hi && (k % inner) + P <= inner) {
        packet(k);
        k += P;
      } else {
        sequential(k);
        ++k;
      }
    }
  });
}

// Reduces axes 0 and 2 of [a, b, c] (Eigen's generic reducer: for each output, the last reduced
// axis in the outer loop, the first one inside, one sequential sum).
template <typename E, typename R, typename T> void outerAndInnerSum(const T* x, int64_t a, int64_t b, int64_t c, Acc<E>* out) {
  parallelRange(b, std::max<int64_t>(1, (int64_t(1) << 16) / std::max<int64_t>(1, a * c)), [&](int64_t lo, int64_t hi) {
    for (int64_t o = lo; o < hi; ++o) {
      Acc<E> acc = ident<E, R>();
      for (int64_t k = 0; k < c; ++k)
        for (int64_t i = 0; i < a; ++i) acc = step<E, R>(acc, in<E>(x[(i * b + o) * c + k]));
      out[o] = acc;
    }
  });
}

// Reduces each row of [rows, len]: one tree per row, split from the row's absolute offset.
template <typename E, typename R, typename T> void rowSums(const T* x, int64_t rows, int64_t len, Acc<E>* out) {
  parallelRange(rows, std::max<int64_t>(1, (int64_t(1) << 16) / std::max<int64_t>(1, len)), [&](int64_t lo, int64_t hi) {
    for (int64_t o = lo; o < hi; ++o) out[o] = treeSum<E, R>(x, o * len, len);
  });
}

}  // namespace eigen_sum
}  // namespace tfts
