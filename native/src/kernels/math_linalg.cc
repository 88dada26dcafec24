// Square-matrix kernels over a batch of [..., n, n] matrices, computed in double and rounded once:
//   matrixInverse(dtype, a, shape) -> [inverse, firstSingularBatch or -1]   (LU, partial pivoting)
//   matrixDeterminant(dtype, a, shape) -> determinants [...]                 (LU, partial pivoting)
//   selfAdjointEig(dtype, a, shape) -> [eigenvalues [..., n] ascending, eigenvectors [..., n, n]]
//     (cyclic Jacobi on the lower triangle, as TF reads only that half).
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "../args.h"
#include "kernels.h"

namespace tfts {
namespace {

struct Batch {
  int64_t count, n;
};

Batch squareBatch(Napi::Env env, const Shape& s, const char* fn) {
  if (s.size() < 2 || s[s.size() - 1] != s[s.size() - 2]) throwRange(env, std::string(fn) + ": expected [..., n, n], got " + shapeStr(s));
  const int64_t n = s.back();
  int64_t count = 1;
  for (size_t i = 0; i + 2 < s.size(); ++i) count *= s[i];
  return {count, n};
}

bool isFloat(DType d) { return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16; }

// Reads matrix `b` of the batch as doubles.
std::vector<double> readMatrix(DType d, const uint8_t* data, int64_t b, int64_t n) {
  std::vector<double> m(static_cast<size_t>(n * n));
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (isFloatType<T>) {
      const T* x = reinterpret_cast<const T*>(data) + b * n * n;
      for (int64_t i = 0; i < n * n; ++i) m[i] = static_cast<double>(load(x[i]));
    }
  });
  return m;
}

void writeValues(DType d, uint8_t* data, int64_t offset, const double* v, int64_t count) {
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (isFloatType<T>) {
      T* y = reinterpret_cast<T*>(data) + offset;
      for (int64_t i = 0; i < count; ++i) y[i] = store<T>(static_cast<Compute<T>>(v[i]));
    }
  });
}

// In-place LU with partial pivoting; returns false when a pivot is exactly zero.
bool luDecompose(std::vector<double>& m, std::vector<int64_t>& perm, int64_t n, int& sign) {
  perm.resize(n);
  std::iota(perm.begin(), perm.end(), 0);
  sign = 1;
  for (int64_t c = 0; c < n; ++c) {
    int64_t p = c;
    for (int64_t r = c + 1; r < n; ++r) if (std::fabs(m[r * n + c]) > std::fabs(m[p * n + c])) p = r;
    if (m[p * n + c] == 0) return false;
    if (p != c) {
      for (int64_t j = 0; j < n; ++j) std::swap(m[p * n + j], m[c * n + j]);
      std::swap(perm[p], perm[c]);
      sign = -sign;
    }
    for (int64_t r = c + 1; r < n; ++r) {
      const double f = m[r * n + c] /= m[c * n + c];
      for (int64_t j = c + 1; j < n; ++j) m[r * n + j] -= f * m[c * n + j];
    }
  }
  return true;
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
  std::vector<int64_t> perm;
  std::vector<double> inv(static_cast<size_t>(n * n));
  for (int64_t b = 0; b < bt.count && singular < 0; ++b) {
    std::vector<double> m = readMatrix(d, a->data(), b, n);
    int sign = 1;
    if (!luDecompose(m, perm, n, sign)) { singular = b; break; }
    for (int64_t col = 0; col < n; ++col) {
      // Solve L U x = P e_col.
      std::vector<double> x(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) {
        double v = perm[i] == col ? 1.0 : 0.0;
        for (int64_t j = 0; j < i; ++j) v -= m[i * n + j] * x[j];
        x[i] = v;
      }
      for (int64_t i = n - 1; i >= 0; --i) {
        double v = x[i];
        for (int64_t j = i + 1; j < n; ++j) v -= m[i * n + j] * x[j];
        x[i] = v / m[i * n + i];
      }
      for (int64_t i = 0; i < n; ++i) inv[i * n + col] = x[i];
    }
    writeValues(d, o, b * n * n, inv.data(), n * n);
  }
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
  std::vector<int64_t> perm;
  for (int64_t b = 0; b < bt.count; ++b) {
    std::vector<double> m = readMatrix(d, a->data(), b, bt.n);
    int sign = 1;
    double det = 0;
    if (luDecompose(m, perm, bt.n, sign)) {
      det = sign;
      for (int64_t i = 0; i < bt.n; ++i) det *= m[i * bt.n + i];
    }
    writeValues(d, o, b, &det, 1);
  }
  return out;
}

