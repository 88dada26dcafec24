// Square-matrix kernels over a batch of [..., n, n] matrices:
//   matrixInverse(dtype, a, shape) -> [inverse, firstSingularBatch or -1]   (TF's LU and solves)
//   matrixDeterminant(dtype, a, shape) -> determinants [...]                 (TF's LU and log-sum)
// (selfAdjointEig lives in self_adjoint_eig.cc.)
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "../args.h"
#include "fp_contract.h"
#include "kernels.h"
#include "matrix_batch.h"

namespace tfts {
using namespace matrix_batch;

namespace {

// matrixInverse and matrixDeterminant follow TF's CPU kernels step by step: Eigen's
// PartialPivLU (unblocked below 17 rows) on the matrix in its own precision, then Eigen's
// triangular solves for the inverse, and sign * exp(sum log|u_ii|) for the determinant. TF's x86
// wheel is built without FMA, so every multiply and subtract rounds on its own (contraction is off
// here, see eigen_float_approx.h). Checked bit for bit against TF 2.21 for float32 inverses up to
// 16 x 16 and determinants below 8 x 8 (float64: below 4 x 4); beyond, Eigen switches to blocked
// LU and its vectorised log and sum, and results may differ in the last bit.
// float16/bfloat16 run the float path and round once.

struct LuResult {
  std::vector<int64_t> perm;  // perm[i]: the input row now at row i
  int sign = 1;               // of the permutation
  bool zeroPivot = false;     // some pivot column was all zeros (Eigen skips it and goes on)
};

// In place, Eigen's unblocked partial-pivoting LU: the first largest |m[r][k]| is the pivot, the
// column below is divided by it, and the trailing block takes a rank-1 update.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR LuResult luEigenOrder(std::vector<T>& m, int64_t n) {
  LuResult lu;
  lu.perm.resize(n);
  std::iota(lu.perm.begin(), lu.perm.end(), 0);
  for (int64_t k = 0; k < n; ++k) {
    int64_t p = k;
    T best = std::fabs(m[k * n + k]);
    for (int64_t r = k + 1; r < n; ++r) {
      if (std::fabs(m[r * n + k]) > best) {
        best = std::fabs(m[r * n + k]);
        p = r;
      }
    }
    if (best == T(0)) {
      lu.zeroPivot = true;
      continue;
    }
    if (p != k) {
      for (int64_t j = 0; j < n; ++j) std::swap(m[p * n + j], m[k * n + j]);
      std::swap(lu.perm[p], lu.perm[k]);
      lu.sign = -lu.sign;
    }
    for (int64_t r = k + 1; r < n; ++r) m[r * n + k] = m[r * n + k] / m[k * n + k];
    for (int64_t r = k + 1; r < n; ++r) {
      const T l = m[r * n + k];
      for (int64_t j = k + 1; j < n; ++j) m[r * n + j] = m[r * n + j] - l * m[k * n + j];
    }
  }
  return lu;
}

// inv = U^-1 L^-1 P, one column at a time, in the order of Eigen's small-panel triangular solves:
// each unknown subtracts the already solved ones one by one, in increasing column order, and the
// upper solve multiplies by the reciprocal of the pivot.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR void inverseFromLu(const std::vector<T>& m, const LuResult& lu, int64_t n, std::vector<T>& inv) {
  std::vector<T> x(static_cast<size_t>(n));
  for (int64_t col = 0; col < n; ++col) {
    for (int64_t i = 0; i < n; ++i) {
      T v = lu.perm[i] == col ? T(1) : T(0);
      for (int64_t k = 0; k < i; ++k) v = v - m[i * n + k] * x[k];
      x[i] = v;
    }
    for (int64_t i = n - 1; i >= 0; --i) {
      T v = x[i];
      for (int64_t k = i + 1; k < n; ++k) v = v - m[i * n + k] * x[k];
      x[i] = v * (T(1) / m[i * n + i]);
    }
    for (int64_t i = 0; i < n; ++i) inv[i * n + col] = x[i];
  }
}

// TF's determinant: sign * exp(log|det|), the log a sum of log|u_ii| in index order and the sign
// the permutation's times that of every negative pivot (a zero pivot gives exp(-inf) = 0, signed:
// TF prints -0.0 for [[1, 2], [2, 4]]).
template <typename T> TFTS_NO_FP_CONTRACT_ATTR T determinantFromLu(const std::vector<T>& m, const LuResult& lu, int64_t n) {
  if (n == 0) return T(1);
  T logAbs = 0, sign = static_cast<T>(lu.sign);
  for (int64_t i = 0; i < n; ++i) {
    const T d = m[i * n + i];
    logAbs = i == 0 ? std::log(std::fabs(d)) : logAbs + std::log(std::fabs(d));
    if (d < 0) sign = -sign;
  }
  return sign * std::exp(logAbs);
}

// Runs f<T> with T = double for float64 and float for the other float dtypes.
template <typename F> void withComputeType(DType d, F&& f) {
  if (d == DType::Float64) f(double{});
  else f(float{});
}

}  // namespace

Napi::Value MatrixInverse(const Napi::CallbackInfo& info) {
  Args args(info, "matrixInverse", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloat(d)) throwRange(env, std::string("matrixInverse: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  const Batch bt = squareBatch(env, s, "matrixInverse");
  const int64_t total = numElements(env, s, "matrixInverse: shape");
  Storage* a = args.storageFor(1, "a", d, total);
  Napi::Object out = Storage::Create(env, byteSize(env, total, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  const int64_t n = bt.n;
  int64_t singular = -1;
  withComputeType(d, [&](auto tag) {
    using T = decltype(tag);
    std::vector<T> inv(static_cast<size_t>(n * n));
    for (int64_t b = 0; b < bt.count && singular < 0; ++b) {
      std::vector<T> m = readMatrixAs<T>(d, a->data(), b, n);
      const LuResult lu = luEigenOrder(m, n);
      if (lu.zeroPivot) {  // TF: "Input is not invertible." for an exact zero on U's diagonal
        singular = b;
        break;
      }
      inverseFromLu(m, lu, n, inv);
      writeAs(d, o, b * n * n, inv.data(), n * n);
    }
  });
  Napi::Array result = Napi::Array::New(env, 2);
  result.Set(uint32_t(0), out);
  result.Set(uint32_t(1), Napi::Number::New(env, static_cast<double>(singular)));
  return result;
}

Napi::Value MatrixDeterminant(const Napi::CallbackInfo& info) {
  Args args(info, "matrixDeterminant", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloat(d)) throwRange(env, std::string("matrixDeterminant: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  const Batch bt = squareBatch(env, s, "matrixDeterminant");
  Storage* a = args.storageFor(1, "a", d, numElements(env, s, "matrixDeterminant: shape"));
  Napi::Object out = Storage::Create(env, byteSize(env, bt.count, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  withComputeType(d, [&](auto tag) {
    using T = decltype(tag);
    for (int64_t b = 0; b < bt.count; ++b) {
      std::vector<T> m = readMatrixAs<T>(d, a->data(), b, bt.n);
      const LuResult lu = luEigenOrder(m, bt.n);
      const T det = determinantFromLu(m, lu, bt.n);
      writeAs(d, o, b, &det, 1);
    }
  });
  return out;
}

}  // namespace tfts
