// scatterAddIndexed / scatterSetIndexed for DeviceStorages, validating as the CPU glue
// (native/src/kernels/gather.cc). scatterSet keeps the CPU's "last writer wins" for duplicate
// targets by dropping every earlier duplicate from the map on the host before the upload, so the
// device stores never race.
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "../../src/kernels/index_args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "gather.h"

namespace tfts::cuda {
namespace {

const int32_t* uploadMap(Napi::Env env, const int32_t* data, int64_t length) {
  return static_cast<const int32_t*>(uploadTemp(env, data, static_cast<size_t>(length) * sizeof(int32_t)));
}

Napi::Value ScatterAddIndexed(const Napi::CallbackInfo& info) {
  Args args(info, "scatterAddIndexed", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t outCount = args.count(3, "outCount");
  const IndexMap map = indexMapArg(args, 2, "map", outCount);
  const DevBuf src = devArgFor(args, 1, "src", d, map.length);
  const uint64_t bytes = byteSize(env, outCount, d);
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, bytes, &out);
  if (bytes > 0) check(cudaMemsetAsync(out, 0, bytes, stream()), "cudaMemsetAsync(scatterAddIndexed)");
  if (map.length > 0) {
    check(launch::scatterAddIndexed(static_cast<int>(d), src.ptr, uploadMap(env, map.data, map.length), map.length,
                                    out, stream()),
          "scatterAddIndexed kernel");
  }
  return result;
}

// The map with every target but its last occurrence replaced by -1; empty when no target repeats.
std::vector<int32_t> lastWriterMap(const IndexMap& map, int64_t targets) {
  std::vector<int32_t> filtered;
  auto drop = [&](int64_t i) {
    if (filtered.empty()) filtered.assign(map.data, map.data + map.length);
    filtered[static_cast<size_t>(i)] = -1;
  };
  if (static_cast<uint64_t>(targets) <= static_cast<uint64_t>(map.length) * 64) {
    // A bit per target costs no more than the map itself: walk backwards, keep first sightings.
    std::vector<uint64_t> seen(static_cast<size_t>((targets + 63) / 64), 0);
    for (int64_t i = map.length - 1; i >= 0; --i) {
      const int32_t j = map.data[i];
      if (j < 0) continue;
      uint64_t& word = seen[static_cast<size_t>(j) / 64];
      const uint64_t bit = uint64_t(1) << (j % 64);
      if (word & bit) drop(i);
      word |= bit;
    }
  } else {
    // Few writes into a large base: sort (target, position) pairs instead.
    std::vector<std::pair<int32_t, int64_t>> pairs;
    pairs.reserve(static_cast<size_t>(map.length));
    for (int64_t i = 0; i < map.length; ++i) if (map.data[i] >= 0) pairs.emplace_back(map.data[i], i);
    std::sort(pairs.begin(), pairs.end());
    for (size_t k = 0; k + 1 < pairs.size(); ++k) {
      if (pairs[k].first == pairs[k + 1].first) drop(pairs[k].second);
    }
  }
  return filtered;
}

Napi::Value ScatterSetIndexed(const Napi::CallbackInfo& info) {
  Args args(info, "scatterSetIndexed", 5);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t n = args.count(2, "baseCount");
  const DevBuf base = devArgFor(args, 1, "base", d, n);
  const IndexMap map = indexMapArg(args, 4, "map", n);
  const DevBuf src = devArgFor(args, 3, "src", d, map.length);
  const uint64_t bytes = byteSize(env, n, d);
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, bytes, &out);
  if (bytes > 0) {
    check(cudaMemcpyAsync(out, base.ptr, bytes, cudaMemcpyDeviceToDevice, stream()), "cudaMemcpyAsync(scatterSetIndexed)");
  }
  if (map.length > 0) {
    const std::vector<int32_t> filtered = lastWriterMap(map, n);
    const int32_t* dmap = uploadMap(env, filtered.empty() ? map.data : filtered.data(), map.length);
    check(launch::scatterSetIndexed(dtypeSize(d), src.ptr, dmap, map.length, out, stream()), "scatterSetIndexed kernel");
  }
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("scatterAddIndexed", tfts::cuda::ScatterAddIndexed)
TFTS_CUDA_EXPORT("scatterSetIndexed", tfts::cuda::ScatterSetIndexed)
