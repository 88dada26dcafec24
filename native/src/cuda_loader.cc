// loadCuda([{probeOnly}]): dlopens libtfts_cuda.so from this addon's own
// directory and calls its entry point (native/cuda/core/module.cc).
//   -> {ok: true, api} | {ok: false, reason}; never throws for a missing
//      library, driver or GPU.
//   probeOnly: load the library but touch no CUDA API -> {ok: true, exports:
//      string[], probe} (lets CPU-only CI check the library and its exports).
// This addon never links CUDA: the .so carries a static cudart, which itself
// dlopens the driver lazily, so everything here works on machines without one.
#include "cuda_loader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <string>

#include "../cuda/core/host_api.h"
#include "storage.h"

namespace tfts {

namespace {

void* StorageUnwrap(napi_env env, napi_value v) {
  try {
    return Storage::From(Napi::Env(env), Napi::Value(env, v), "storage");
  } catch (const Napi::Error&) {
    return nullptr;
  }
}
uint8_t* StorageData(void* s) { return static_cast<Storage*>(s)->data(); }
size_t StorageBytes(void* s) { return static_cast<Storage*>(s)->byteLength(); }
napi_value StorageCreate(napi_env env, uint64_t bytes) {
  try {
    return Storage::Create(Napi::Env(env), bytes, false);
  } catch (const Napi::Error& e) {
    e.ThrowAsJavaScriptException();
    return nullptr;
  }
}

const TftsCudaHost kHost = {TFTS_CUDA_HOST_API_VERSION, StorageUnwrap, StorageData, StorageBytes, StorageCreate};

Napi::Object Failure(Napi::Env env, const std::string& reason) {
  Napi::Object r = Napi::Object::New(env);
  r.Set("ok", false);
  r.Set("reason", reason);
  return r;
}

std::string LibraryPath() {
  Dl_info dl;
  if (dladdr(reinterpret_cast<void*>(&StorageData), &dl) == 0 || dl.dli_fname == nullptr) return "libtfts_cuda.so";
  std::string self = dl.dli_fname;
  const size_t slash = self.rfind('/');
  return (slash == std::string::npos ? std::string() : self.substr(0, slash + 1)) + "libtfts_cuda.so";
}

}  // namespace

Napi::Value LoadCuda(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  bool probeOnly = false;
  if (info.Length() > 0 && !info[0].IsUndefined()) {
    if (!info[0].IsObject()) throw Napi::TypeError::New(env, "loadCuda: options must be an object");
    Napi::Value p = info[0].As<Napi::Object>().Get("probeOnly");
    probeOnly = p.IsBoolean() && p.As<Napi::Boolean>().Value();
  }
  const std::string path = LibraryPath();
  if (access(path.c_str(), F_OK) != 0) {
    return Failure(env, "libtfts_cuda.so not built (no CUDA toolkit at build time)");
  }
  // Loaded once per process and never unloaded (device memory, the stream
  // and GC-time deleters point into it).
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* err = dlerror();
    return Failure(env, std::string("cannot load libtfts_cuda.so: ") + (err ? err : "unknown error"));
  }
  auto entry = reinterpret_cast<TftsCudaInitFn>(dlsym(handle, TFTS_CUDA_ENTRY_POINT));
  if (entry == nullptr) return Failure(env, "libtfts_cuda.so has no entry point " TFTS_CUDA_ENTRY_POINT);
  napi_value result = entry(env, &kHost, probeOnly ? 1 : 0);
  if (result == nullptr) {
    // Initialisation threw: report it as the reason rather than failing the caller.
    napi_value exc = nullptr;
    napi_get_and_clear_last_exception(env, &exc);
    std::string msg = "CUDA module initialisation failed";
    if (exc != nullptr) {
      Napi::Value e(env, exc);
      Napi::Value m = e.IsObject() ? e.As<Napi::Object>().Get("message") : e;
      if (m.IsString()) msg += ": " + m.As<Napi::String>().Utf8Value();
    }
    return Failure(env, msg);
  }
  return Napi::Value(env, result);
}

}  // namespace tfts
