// Registration and argument handling of numpy's kernels (numpy_kernels.h), and npAdviseHuge.
#include <sys/mman.h>

#include <string>

#include "../napi_guard.h"
#include "math_denormals.h"
#include "numpy_kernels.h"
#include "../storage.h"

namespace tfts::numpy {

namespace {

// numpy keeps subnormals: unlike the tensor kernels (TF's flush-to-zero mode, see addon.cc), these
// run with FTZ/DAZ cleared (ScopedKeepDenormals), whatever mode the calling thread was left in.
template <NapiFn F> void Export(Napi::Env env, Napi::Object exports, const char* name) {
  exports.Set(name, Napi::Function::New<Guarded<ScopedKeepDenormals, F>>(env, name));
}

}  // namespace

void RegisterNumpyKernels(Napi::Env env, Napi::Object exports) {
  Export<NpAdviseHuge>(env, exports, "npAdviseHuge");
  Export<NpBinary>(env, exports, "npBinary");
  Export<NpBinaryMath>(env, exports, "npBinaryMath");
  Export<NpWhere>(env, exports, "npWhere");
  Export<NpCast>(env, exports, "npCast");
  Export<NpUnary>(env, exports, "npUnary");
  Export<NpPairwiseSum>(env, exports, "npPairwiseSum");
  Export<NpSumLeading>(env, exports, "npSumLeading");
  Export<NpAnyNonFinite>(env, exports, "npAnyNonFinite");
}

ArrayArg typedArrayArg(const Napi::CallbackInfo& info, size_t i, const char* fn, const char* name) {
  if (i >= info.Length() || !info[i].IsTypedArray()) {
    throw Napi::TypeError::New(info.Env(), std::string(fn) + ": " + name + " must be a typed array");
  }
  Napi::TypedArray t = info[i].As<Napi::TypedArray>();
  return {t.TypedArrayType(), tfts::viewData(info[i]), t.ElementLength()};
}

// npAdviseHuge(typedArray): advises a new large array's memory onto transparent huge pages, as
// numpy's allocator does for arrays of 4 MiB and more. Memory fresh from the system is first
// touched by whatever writes the result, and on this project's VMs a 4 KiB page fault costs
// ~30 us: first touching a 188 MB array took ~1.4 s in 4 KiB pages and ~20 ms in 2 MiB ones.
// (Recycled memory is already mapped: the advice then changes nothing. It is only advice.)
Napi::Value NpAdviseHuge(const Napi::CallbackInfo& info) {
  const ArrayArg a = typedArrayArg(info, 0, "npAdviseHuge", "array");
  const size_t bytes = a.length * Napi::TypedArray(info.Env(), info[0]).ElementSize();
  constexpr size_t kHugeFrom = size_t(4) << 20, kPage = 4096;
  if (bytes >= kHugeFrom) {
    const auto start = reinterpret_cast<uintptr_t>(a.data);
    const uintptr_t lo = (start + kPage - 1) & ~uintptr_t(kPage - 1);
    const uintptr_t hi = (start + bytes) & ~uintptr_t(kPage - 1);
    if (hi > lo) madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
  }
  return info.Env().Undefined();
}

// npAnyNonFinite(float32 or float64 typed array): whether any element is inf or NaN, for results
// of kernels that do not report it themselves (in JS the scan costs ~1 ms per million elements).
Napi::Value NpAnyNonFinite(const Napi::CallbackInfo& info) {
  const ArrayArg a = typedArrayArg(info, 0, "npAnyNonFinite", "array");
  bool any;
  if (a.type == napi_float32_array) any = anyNonFinite(static_cast<const float*>(a.data), a.length);
  else if (a.type == napi_float64_array) any = anyNonFinite(static_cast<const double*>(a.data), a.length);
  else throw Napi::TypeError::New(info.Env(), "npAnyNonFinite: array must be a Float32Array or Float64Array");
  return Napi::Boolean::New(info.Env(), any);
}

}  // namespace tfts::numpy
