// Host <-> device transfers and storage management of the CUDA module:
// upload, download, toBytes, fromBytes, alloc, copy, synchronize, memoryInfo,
// emptyCache. Only download/toBytes/synchronize wait for the stream.
#include <napi.h>

#include "../../src/args.h"
#include "allocator.h"
#include "check.h"
#include "device_storage.h"
#include "host.h"
#include "registry.h"
#include "stream.h"

namespace tfts::cuda {
namespace {

Napi::Value Upload(const Napi::CallbackInfo& info) {
  Args args(info, "upload", 1);
  HostBuf h = hostStorage(info.Env(), info[0], "upload: storage");
  void* d = nullptr;
  Napi::Object out = newDeviceStorage(info.Env(), h.bytes, &d);
  if (h.bytes) check(cudaMemcpyAsync(d, h.data, h.bytes, cudaMemcpyHostToDevice, stream()), "cudaMemcpyAsync(upload)");
  return out;
}

Napi::Value Download(const Napi::CallbackInfo& info) {
  Args args(info, "download", 1);
  DevBuf d = devArg(info, 0, "download: storage");
  uint8_t* h = nullptr;
  Napi::Object out = newHostStorage(info.Env(), d.bytes, &h);
  if (d.bytes) check(cudaMemcpyAsync(h, d.ptr, d.bytes, cudaMemcpyDeviceToHost, stream()), "cudaMemcpyAsync(download)");
  synchronize();
  return out;
}

Napi::Value ToBytes(const Napi::CallbackInfo& info) {
  Args args(info, "toBytes", 1);
  DevBuf d = devArg(info, 0, "toBytes: storage");
  Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(info.Env(), d.bytes);
  if (d.bytes) check(cudaMemcpyAsync(ab.Data(), d.ptr, d.bytes, cudaMemcpyDeviceToHost, stream()), "cudaMemcpyAsync(toBytes)");
  synchronize();
  return ab;
}

Napi::Value FromBytes(const Napi::CallbackInfo& info) {
  Args args(info, "fromBytes", 1);
  Napi::Value v = info[0];
  const uint8_t* src = nullptr;
  size_t len = 0;
  if (v.IsTypedArray()) {
    Napi::TypedArray ta = v.As<Napi::TypedArray>();
    src = static_cast<const uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
    len = ta.ByteLength();
  } else if (v.IsDataView()) {
    Napi::DataView dv = v.As<Napi::DataView>();
    src = static_cast<const uint8_t*>(dv.ArrayBuffer().Data()) + dv.ByteOffset();
    len = dv.ByteLength();
  } else {
    throwType(info.Env(), "fromBytes: view must be an ArrayBufferView (TypedArray or DataView)");
  }
  void* d = nullptr;
  Napi::Object out = newDeviceStorage(info.Env(), len, &d);
  // Pageable source: returns once the bytes are staged, so the view may change afterwards.
  if (len) check(cudaMemcpyAsync(d, src, len, cudaMemcpyHostToDevice, stream()), "cudaMemcpyAsync(fromBytes)");
  return out;
}

Napi::Value Alloc(const Napi::CallbackInfo& info) {
  Args args(info, "alloc", 1);
  const int64_t n = args.count(0, "byteLength");
  if (static_cast<uint64_t>(n) > Storage::kMaxBytes) throwRange(info.Env(), "alloc: byteLength too large");
  void* d = nullptr;
  Napi::Object out = newDeviceStorage(info.Env(), static_cast<uint64_t>(n), &d);
  if (n) check(cudaMemsetAsync(d, 0, static_cast<size_t>(n), stream()), "cudaMemsetAsync(alloc)");  // zeroed, as the CPU alloc
  return out;
}

Napi::Value Copy(const Napi::CallbackInfo& info) {
  Args args(info, "copy", 1);
  DevBuf s = devArg(info, 0, "copy: storage");
  void* d = nullptr;
  Napi::Object out = newDeviceStorage(info.Env(), s.bytes, &d);
  if (s.bytes) check(cudaMemcpyAsync(d, s.ptr, s.bytes, cudaMemcpyDeviceToDevice, stream()), "cudaMemcpyAsync(copy)");
  return out;
}

Napi::Value Synchronize(const Napi::CallbackInfo& info) {
  synchronize();
  return info.Env().Undefined();
}

Napi::Value MemoryInfo(const Napi::CallbackInfo& info) {
  size_t freeBytes = 0, total = 0;
  check(cudaMemGetInfo(&freeBytes, &total), "cudaMemGetInfo");
  Napi::Object o = Napi::Object::New(info.Env());
  o.Set("inUse", static_cast<double>(allocator().inUse()));
  o.Set("reserved", static_cast<double>(allocator().reserved()));
  o.Set("free", static_cast<double>(freeBytes));
  o.Set("total", static_cast<double>(total));
  return o;
}

Napi::Value EmptyCache(const Napi::CallbackInfo& info) {
  allocator().emptyCache();
  return info.Env().Undefined();
}

}  // namespace

TFTS_CUDA_EXPORT("upload", Upload)
TFTS_CUDA_EXPORT("download", Download)
TFTS_CUDA_EXPORT("toBytes", ToBytes)
TFTS_CUDA_EXPORT("fromBytes", FromBytes)
TFTS_CUDA_EXPORT("alloc", Alloc)
TFTS_CUDA_EXPORT("copy", Copy)
TFTS_CUDA_EXPORT("synchronize", Synchronize)
TFTS_CUDA_EXPORT("memoryInfo", MemoryInfo)
TFTS_CUDA_EXPORT("emptyCache", EmptyCache)

}  // namespace tfts::cuda
