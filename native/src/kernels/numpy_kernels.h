// numpy's kernels: loops that give numpy's exact results (IEEE elementwise arithmetic with
// subnormals kept, numpy's pairwise summation order) working directly on the typed arrays that
// hold ndarray data, so a call copies nothing. Registered by addon.cc with one call.
#pragma once

#include <cstring>
#include <type_traits>
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

// Whether any of out[0, n) is inf or NaN: its exponent bits all ones, which is when adding one to
// the exponent field carries into the sign bit. Integer adds and ORs vectorise (a float-add
// reduction would not, without reassociation). The kernels run it on each chunk they just wrote,
// while it is in cache, and return the answer, so numpy's floating-point error checks
// (src/runtime/numpy/fp-errors.ts) need no second pass over the result.
template <typename T> inline bool anyNonFiniteLoop(const T* out, size_t n) {
  using Bits = std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>;
  constexpr int mantissaBits = sizeof(T) == 4 ? 23 : 52;
  constexpr Bits exponent = sizeof(T) == 4 ? Bits(0x7f800000u) : Bits(0x7ff0000000000000ull);
  Bits hit = 0;
  for (size_t i = 0; i < n; ++i) {
    Bits bits;
    std::memcpy(&bits, out + i, sizeof bits);
    hit |= (bits & exponent) + (Bits(1) << mantissaBits);
  }
  return (hit >> (sizeof(Bits) * 8 - 1)) != 0;
}
#if defined(__x86_64__) && defined(__GNUC__)
// The same loop compiled for AVX2 (8 floats a step instead of the baseline's 4): the check then
// costs a fraction of the arithmetic it follows.
template <typename T> __attribute__((target("avx2"))) bool anyNonFiniteAvx2(const T* out, size_t n) {
  return anyNonFiniteLoop(out, n);
}
#endif
template <typename T> bool anyNonFinite(const T* out, size_t n) {
#if defined(__x86_64__) && defined(__GNUC__)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) return anyNonFiniteAvx2(out, n);
#endif
  return anyNonFiniteLoop(out, n);
}

Napi::Value NpAdviseHuge(const Napi::CallbackInfo& info);
Napi::Value NpBinary(const Napi::CallbackInfo& info);
Napi::Value NpBinaryMath(const Napi::CallbackInfo& info);
Napi::Value NpWhere(const Napi::CallbackInfo& info);
Napi::Value NpCast(const Napi::CallbackInfo& info);
Napi::Value NpUnary(const Napi::CallbackInfo& info);
Napi::Value NpPairwiseSum(const Napi::CallbackInfo& info);
Napi::Value NpSumLeading(const Napi::CallbackInfo& info);
Napi::Value NpAnyNonFinite(const Napi::CallbackInfo& info);

}  // namespace tfts::numpy
