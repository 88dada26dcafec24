// DeviceStorage: the JS object owning one block of GPU memory from the
// caching allocator (see device_storage.cc for how the block comes back
// during GC). Kernel glue takes DeviceStorages as inputs and returns new ones;
// shapes and dtypes stay on the TS side, as for the CPU Storage.
#pragma once
#include <napi.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "../../src/args.h"
#include "../../src/dtype.h"

namespace tfts::cuda {

struct DevBuf {
  void* ptr;     // never null (zero-byte storages get a minimal block)
  size_t bytes;  // the storage's byteLength
};

// Argument i as a DeviceStorage; TypeError "<what> must be a DeviceStorage" otherwise.
DevBuf devArg(const Napi::CallbackInfo& info, size_t i, const char* what);
// Same, also checking it holds count elements of d (RangeError as Args::storageFor).
DevBuf devArgFor(const Args& args, size_t i, const char* name, DType d, int64_t count);
// Any value (e.g. an array element) as a DeviceStorage.
DevBuf devValue(Napi::Env env, Napi::Value v, const std::string& what);
bool isDeviceStorage(Napi::Env env, Napi::Value v);

// New DeviceStorage of `bytes` bytes; *ptr receives the device pointer.
// Contents are UNINITIALISED: the kernel must write every byte (or memset).
// Throws RangeError above Storage::kMaxBytes, the TFTS_CUDA_OOM Error when
// the device is full.
Napi::Object newDeviceStorage(Napi::Env env, uint64_t bytes, void** ptr);

template <typename T> struct DevOutput {
  Napi::Object obj;
  T* data;
};
template <typename T> DevOutput<T> newDevOutput(Napi::Env env, uint64_t count) {
  void* p = nullptr;
  Napi::Object o = newDeviceStorage(env, count * sizeof(T), &p);
  return {o, static_cast<T*>(p)};
}

// Copies a host Int32Array (an index map) to a temporary device buffer, in
// stream order. The buffer stays valid until the current JS call returns
// (the registry guard then gives it back to the allocator; later work on the
// one stream is ordered after the kernels of this call).
const void* uploadInt32(Napi::Env env, const Napi::Int32Array& a);
// Same for raw bytes (e.g. shape/stride tables for a kernel).
const void* uploadTemp(Napi::Env env, const void* host, size_t bytes);
// Uninitialised device scratch memory with the same lifetime (until the call returns).
void* tempDevice(Napi::Env env, size_t bytes);

}  // namespace tfts::cuda
