// softmax for DeviceStorages, validating as the CPU glue (native/src/kernels/softmax.cc).
#include <cstdint>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "softmax.h"

namespace tfts::cuda {
namespace {

int parseOp(Napi::Env env, const std::string& s) {
  const char* names[] = {"softmax", "log_softmax", "xent_loss", "xent_backprop", "sparse_xent_loss", "sparse_xent_backprop"};
  for (int i = 0; i < 6; ++i)
    if (s == names[i]) return i;
  if (s == "softmax_eigen") return 0;  // the CPU's Eigen-order variant: one GPU kernel serves both
  throwRange(env, "softmax: unknown op '" + s + "'");
}

Napi::Value Softmax(const Napi::CallbackInfo& info) {
  Args args(info, "softmax", 6);
  Napi::Env env = info.Env();
  const int op = parseOp(env, args.string(0, "op"));
  const DType d = args.dtype(1, "dtype");
  const int64_t rows = args.count(4, "rows"), cols = args.count(5, "cols");
  const int64_t n = numElements(env, {rows, cols}, "softmax: shape");
  if (!(d == DType::Float32 || d == DType::Float64 || d == DType::BFloat16))
    throwRange(env, std::string("softmax: unsupported dtype ") + dtypeName(d));
  const DevBuf a = devArgFor(args, 2, "logits", d, n);
  const DevBuf lab = devArgFor(args, 3, "labels", d, op >= 2 ? n : 0);
  const bool lossOut = op == 2 || op == 4;
  const int64_t outCount = lossOut ? rows : n;
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, outCount, d), &out);
  if (outCount > 0 && n == 0) check(cudaMemsetAsync(out, 0, byteSize(env, outCount, d), stream()), "softmax memset");
  if (n > 0) {
    check(launch::softmax(op, static_cast<int>(d), a.ptr, lab.ptr, rows, cols, out, stream()), "softmax kernel");
  }
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("softmax", tfts::cuda::Softmax)
