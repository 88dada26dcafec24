// pool2d / pool2dGrad for DeviceStorages, validating as the CPU glue (native/src/kernels/pool.cc).
#include <cstdint>
#include <string>

#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "gather_glue_helpers.h"
#include "conv_window.h"
#include "pool.h"

namespace tfts::cuda {
namespace {

bool isMax(const Args& args, size_t i) {
  const std::string op = args.string(i, "op");
  if (op != "max" && op != "avg") throwRange(args.env(), args.where("op") + " must be 'max' or 'avg'");
  return op == "max";
}

Napi::Value Pool2d(const Napi::CallbackInfo& info) {
  Args args(info, "pool2d", 5);
  Napi::Env env = info.Env();
  const bool max = isMax(args, 0);
  const DType d = args.dtype(1, "dtype");
  const Shape s = nhwcArg(args, 3);
  const Window w = windowArg(args, 4);
  const DevBuf x = devArgFor(args, 2, "x", d, numElements(env, s, "pool2d: shape"));
  const int64_t outCount = numElements(env, {s[0], w.oh, w.ow, s[3]}, "pool2d: output");
  if (d == DType::Bool) throwType(env, "pool2d: unsupported dtype bool");
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, outCount, d), &out);
  check(launch::pool2d(max, static_cast<int>(d), x.ptr, convGeom(s, w), out, stream()), "pool2d kernel");
  return result;
}

Napi::Value Pool2dGrad(const Napi::CallbackInfo& info) {
  Args args(info, "pool2dGrad", 6);
  Napi::Env env = info.Env();
  const bool max = isMax(args, 0);
  const DType d = args.dtype(1, "dtype");
  const Shape s = nhwcArg(args, 4);
  const Window w = windowArg(args, 5);
  const int64_t n = numElements(env, s, "pool2dGrad: shape");
  const DevBuf x = devArgFor(args, 2, "x", d, n);
  const DevBuf dy = devArgFor(args, 3, "dy", d, numElements(env, {s[0], w.oh, w.ow, s[3]}, "pool2dGrad: dy"));
  if (!isFloatDType(d)) throwType(env, std::string("pool2dGrad: unsupported dtype ") + dtypeName(d));
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, n, d), &out);
  check(launch::pool2dGrad(max, static_cast<int>(d), x.ptr, dy.ptr, convGeom(s, w), out, stream()), "pool2dGrad kernel");
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("pool2d", tfts::cuda::Pool2d)
TFTS_CUDA_EXPORT("pool2dGrad", tfts::cuda::Pool2dGrad)
