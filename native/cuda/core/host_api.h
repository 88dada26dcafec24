// The C interface between the CPU addon (tfts_native.node, no CUDA) and
// libtfts_cuda.so. Plain C types only: the two libraries are separate DSOs
// with hidden visibility, so nothing C++ (exceptions, classes) crosses it.
#pragma once
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>

#define TFTS_CUDA_HOST_API_VERSION 1
#define TFTS_CUDA_ENTRY_POINT "tfts_cuda_init"

struct TftsCudaHost {
  uint32_t version;  // TFTS_CUDA_HOST_API_VERSION
  // The CPU Storage wrapped by v (its C++ object) or NULL if v is not one. Never throws.
  void* (*storageUnwrap)(napi_env env, napi_value v);
  uint8_t* (*storageData)(void* storage);
  size_t (*storageBytes)(void* storage);
  // New uninitialised CPU Storage; NULL with a pending JS exception on failure.
  napi_value (*storageCreate)(napi_env env, uint64_t bytes);
};

// Entry point of libtfts_cuda.so. Returns {ok: true, api} or {ok: false, reason};
// with probeOnly it touches no CUDA API and returns {ok: true, exports: string[],
// probe: {...test hooks}, uninitialisedApi}. Returns NULL only with a pending JS exception.
typedef napi_value (*TftsCudaInitFn)(napi_env env, const struct TftsCudaHost* host, int probeOnly);
