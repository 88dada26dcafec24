#include "host.h"

#include "../../src/storage.h"

namespace tfts::cuda {

namespace {
const TftsCudaHost* gHost = nullptr;
}

void setHost(const TftsCudaHost* host) { gHost = host; }

HostBuf hostStorage(Napi::Env env, Napi::Value v, const std::string& what) {
  void* s = gHost->storageUnwrap(env, v);
  if (s == nullptr) throw Napi::TypeError::New(env, what + " must be a Storage");
  return {gHost->storageData(s), gHost->storageBytes(s)};
}

Napi::Object newHostStorage(Napi::Env env, uint64_t bytes, uint8_t** data) {
  napi_value v = gHost->storageCreate(env, bytes);
  if (v == nullptr) throw Napi::Error::New(env);  // the pending exception
  *data = gHost->storageData(gHost->storageUnwrap(env, v));
  return Napi::Object(env, v);
}

}  // namespace tfts::cuda

// args.cc (compiled into this library for argument parsing) refers to the CPU
// Storage class; these definitions route it to the CPU addon's Storage, whose
// C++ object is the one tfts_native.node created (same header, same build).
namespace tfts {

Storage* Storage::From(Napi::Env env, Napi::Value v, const char* what) {
  void* s = cuda::gHost == nullptr ? nullptr : cuda::gHost->storageUnwrap(env, v);
  if (s == nullptr) throw Napi::TypeError::New(env, std::string(what) + " must be a Storage");
  return static_cast<Storage*>(s);
}

}  // namespace tfts
