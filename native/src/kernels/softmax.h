// N-API entry point of softmax.cc (TF's fused softmax / log-softmax / cross-entropy kernels).
#pragma once
#include <napi.h>

namespace tfts {
Napi::Value Softmax(const Napi::CallbackInfo& info);
}  // namespace tfts
