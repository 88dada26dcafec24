// topK(dtype, a, shape, k, descending) -> [values, int32 indices]: the k first elements of every
// last-axis row in sorted order. Ties keep the lower index first (TF's TopKV2 contract, which
// tf.sort/argsort rely on), so a stable sort of indices gives exactly TF's order.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "../args.h"
#include "kernels.h"

namespace tfts {

Napi::Value TopK(const Napi::CallbackInfo& info) {
  Args args(info, "topK", 5);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (d == DType::Bool) throwRange(env, "topK: dtype bool is not supported");
  const Shape shape = args.shape(2, "shape");
  if (shape.empty()) throwRange(env, "topK: input must have rank >= 1");
  const int64_t k = args.count(3, "k");
  const bool descending = args.boolean(4, "descending");
  const int64_t n = numElements(env, shape, "topK: shape");
  Storage* a = args.storageFor(1, "a", d, n);
  const int64_t len = shape.back();
  if (k > len) throwRange(env, "topK: k " + std::to_string(k) + " exceeds row length " + std::to_string(len));
  const int64_t rows = len == 0 ? 0 : n / len;
  const uint64_t nOut = static_cast<uint64_t>(rows * k);
  Napi::Object vals = Storage::Create(env, byteSize(env, static_cast<int64_t>(nOut), d), false);
  Output<int32_t> idx = newOutput<int32_t>(env, nOut, false);
  uint8_t* vo = Storage::Unwrap(vals)->data();
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (!isBoolType<T>) {
      using C = Compute<T>;
      const T* x = reinterpret_cast<const T*>(a->data());
      T* v = reinterpret_cast<T*>(vo);
      std::vector<int32_t> order(static_cast<size_t>(len));
      std::vector<C> row(static_cast<size_t>(len));
      for (int64_t r = 0; r < rows; ++r) {
        for (int64_t i = 0; i < len; ++i) row[i] = load(x[r * len + i]);
        std::iota(order.begin(), order.end(), 0);
        // NaN sorts as the largest value (it compares "greater" than everything here).
        auto greater = [&](int32_t i, int32_t j) {
          const C a = row[i], b = row[j];
          if constexpr (isFloatType<T>) { if (std::isnan(a)) return !std::isnan(b); if (std::isnan(b)) return false; }
          return a > b;
        };
        auto less = [&](int32_t i, int32_t j) { return greater(j, i); };
        if (descending) std::stable_sort(order.begin(), order.end(), greater);
        else std::stable_sort(order.begin(), order.end(), less);
        for (int64_t i = 0; i < k; ++i) {
          v[r * k + i] = x[r * len + order[i]];
          idx.data[r * k + i] = order[i];
        }
      }
    }
  });
  Napi::Array result = Napi::Array::New(env, 2);
  result.Set(uint32_t(0), vals);
  result.Set(uint32_t(1), idx.obj);
  return result;
}

}  // namespace tfts
