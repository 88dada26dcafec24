// Checked CUDA calls for the glue (.cc) side of the CUDA module. Every CUDA
// runtime call is wrapped so a failure becomes a JS Error naming the call and
// the CUDA error ("cudaMemcpyAsync(download): cudaErrorIllegalAddress: an
// illegal memory access was encountered") instead of silently continuing.
// .cu files launch only; their glue calls checkLaunch right after.
#pragma once
#include <cuda_runtime_api.h>

#include <cstdint>
#include <string>

namespace tfts::cuda {

// Throws Napi::Error (when called inside a CUDA-module call, which is always
// the case for kernel glue) or std::runtime_error otherwise.
void check(cudaError_t e, const char* what);
// cudaGetLastError after a <<<>>> launch (bad configuration, no kernel image
// for this GPU, sticky errors from earlier asynchronous failures).
void checkLaunch(const char* what);
// Throws the out-of-device-memory Error: message names the size, with
// err.code = 'TFTS_CUDA_OOM' and err.bytes = bytes.
[[noreturn]] void throwOutOfMemory(uint64_t bytes);
// Throws Error(message) in the current call (std::runtime_error outside one).
[[noreturn]] void throwError(const std::string& message);

}  // namespace tfts::cuda
