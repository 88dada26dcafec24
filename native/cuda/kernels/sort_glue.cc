// topK for DeviceStorages, validating as the CPU glue (native/src/kernels/math_sort.cc).
#include <cstdint>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "gather_glue_helpers.h"
#include "sort.h"

namespace tfts::cuda {
namespace {

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
  const DevBuf a = devArgFor(args, 1, "a", d, n);
  const int64_t len = shape.back();
  if (k > len) throwRange(env, "topK: k " + std::to_string(k) + " exceeds row length " + std::to_string(len));
  // Indices are int32 (as on the CPU); the device sort also pads rows to a power of two.
  if (len > (int64_t(1) << 30)) throwRange(env, "topK: row length " + std::to_string(len) + " is too large");
  const int64_t rows = len == 0 ? 0 : n / len;
  const int64_t nOut = rows * k;
  void* vals = nullptr;
  void* idx = nullptr;
  Napi::Object valsObj = newDeviceStorage(env, byteSize(env, nOut, d), &vals);
  Napi::Object idxObj = newDeviceStorage(env, byteSize(env, nOut, DType::Int32), &idx);
  if (nOut > 0) {
    void* scratch = callScratch(env, static_cast<uint64_t>(launch::topKScratchBytes(rows, len)));
    check(launch::topK(static_cast<int>(d), a.ptr, rows, len, k, descending, vals, static_cast<int32_t*>(idx), scratch,
                       stream()),
          "topK kernels");
  }
  Napi::Array result = Napi::Array::New(env, 2);
  result.Set(uint32_t(0), valsObj);
  result.Set(uint32_t(1), idxObj);
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("topK", tfts::cuda::TopK)
