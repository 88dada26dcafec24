// transpose(dtype, a, shape, perm) and broadcastTo(dtype, a, shape, outShape)
// on the GPU; validation and messages as src/kernels/transpose.cc.
#include <array>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "transpose.h"

namespace tfts::cuda {
namespace {

Napi::Value Transpose(const Napi::CallbackInfo& info) {
  Args args(info, "transpose", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape shape = args.shape(2, "shape");
  const std::vector<int64_t> perm = args.intList(3, "perm");
  if (perm.size() != shape.size()) {
    throwRange(env, "transpose: perm " + shapeStr(perm) + " does not match rank of shape " + shapeStr(shape));
  }
  std::vector<bool> seen(perm.size(), false);
  for (int64_t p : perm) {
    if (p < 0 || p >= static_cast<int64_t>(perm.size()) || seen[p]) {
      throwRange(env, "transpose: perm " + shapeStr(perm) + " is not a permutation of 0.." +
                          std::to_string(static_cast<int64_t>(perm.size()) - 1));
    }
    seen[p] = true;
  }
  const int64_t n = numElements(env, shape, "transpose: shape");
  DevBuf a = devArgFor(args, 1, "a", d, n);
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, n, d), &out);
  if (n == 0) return obj;
  launchStridedCopy(dtypeSize(d), a.ptr, out, n, permuteTable(shape, perm));
  checkLaunch("transpose");
  return obj;
}

Napi::Value BroadcastTo(const Napi::CallbackInfo& info) {
  Args args(info, "broadcastTo", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape shape = args.shape(2, "shape"), outShape = args.shape(3, "outShape");
  bool ok = shape.size() <= outShape.size();
  for (size_t i = 0; ok && i < shape.size(); ++i) {
    const int64_t s = shape[i], o = outShape[outShape.size() - shape.size() + i];
    ok = s == o || s == 1;
  }
  if (!ok) throwRange(env, "broadcastTo: cannot broadcast shape " + shapeStr(shape) + " to " + shapeStr(outShape));
  const int64_t n = numElements(env, shape, "broadcastTo: shape");
  const int64_t nOut = numElements(env, outShape, "broadcastTo: outShape");
  DevBuf a = devArgFor(args, 1, "a", d, n);
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, nOut, d), &out);
  if (nOut == 0) return obj;
  const std::array<Shape, 2> st = {contiguousStrides(outShape), broadcastStrides(shape, outShape)};
  launchStridedCopy(dtypeSize(d), a.ptr, out, nOut, collapseStrides<2>(outShape, st));
  checkLaunch("broadcastTo");
  return obj;
}

}  // namespace

TFTS_CUDA_EXPORT("transpose", Transpose)
TFTS_CUDA_EXPORT("broadcastTo", BroadcastTo)

}  // namespace tfts::cuda
