// The C library's math functions for the Python interpreter (math module, float **, random).
#pragma once
#include <napi.h>

namespace tfts {
// pymath.cc
Napi::Value Libm(const Napi::CallbackInfo& info);
}  // namespace tfts
