// cast(src, srcDtype, dstDtype, count) on the GPU (semantics: src/kernels/cast.cc).
#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "cast.h"

namespace tfts::cuda {
namespace {

Napi::Value Cast(const Napi::CallbackInfo& info) {
  Args args(info, "cast", 4);
  Napi::Env env = info.Env();
  const DType sd = args.dtype(1, "srcDtype");
  const DType dd = args.dtype(2, "dstDtype");
  const int64_t n = args.count(3, "count");
  DevBuf src = devArgFor(args, 0, "src", sd, n);
  void* dst = nullptr;
  Napi::Object out = newDeviceStorage(env, byteSize(env, n, dd), &dst);
  if (n == 0) return out;
  if (sd == dd) {
    check(cudaMemcpyAsync(dst, src.ptr, static_cast<size_t>(n) * dtypeSize(sd), cudaMemcpyDeviceToDevice, stream()),
          "cudaMemcpyAsync(cast)");
    return out;
  }
  launchCast(src.ptr, sd, dst, dd, n);
  checkLaunch("cast");
  return out;
}

}  // namespace

TFTS_CUDA_EXPORT("cast", Cast)

}  // namespace tfts::cuda
