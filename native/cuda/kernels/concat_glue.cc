// concatFlat for DeviceStorages: the parts copied one after another with stream-ordered
// device-to-device copies; validation as the CPU glue (native/src/kernels/gather.cc).
#include <cstdint>
#include <string>
#include <vector>

#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"

namespace tfts::cuda {
namespace {

Napi::Value ConcatFlat(const Napi::CallbackInfo& info) {
  Args args(info, "concatFlat", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!args.raw(1).IsArray()) throwType(env, "concatFlat: storages must be an array");
  Napi::Array list = args.raw(1).As<Napi::Array>();
  if (!args.raw(2).IsArray()) throwType(env, "concatFlat: counts must be an array");
  Napi::Array c = args.raw(2).As<Napi::Array>();
  std::vector<int64_t> counts(c.Length());
  for (uint32_t k = 0; k < c.Length(); ++k) {
    Napi::Value x = c.Get(k);
    if (!x.IsNumber() || x.As<Napi::Number>().DoubleValue() < 0) throwRange(env, "concatFlat: counts must be non-negative numbers");
    counts[k] = x.As<Napi::Number>().Int64Value();
  }
  if (counts.size() != list.Length()) throwRange(env, "concatFlat: storages and counts differ in length");
  uint64_t total = 0;
  std::vector<DevBuf> parts(counts.size());
  for (uint32_t k = 0; k < list.Length(); ++k) {
    parts[k] = devValue(env, list.Get(k), "concatFlat: storages[k]");
    if (parts[k].bytes < byteSize(env, counts[k], d)) throwRange(env, "concatFlat: storage " + std::to_string(k) + " is too small");
    total += static_cast<uint64_t>(counts[k]);
  }
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, static_cast<int64_t>(total), d), &out);
  uint8_t* o = static_cast<uint8_t*>(out);
  for (size_t k = 0; k < parts.size(); ++k) {
    const size_t bytes = static_cast<size_t>(counts[k]) * dtypeSize(d);
    if (bytes > 0) check(cudaMemcpyAsync(o, parts[k].ptr, bytes, cudaMemcpyDeviceToDevice, stream()), "cudaMemcpyAsync(concatFlat)");
    o += bytes;
  }
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("concatFlat", tfts::cuda::ConcatFlat)
