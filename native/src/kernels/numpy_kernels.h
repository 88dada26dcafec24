// numpy's kernels: loops that give numpy's exact results (IEEE elementwise arithmetic with
// subnormals kept, numpy's pairwise summation order) working directly on the typed arrays that
// hold ndarray data, so a call copies nothing. Registered by addon.cc with one call.
#pragma once
#include <napi.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <thread>

namespace tfts::numpy {

// Adds npAdviseHuge, npBinary, npBinaryMath, npWhere, npCast, npUnary, npPairwiseSum, npSumLeading
// to `exports`.
void RegisterNumpyKernels(Napi::Env env, Napi::Object exports);

// A typed array argument: its element type and where its elements are (no copy).
struct ArrayArg {
  napi_typedarray_type type;
  void* data;
  size_t length;
};
ArrayArg typedArrayArg(const Napi::CallbackInfo& info, size_t i, const char* fn, const char* name);

// Runs body(begin, end) over [0, n), on two threads when n is large enough to pay for starting
// one (tens of microseconds): the machines this targets have two cores, and loops over millions
// of elements gain from the second core's compute and memory bandwidth. The split is by element,
// so every element's result is the same either way.
template <typename F> void parallelFor(size_t n, F&& body) {
  constexpr size_t kMinPerThread = size_t(1) << 19;
  const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  if (n < 2 * kMinPerThread || hw < 2) {
    body(size_t(0), n);
    return;
  }
  const size_t mid = (n / 2) & ~size_t(63);  // keep each half's writes on separate cache lines
  std::thread helper([&] { body(mid, n); });
  body(size_t(0), mid);
  helper.join();
}

Napi::Value NpAdviseHuge(const Napi::CallbackInfo& info);
Napi::Value NpBinary(const Napi::CallbackInfo& info);
Napi::Value NpBinaryMath(const Napi::CallbackInfo& info);
Napi::Value NpWhere(const Napi::CallbackInfo& info);
Napi::Value NpCast(const Napi::CallbackInfo& info);
Napi::Value NpUnary(const Napi::CallbackInfo& info);
Napi::Value NpPairwiseSum(const Napi::CallbackInfo& info);
Napi::Value NpSumLeading(const Napi::CallbackInfo& info);

}  // namespace tfts::numpy
