#include "check.h"

#include <napi.h>

#include <stdexcept>

#include "call_context.h"

namespace tfts::cuda {

void throwError(const std::string& message) {
  CallScope* call = CallScope::current();
  if (call == nullptr) throw std::runtime_error(message);
  throw Napi::Error::New(call->env(), message);
}

void check(cudaError_t e, const char* what) {
  if (e == cudaSuccess) return;
  throwError(std::string(what) + ": " + cudaGetErrorName(e) + ": " + cudaGetErrorString(e));
}

void checkLaunch(const char* what) { check(cudaGetLastError(), what); }

void throwOutOfMemory(uint64_t bytes) {
  const std::string msg = "OOM when allocating " + std::to_string(bytes) + " bytes on GPU:0";
  CallScope* call = CallScope::current();
  if (call == nullptr) throw std::runtime_error(msg);
  Napi::Env env(call->env());
  Napi::Error err = Napi::Error::New(env, msg);
  err.Set("code", Napi::String::New(env, "TFTS_CUDA_OOM"));
  err.Set("bytes", Napi::Number::New(env, static_cast<double>(bytes)));
  throw err;
}

}  // namespace tfts::cuda
