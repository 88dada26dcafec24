// Helpers shared by the square-matrix kernels (math_linalg.cc, self_adjoint_eig.cc): the batch of
// [..., n, n] matrices, and reading / writing one matrix in a compute precision.
#pragma once
#include <string>
#include <vector>

#include "../args.h"
#include "kernels.h"

namespace tfts {
namespace matrix_batch {

struct Batch {
  int64_t count, n;
};

inline Batch squareBatch(Napi::Env env, const Shape& s, const char* fn) {
  if (s.size() < 2 || s[s.size() - 1] != s[s.size() - 2]) throwRange(env, std::string(fn) + ": expected [..., n, n], got " + shapeStr(s));
  const int64_t n = s.back();
  int64_t count = 1;
  for (size_t i = 0; i + 2 < s.size(); ++i) count *= s[i];
  return {count, n};
}

inline bool isFloat(DType d) { return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16; }

// Matrix `b` of the batch, converted to the compute precision T.
template <typename T> std::vector<T> readMatrixAs(DType d, const uint8_t* data, int64_t b, int64_t n) {
  std::vector<T> m(static_cast<size_t>(n * n));
  dispatchDType(d, [&](auto tag) {
    using S = typename decltype(tag)::type;
    if constexpr (isFloatType<S>) {
      const S* x = reinterpret_cast<const S*>(data) + b * n * n;
      for (int64_t i = 0; i < n * n; ++i) m[i] = static_cast<T>(load(x[i]));
    }
  });
  return m;
}

// Writes `count` values of T at element `offset`, rounded once to the storage dtype.
template <typename T> void writeAs(DType d, uint8_t* data, int64_t offset, const T* v, int64_t count) {
  dispatchDType(d, [&](auto tag) {
    using S = typename decltype(tag)::type;
    if constexpr (isFloatType<S>) {
      S* y = reinterpret_cast<S*>(data) + offset;
      for (int64_t i = 0; i < count; ++i) y[i] = store<S>(static_cast<Compute<S>>(v[i]));
    }
  });
}

}  // namespace matrix_batch
}  // namespace tfts
