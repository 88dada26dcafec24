// The wrapper every exported native function runs in: sets the floating-point mode the function
// needs for the duration of the call, and turns C++ exceptions that are not already JS errors
// (bad_alloc from a std::vector, ...) into JS errors so nothing escapes into Node and aborts it.
#pragma once
#include <napi.h>

#include <new>
#include <stdexcept>
#include <string>

namespace tfts {

using NapiFn = Napi::Value (*)(const Napi::CallbackInfo&);

/** A mode that leaves the caller's floating-point mode as it is. */
struct CallerFpMode {};

template <typename FpMode, NapiFn F> Napi::Value Guarded(const Napi::CallbackInfo& info) {
  try {
    [[maybe_unused]] FpMode mode;  // held for the call: sets, then restores, the mode
    return F(info);
  } catch (const Napi::Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw Napi::RangeError::New(info.Env(), "tfts native: out of memory");
  } catch (const std::exception& e) {
    throw Napi::Error::New(info.Env(), std::string("tfts native: ") + e.what());
  }
}

}  // namespace tfts
