// where(cond, condShape, x, xShape, y, yShape, dtype) on the GPU
// (validation and messages as src/kernels/transpose.cc's Where).
#include <array>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "where.h"

namespace tfts::cuda {
namespace {

Napi::Value Where(const Napi::CallbackInfo& info) {
  Args args(info, "where", 7);
  Napi::Env env = info.Env();
  const DType d = args.dtype(6, "dtype");
  const Shape cs = args.shape(1, "condShape"), xs = args.shape(3, "xShape"), ys = args.shape(5, "yShape");
  const int64_t nc = numElements(env, cs, "where: condShape"), nx = numElements(env, xs, "where: xShape"),
                ny = numElements(env, ys, "where: yShape");
  DevBuf c = devArgFor(args, 0, "cond", DType::Bool, nc);
  DevBuf x = devArgFor(args, 2, "x", d, nx);
  DevBuf y = devArgFor(args, 4, "y", d, ny);
  const Shape outShape = broadcastShapes(env, broadcastShapes(env, cs, xs, "where"), ys, "where");
  const int64_t n = numElements(env, outShape, "where: output");
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, n, d), &out);
  if (n == 0) return obj;
  const std::array<Shape, 4> st = {contiguousStrides(outShape), broadcastStrides(cs, outShape),
                                   broadcastStrides(xs, outShape), broadcastStrides(ys, outShape)};
  launchWhere(dtypeSize(d), static_cast<const uint8_t*>(c.ptr), x.ptr, y.ptr, out, n, collapseStrides<4>(outShape, st));
  checkLaunch("where");
  return obj;
}

}  // namespace

TFTS_CUDA_EXPORT("where", Where)

}  // namespace tfts::cuda
