// loadCuda([options]): loads the optional CUDA module (libtfts_cuda.so).
#pragma once
#include <napi.h>

namespace tfts {
Napi::Value LoadCuda(const Napi::CallbackInfo& info);
}
