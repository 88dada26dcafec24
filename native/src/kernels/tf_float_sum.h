// tf.reduce_sum / reduce_mean / reduce_prod of float tensors, bit-identical to TF's CPU kernels:
// the input is first reshaped the way TF's ReductionHelper does (drop size-1 axes, merge
// neighbouring axes that are both reduced or both kept), then the few Eigen reductions TF issues
// for that shape are reproduced in Eigen's order (eigen_sum.h). Mean is the sum divided by the
// element count cast to the type the sum was computed in (bfloat16: float, rounded once).
#pragma once
#ifdef __linux__
#include <sched.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <thread>
#include <type_traits>
#include <vector>

#include "eigen_sum.h"
#include "kernels.h"
#include "transpose.h"

namespace tfts {

// TF's default intra-op pool size: the CPUs this process may run on (what TF's Eigen
// ThreadPoolDevice reports, and so how it shards a full reduction).
inline int tfIntraOpThreads() {
  static const int n = [] {
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0) return std::max(1, CPU_COUNT(&set));
#endif
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  }();
  return n;
}

// The type TF's reducer R computes in for storage type T: bfloat16 sums (and means) are widened
// to float first (TF's bfloat16 SumReducer specialisation); everything else stays in T.
template <typename T, typename R> struct ReduceTypeOf { using type = T; };
template <> struct ReduceTypeOf<bf16, eigen_sum::Plus> { using type = float; };

// shape/reduced: the original tensor; out gets the kept elements in order (nOut of them, nOut > 0).
// R is eigen_sum::Plus (Sum, and Mean when mean is set) or eigen_sum::Times (Prod).
template <typename T, typename R>
void tfFloatReduce(bool mean, const T* x, const Shape& shape, const std::vector<bool>& reduced, T* out, int64_t nOut) {
  using E = typename ReduceTypeOf<T, R>::type;
  using A = eigen_sum::Acc<E>;
  int64_t n = 1;
  for (int64_t s : shape) n *= s;
  if (n == 0) {  // TF fills the reducer's identity: 0 for Sum, 1 for Prod, NaN for Mean
    const T v = store<T>(static_cast<Compute<T>>(mean ? std::numeric_limits<double>::quiet_NaN() : R::identity));
    for (int64_t i = 0; i < nOut; ++i) out[i] = v;
    return;
  }
  // TF's ReductionHelper::Simplify: skip leading 1s; a size-1 axis joins the run before it.
  std::vector<int64_t> dims;
  bool firstReduced = true;
  {
    size_t i = 0;
    while (i < shape.size() && shape[i] == 1) ++i;
    if (i < shape.size()) {
      std::vector<bool> bits(reduced);
      firstReduced = bits[i];
      dims.push_back(shape[i]);
      for (++i; i < shape.size(); ++i) {
        if (shape[i] == 1) bits[i] = bits[i - 1];
        if (bits[i] != bits[i - 1]) dims.push_back(shape[i]);
        else dims.back() *= shape[i];
      }
    }
  }
  const size_t nd = dims.size();
  if (nd == 0 || (nd == 1 && !firstReduced)) {  // nothing is really reduced: TF copies the input
    std::memcpy(out, x, static_cast<size_t>(nOut) * sizeof(T));
    return;
  }
  std::vector<A> sums(static_cast<size_t>(nOut));
  std::vector<T> shuffled;
  if (nd == 1) {
    sums[0] = eigen_sum::fullSum<E, R>(x, n, tfIntraOpThreads());
  } else if (nd == 2 && firstReduced) {
    eigen_sum::preservedSum<E, R>(x, 1, dims[0], dims[1], sums.data());
  } else if (nd == 2) {
    eigen_sum::rowSums<E, R>(x, dims[0], dims[1], sums.data());
  } else if (nd == 3 && firstReduced) {
    eigen_sum::outerAndInnerSum<E, R>(x, dims[0], dims[1], dims[2], sums.data());
  } else if (nd == 3) {
    eigen_sum::preservedSum<E, R>(x, dims[0], dims[1], dims[2], sums.data());
  } else {
    // TF transposes the kept runs before the reduced ones and reduces the rows of the result.
    std::vector<int64_t> perm;
    for (size_t i = firstReduced ? 1 : 0; i < nd; i += 2) perm.push_back(static_cast<int64_t>(i));
    for (size_t i = firstReduced ? 0 : 1; i < nd; i += 2) perm.push_back(static_cast<int64_t>(i));
    shuffled.resize(static_cast<size_t>(n));
    permuteCopy(x, shuffled.data(), sizeof(T), Shape(dims.begin(), dims.end()), perm);
    eigen_sum::rowSums<E, R>(shuffled.data(), nOut, n / nOut, sums.data());
  }
  if (!mean) {
    for (int64_t i = 0; i < nOut; ++i) out[i] = store<T>(static_cast<Compute<T>>(sums[i]));
    return;
  }
  // The sum is divided by the count as the type it was added in (a bfloat16 mean divides the float
  // sum by a float count and rounds once), as TF's MeanReducer specialisations do.
  const A count = load(store<E>(static_cast<A>(n / nOut)));
  for (int64_t i = 0; i < nOut; ++i) {
    out[i] = store<T>(static_cast<Compute<T>>(load(store<E>(sums[i] / count))));
  }
}

}  // namespace tfts
