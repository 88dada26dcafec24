// cumulative for DeviceStorages, validating as the CPU glue (native/src/kernels/math_scan.cc).
#include <cstdint>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "scan.h"

namespace tfts::cuda {
namespace {

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
  const DevBuf a = devArgFor(args, 2, "a", d, n);
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, n, d), &out);
  int64_t outer = 1, inner = 1;
  for (int64_t i = 0; i < axis; ++i) outer *= shape[i];
  for (size_t i = axis + 1; i < shape.size(); ++i) inner *= shape[i];
  if (n > 0) {
    check(launch::cumulative(isSum, static_cast<int>(d), a.ptr, outer, shape[axis], inner, exclusive, reverse, out,
                             stream()),
          "cumulative kernel");
  }
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("cumulative", tfts::cuda::Cumulative)
