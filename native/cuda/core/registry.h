// Static self-registration of the CUDA module's JS functions, so each kernel
// glue file adds its own entry and no shared list has to be edited:
//
//   Napi::Value Fill(const Napi::CallbackInfo& info) { ... }
//   TFTS_CUDA_EXPORT("fill", Fill)
//
// module.cc walks the list when it builds the api object and wraps every
// function in a guard that turns C++ exceptions into JS errors and releases
// the call's temporary device buffers (uploadInt32) after the call.
#pragma once
#include <napi.h>

namespace tfts::cuda {

using KernelFn = Napi::Value (*)(const Napi::CallbackInfo&);

struct Registration {
  const char* name;
  KernelFn fn;
  Registration* next;
};

// Called from static initialisers (intrusive list: no allocation, no
// static-initialisation-order dependency on a container).
bool registerExport(Registration* r);
// Head of the list (order unspecified).
const Registration* registeredExports();

}  // namespace tfts::cuda

#define TFTS_CUDA_CONCAT_(a, b) a##b
#define TFTS_CUDA_CONCAT(a, b) TFTS_CUDA_CONCAT_(a, b)
#define TFTS_CUDA_EXPORT(jsName, Function)                                                        \
  static ::tfts::cuda::Registration TFTS_CUDA_CONCAT(tftsCudaReg_, __LINE__){jsName, Function,   \
                                                                              nullptr};           \
  [[maybe_unused]] static const bool TFTS_CUDA_CONCAT(tftsCudaRegOk_, __LINE__) =                \
      ::tfts::cuda::registerExport(&TFTS_CUDA_CONCAT(tftsCudaReg_, __LINE__));
