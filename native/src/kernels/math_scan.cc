// cumulative(op, dtype, a, shape, axis, exclusive, reverse): Cumsum / Cumprod along one axis.
// The running value is rounded to the storage type after every step (what TF's Eigen scan does
// for float16/bfloat16); for the other types that rounding is exact.
#include <string>

#include "../args.h"
#include "kernels.h"

namespace tfts {

Napi::Value Cumulative(const Napi::CallbackInfo& info) {
  Args args(info, "cumulative", 7);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  if (name != "cumsum" && name != "cumprod") throwRange(env, "cumulative: unknown op '" + name + "'");
  const bool isSum = name == "cumsum";
  const DType d = args.dtype(1, "dtype");
  if (d == DType::Bool) throwRange(env, "cumulative: op '" + name + "' does not support dtype bool");
  const Shape shape = args.shape(3, "shape");
  const int64_t axis = args.count(4, "axis");
  if (axis >= static_cast<int64_t>(shape.size())) throwRange(env, "cumulative: axis out of range for " + shapeStr(shape));
  const bool exclusive = args.boolean(5, "exclusive"), reverse = args.boolean(6, "reverse");
  const int64_t n = numElements(env, shape, "cumulative: shape");
  Storage* a = args.storageFor(2, "a", d, n);
  Napi::Object out = Storage::Create(env, byteSize(env, n, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  int64_t outer = 1, inner = 1;
  for (int64_t i = 0; i < axis; ++i) outer *= shape[i];
  for (size_t i = axis + 1; i < shape.size(); ++i) inner *= shape[i];
  const int64_t len = shape[axis];
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (!isBoolType<T>) {
      using C = Compute<T>;
      const T* x = reinterpret_cast<const T*>(a->data());
      T* y = reinterpret_cast<T*>(o);
      for (int64_t p = 0; p < outer; ++p) {
        for (int64_t q = 0; q < inner; ++q) {
          const int64_t base = p * len * inner + q;
          T acc = store<T>(static_cast<C>(isSum ? 0 : 1));
          for (int64_t s = 0; s < len; ++s) {
            const int64_t k = base + (reverse ? len - 1 - s : s) * inner;
            const C v = load(x[k]);
            if (exclusive) y[k] = acc;
            acc = store<T>(static_cast<C>(isSum ? load(acc) + v : load(acc) * v));
            if (!exclusive) y[k] = acc;
          }
        }
      }
    }
  });
  return out;
}

}  // namespace tfts
