// Access to the CPU addon's Storage class from libtfts_cuda.so, through the
// C table the CPU addon passes to the entry point (host_api.h).
#pragma once
#include <napi.h>

#include <cstdint>

#include "host_api.h"

namespace tfts::cuda {

void setHost(const TftsCudaHost* host);
struct HostBuf {
  uint8_t* data;
  size_t bytes;
};
// Argument value v as a CPU Storage; TypeError "<what> must be a Storage" otherwise.
HostBuf hostStorage(Napi::Env env, Napi::Value v, const std::string& what);
// New uninitialised CPU Storage of `bytes` bytes.
Napi::Object newHostStorage(Napi::Env env, uint64_t bytes, uint8_t** data);

}  // namespace tfts::cuda
