// fill(dtype, count, value) on the GPU: same validation and value conversion
// as the CPU fill (native/src/kernels/memory.cc).
#include <cstring>
#include <type_traits>

#include "../../src/args.h"
#include "../../src/kernels/convert.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "fill.h"

namespace tfts::cuda {
namespace {

Napi::Value Fill(const Napi::CallbackInfo& info) {
  Args args(info, "fill", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t n = args.count(1, "count");
  const uint64_t bytes = byteSize(env, n, d);
  Napi::Value v = info[2];
  if (!v.IsNumber() && !v.IsBigInt() && !v.IsBoolean()) {
    throwType(env, "fill: value must be a number, bigint or boolean");
  }
  uint64_t pattern = 0;
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    T x;
    if (v.IsBoolean()) {
      x = convert<T>(bool8{static_cast<uint8_t>(v.As<Napi::Boolean>().Value() ? 1 : 0)});
    } else if (v.IsNumber()) {
      x = convert<T>(v.As<Napi::Number>().DoubleValue());
    } else {
      bool lossless = false;  // BigInt wraps modulo 2^64, as on the CPU
      if constexpr (std::is_same_v<T, uint64_t>) x = v.As<Napi::BigInt>().Uint64Value(&lossless);
      else x = convert<T>(v.As<Napi::BigInt>().Int64Value(&lossless));
    }
    static_assert(sizeof(T) <= sizeof(pattern));
    std::memcpy(&pattern, &x, sizeof(T));  // little-endian: the low bytes
  });
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, bytes, &out);
  launchFill(out, n, dtypeSize(d), pattern);
  checkLaunch("fill");
  return obj;
}

}  // namespace

TFTS_CUDA_EXPORT("fill", Fill)

}  // namespace tfts::cuda
