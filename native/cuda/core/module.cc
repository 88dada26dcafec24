// Entry point of libtfts_cuda.so (called by the CPU addon's loadCuda(), see
// native/src/cuda_loader.cc): checks for a usable GPU and builds the api
// object from every TFTS_CUDA_EXPORT registration.
#include <napi.h>

#include <new>
#include <stdexcept>
#include <string>

#include "call_context.h"
#include "check.h"
#include "host.h"
#include "host_api.h"
#include "registry.h"

namespace tfts::cuda {

napi_value initDeviceStorageClass(napi_env env);  // device_storage.cc
void createStream();                              // stream.cc
Napi::Value ProbeTrack(const Napi::CallbackInfo& info);
Napi::Value ProbeReleased(const Napi::CallbackInfo& info);

namespace {

// Every JS function of the module: runs the kernel glue inside a CallScope
// (env for check(), temporaries released after the call) and turns C++
// exceptions into JS errors so nothing escapes into Node.
napi_value Dispatch(napi_env env, napi_callback_info cbinfo) {
  void* data = nullptr;
  napi_get_cb_info(env, cbinfo, nullptr, nullptr, nullptr, &data);
  const auto* reg = static_cast<const Registration*>(data);
  try {
    Napi::CallbackInfo info(env, cbinfo);
    CallScope scope(env);
    return reg->fn(info);
  } catch (const Napi::Error& e) {
    e.ThrowAsJavaScriptException();
  } catch (const std::bad_alloc&) {
    napi_throw_range_error(env, nullptr, "tfts cuda: out of host memory");
  } catch (const std::exception& e) {
    napi_throw_error(env, nullptr, (std::string("tfts cuda: ") + e.what()).c_str());
  }
  return nullptr;
}

void addFunction(Napi::Env env, Napi::Object target, const Registration* r) {
  napi_value fn = nullptr;
  if (napi_create_function(env, r->name, NAPI_AUTO_LENGTH, Dispatch, const_cast<Registration*>(r), &fn) != napi_ok) {
    throw Napi::Error::New(env);
  }
  target.Set(r->name, Napi::Value(env, fn));
}

Napi::Object failure(Napi::Env env, const std::string& reason) {
  Napi::Object r = Napi::Object::New(env);
  r.Set("ok", false);
  r.Set("reason", reason);
  return r;
}

std::string cudaText(cudaError_t e) { return std::string(cudaGetErrorName(e)) + ": " + cudaGetErrorString(e); }

Napi::Object probe(Napi::Env env) {
  initDeviceStorageClass(env);
  Napi::Array names = Napi::Array::New(env);
  uint32_t n = 0;
  for (const Registration* r = registeredExports(); r != nullptr; r = r->next) names.Set(n++, r->name);
  names.Set(n++, "deviceCount");
  names.Set(n++, "devices");
  names.Set(n++, "DeviceStorage");
  static Registration track{"track", ProbeTrack, nullptr}, released{"released", ProbeReleased, nullptr};
  Napi::Object hooks = Napi::Object::New(env);
  addFunction(env, hooks, &track);
  addFunction(env, hooks, &released);
  // The kernel functions too, uninitialised: argument validation runs (and
  // can be tested) without a GPU; anything reaching CUDA throws its error.
  Napi::Object api = Napi::Object::New(env);
  api.Set("DeviceStorage", Napi::Value(env, initDeviceStorageClass(env)));
  for (const Registration* r = registeredExports(); r != nullptr; r = r->next) addFunction(env, api, r);
  Napi::Object r = Napi::Object::New(env);
  r.Set("ok", true);
  r.Set("exports", names);
  r.Set("probe", hooks);
  r.Set("uninitialisedApi", api);
  return r;
}

Napi::Object init(Napi::Env env) {
  int count = 0;
  const cudaError_t e = cudaGetDeviceCount(&count);
  if (e == cudaErrorNoDevice || (e == cudaSuccess && count == 0)) return failure(env, "no CUDA device");
  if (e == cudaErrorInsufficientDriver) return failure(env, "no CUDA driver (or one older than CUDA 13): " + cudaText(e));
  if (e != cudaSuccess) return failure(env, "no CUDA driver: " + cudaText(e));
  cudaDeviceProp prop;
  cudaError_t pe = cudaGetDeviceProperties(&prop, 0);
  if (pe != cudaSuccess) return failure(env, "cudaGetDeviceProperties: " + cudaText(pe));
  if (prop.major < 9) {
    return failure(env, "GPU:0 (" + std::string(prop.name) + ") has compute capability " +
                            std::to_string(prop.major) + "." + std::to_string(prop.minor) +
                            "; this build has code for 9.0 and newer only");
  }
  CallScope scope(env);  // check() throws JS errors from here on
  check(cudaSetDevice(0), "cudaSetDevice");
  createStream();

  Napi::Object api = Napi::Object::New(env);
  api.Set("DeviceStorage", Napi::Value(env, initDeviceStorageClass(env)));
  Napi::Array devices = Napi::Array::New(env);
  for (int d = 0; d < count; ++d) {
    cudaDeviceProp p;
    check(cudaGetDeviceProperties(&p, d), "cudaGetDeviceProperties");
    Napi::Object o = Napi::Object::New(env);
    o.Set("name", p.name);
    Napi::Array cc = Napi::Array::New(env, 2);
    cc.Set(0u, p.major);
    cc.Set(1u, p.minor);
    o.Set("computeCapability", cc);
    o.Set("totalMemory", static_cast<double>(p.totalGlobalMem));
    devices.Set(static_cast<uint32_t>(d), o);
  }
  // Only GPU:0 is used (one stream, one allocator), so only it is reported.
  api.Set("deviceCount", 1);
  Napi::Array used = Napi::Array::New(env, 1);
  used.Set(0u, devices.Get(0u));
  api.Set("devices", used);
  for (const Registration* r = registeredExports(); r != nullptr; r = r->next) addFunction(env, api, r);
  Napi::Object result = Napi::Object::New(env);
  result.Set("ok", true);
  result.Set("api", api);
  return result;
}

}  // namespace
}  // namespace tfts::cuda

extern "C" __attribute__((visibility("default"))) napi_value tfts_cuda_init(napi_env env, const TftsCudaHost* host,
                                                                            int probeOnly) {
  try {
    Napi::Env e(env);
    if (host == nullptr || host->version != TFTS_CUDA_HOST_API_VERSION) {
      return tfts::cuda::failure(e, "libtfts_cuda.so and tfts_native.node are from different builds");
    }
    tfts::cuda::setHost(host);
    return probeOnly ? tfts::cuda::probe(e) : tfts::cuda::init(e);
  } catch (const Napi::Error& err) {
    err.ThrowAsJavaScriptException();
  } catch (const std::exception& err) {
    napi_throw_error(env, nullptr, (std::string("tfts cuda: ") + err.what()).c_str());
  }
  return nullptr;
}
