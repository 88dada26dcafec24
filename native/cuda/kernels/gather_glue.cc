// gatherIndexed for DeviceStorages: the CPU glue's validation (native/src/kernels/gather.cc), the
// index map checked on the host and uploaded in stream order.
#include <cstdint>

#include "../../src/kernels/index_args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "gather.h"

namespace tfts::cuda {
namespace {

Napi::Value GatherIndexed(const Napi::CallbackInfo& info) {
  Args args(info, "gatherIndexed", 5);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t n = args.count(2, "srcCount");
  const DevBuf src = devArgFor(args, 1, "src", d, n);
  const IndexMap map = indexMapArg(args, 3, "map", n);
  const bool hasFill = !args.raw(4).IsNull() && !args.raw(4).IsUndefined();
  const void* fill = hasFill ? devArgFor(args, 4, "fill", d, 1).ptr : nullptr;
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, map.length, d), &out);
  if (map.length > 0) {
    const auto* dmap = static_cast<const int32_t*>(uploadTemp(env, map.data, static_cast<size_t>(map.length) * sizeof(int32_t)));
    check(launch::gatherIndexed(dtypeSize(d), src.ptr, dmap, map.length, fill, out, stream()), "gatherIndexed kernel");
  }
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("gatherIndexed", tfts::cuda::GatherIndexed)
