// selfAdjointEig(dtype, a, shape) -> [eigenvalues [..., n] ascending, eigenvectors [..., n, n],
//                                     first batch index that did not converge or -1]
// TF's SelfAdjointEigV2 CPU kernel: Eigen's SelfAdjointEigenSolver in the input precision on the
// lower triangle of each matrix; the arithmetic, in Eigen's order, is in self_adjoint_eig.h.
// float16/bfloat16 run the float path and round once.
#include <string>
#include <vector>

#include "../args.h"
#include "kernels.h"
#include "matrix_batch.h"
#include "self_adjoint_eig.h"

namespace tfts {

using namespace matrix_batch;

Napi::Value SelfAdjointEig(const Napi::CallbackInfo& info) {
  Args args(info, "selfAdjointEig", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloat(d)) throwRange(env, std::string("selfAdjointEig: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  const Batch bt = squareBatch(env, s, "selfAdjointEig");
  const int64_t n = bt.n, count = bt.count;
  Storage* a = args.storageFor(1, "a", d, numElements(env, s, "selfAdjointEig: shape"));
  Napi::Object vals = Storage::Create(env, byteSize(env, count * n, d), false);
  Napi::Object vecs = Storage::Create(env, byteSize(env, count * n * n, d), false);
  uint8_t* vo = Storage::Unwrap(vals)->data();
  uint8_t* wo = Storage::Unwrap(vecs)->data();
  int64_t failed = -1;
  auto run = [&](auto tag) {
    using T = decltype(tag);
    for (int64_t b = 0; b < count; ++b) {
      const std::vector<T> m = readMatrixAs<T>(d, a->data(), b, n);
      const eigh::Result<T> r = eigh::solve<T>(m.data(), n, true);
      if (!r.converged && failed < 0) failed = b;
      writeAs(d, vo, b * n, r.values.data(), n);
      writeAs(d, wo, b * n * n, r.vectors.data(), n * n);
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
