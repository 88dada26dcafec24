// selfAdjointEig(dtype, a, shape) -> [eigenvalues [..., n] ascending, eigenvectors [..., n, n],
//                                     first batch index that did not converge or -1]
// TF's SelfAdjointEigV2 CPU kernel: Eigen's SelfAdjointEigenSolver in the input precision on the
// lower triangle of each matrix; the arithmetic, in Eigen's order, is in self_adjoint_eig.h.
// float16/bfloat16 run the float path and round once.
#include <string>
#include <vector>

#include "../args.h"
#include "kernels.h"
#include "self_adjoint_eig.h"

namespace tfts {
namespace {

bool isFloatDType(DType d) { return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16; }

// Matrix b of the batch, converted to the compute type T.
template <typename T> std::vector<T> readMatrix(DType d, const uint8_t* data, int64_t b, int64_t n) {
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

template <typename T> void writeValues(DType d, uint8_t* data, int64_t offset, const T* v, int64_t count) {
  dispatchDType(d, [&](auto tag) {
    using S = typename decltype(tag)::type;
    if constexpr (isFloatType<S>) {
      S* y = reinterpret_cast<S*>(data) + offset;
      for (int64_t i = 0; i < count; ++i) y[i] = store<S>(static_cast<Compute<S>>(v[i]));
    }
  });
}

}  // namespace

Napi::Value SelfAdjointEig(const Napi::CallbackInfo& info) {
  Args args(info, "selfAdjointEig", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloatDType(d)) throwRange(env, std::string("selfAdjointEig: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  if (s.size() < 2 || s[s.size() - 1] != s[s.size() - 2])
    throwRange(env, "selfAdjointEig: expected [..., n, n], got " + shapeStr(s));
  const int64_t n = s.back();
  int64_t count = 1;
  for (size_t i = 0; i + 2 < s.size(); ++i) count *= s[i];
  Storage* a = args.storageFor(1, "a", d, numElements(env, s, "selfAdjointEig: shape"));
  Napi::Object vals = Storage::Create(env, byteSize(env, count * n, d), false);
  Napi::Object vecs = Storage::Create(env, byteSize(env, count * n * n, d), false);
  uint8_t* vo = Storage::Unwrap(vals)->data();
  uint8_t* wo = Storage::Unwrap(vecs)->data();
  int64_t failed = -1;
  auto run = [&](auto tag) {
    using T = decltype(tag);
    for (int64_t b = 0; b < count; ++b) {
      const std::vector<T> m = readMatrix<T>(d, a->data(), b, n);
      const eigh::Result<T> r = eigh::solve<T>(m.data(), n, true);
      if (!r.converged && failed < 0) failed = b;
      writeValues(d, vo, b * n, r.values.data(), n);
      writeValues(d, wo, b * n * n, r.vectors.data(), n * n);
    }
  };
  if (d == DType::Float64) run(double{});
  else run(float{});
  Napi::Array result = Napi::Array::New(env, 3);
  result.Set(uint32_t(0), vals);
  result.Set(uint32_t(1), vecs);
  result.Set(uint32_t(2), Napi::Number::New(env, static_cast<double>(failed)));
  return result;
}

}  // namespace tfts