Napi::Value SelfAdjointEig(const Napi::CallbackInfo& info) {
  Args args(info, "selfAdjointEig", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloat(d)) throwRange(env, std::string("selfAdjointEig: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  const Batch bt = squareBatch(env, s, "selfAdjointEig");
  const int64_t n = bt.n;
  Storage* a = args.storageFor(1, "a", d, numElements(env, s, "selfAdjointEig: shape"));
  Napi::Object vals = Storage::Create(env, byteSize(env, bt.count * n, d), false);
  Napi::Object vecs = Storage::Create(env, byteSize(env, bt.count * n * n, d), false);
  uint8_t* vo = Storage::Unwrap(vals)->data();
  uint8_t* wo = Storage::Unwrap(vecs)->data();
  for (int64_t b = 0; b < bt.count; ++b) {
    std::vector<double> m = readMatrix(d, a->data(), b, n);
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = i + 1; j < n; ++j) m[i * n + j] = m[j * n + i];  // symmetric from the lower half
    std::vector<double> v(static_cast<size_t>(n * n), 0.0);
    for (int64_t i = 0; i < n; ++i) v[i * n + i] = 1;
    for (int sweep = 0; sweep < 100; ++sweep) {
      double off = 0;
      for (int64_t i = 0; i < n; ++i)
        for (int64_t j = i + 1; j < n; ++j) off += m[i * n + j] * m[i * n + j];
      if (off < 1e-300) break;
      for (int64_t p = 0; p < n; ++p) {
        for (int64_t q = p + 1; q < n; ++q) {
          const double apq = m[p * n + q];
          if (apq == 0) continue;
          const double theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
          const double t = (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1));
          const double c = 1 / std::sqrt(t * t + 1), sn = t * c;
          for (int64_t k = 0; k < n; ++k) {  // columns p, q
            const double mkp = m[k * n + p], mkq = m[k * n + q];
            m[k * n + p] = c * mkp - sn * mkq;
            m[k * n + q] = sn * mkp + c * mkq;
          }
          for (int64_t k = 0; k < n; ++k) {  // rows p, q
            const double mpk = m[p * n + k], mqk = m[q * n + k];
            m[p * n + k] = c * mpk - sn * mqk;
            m[q * n + k] = sn * mpk + c * mqk;
          }
          for (int64_t k = 0; k < n; ++k) {
            const double vkp = v[k * n + p], vkq = v[k * n + q];
            v[k * n + p] = c * vkp - sn * vkq;
            v[k * n + q] = sn * vkp + c * vkq;
          }
        }
      }
    }
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int64_t i, int64_t j) { return m[i * n + i] < m[j * n + j]; });
    std::vector<double> ev(static_cast<size_t>(n)), evec(static_cast<size_t>(n * n));
    for (int64_t c = 0; c < n; ++c) {
      const int64_t src = order[c];
      ev[c] = m[src * n + src];
      // Sign convention: the last nonzero component of each eigenvector is positive.
      double sgn = 1;
      for (int64_t r = n - 1; r >= 0; --r) if (std::fabs(v[r * n + src]) > 1e-12) { sgn = v[r * n + src] < 0 ? -1 : 1; break; }
      for (int64_t r = 0; r < n; ++r) evec[r * n + c] = sgn * v[r * n + src];
    }
    writeValues(d, vo, b * n, ev.data(), n);
    writeValues(d, wo, b * n * n, evec.data(), n * n);
  }
  Napi::Array result = Napi::Array::New(env, 2);
  result.Set(uint32_t(0), vals);
  result.Set(uint32_t(1), vecs);
  return result;
}

}  // namespace tfts
