// npBlas(op, a, x, out, m, n): numpy's BLAS products (openblas_order.h) on typed arrays, written
// into `out` (no copies). op:
//   'dot'   out[0] = 0 + sum_{i<n} a[i] * x[i]              (numpy's DOUBLE_dot/FLOAT_dot)
//   'gemvT' out[j] = row j of a (m contiguous values) . x, j < n   (C-ordered matrix @ vector)
//   'gemvN' out[i] = sum_{j<n} a[i + j*m] * x[j], i < m        (vector @ C-ordered matrix)
//   'gemm'  out (m x n) = a (m x k) @ x (k x n), C-ordered; k is the 7th argument. float64 in
//           dgemm's order; float32 on the addon's packed GEMM (OpenBLAS's sgemm order is not
//           reproduced), straight from the typed arrays instead of copies into Storages
// a, x and out must all be Float64Array or all Float32Array.
#include <cstdint>
#include <string>

#include "../napi_guard.h"
#include "kernels.h"
#include "math_denormals.h"
#include "numpy_kernels.h"
#include "gemm.h"
#include "openblas_order.h"

namespace tfts {
namespace {

int64_t sizeArg(const Napi::CallbackInfo& info, size_t i, const char* name) {
  if (i >= info.Length() || !info[i].IsNumber()) {
    throw Napi::TypeError::New(info.Env(), std::string("npBlas: ") + name + " must be a number");
  }
  const double v = info[i].As<Napi::Number>().DoubleValue();
  if (!(v >= 0 && v <= 9007199254740991.0) || v != static_cast<double>(static_cast<int64_t>(v))) {
    throw Napi::RangeError::New(info.Env(), std::string("npBlas: ") + name + " must be a non-negative integer");
  }
  return static_cast<int64_t>(v);
}

template <typename T>
void run(const std::string& op, const T* a, const T* x, T* out, int64_t m, int64_t n, int64_t k) {
  const int threads = openblas::blasThreads();
  if (op == "dot") {
    if constexpr (sizeof(T) == 8) out[0] = 0.0 + openblas::ddot(n, a, x, threads);
    else out[0] = 0.0f + openblas::sdot(n, a, x);
  } else if (op == "gemvT") {
    if constexpr (sizeof(T) == 8) openblas::dgemvT(m, n, a, m, x, out, threads);
    else openblas::sgemvT(m, n, a, m, x, out, threads);
  } else if (op == "gemvN") {
    if constexpr (sizeof(T) == 8) openblas::dgemvN(m, n, a, m, x, out, threads);
    else openblas::sgemvN(m, n, a, m, x, out, threads);
  } else {
    if constexpr (sizeof(T) == 8) openblas::dgemm(m, k, n, a, x, out, threads);
    else gemmF32(a, x, out, m, n, k, false, false);
  }
}

Napi::Value NpBlas(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) throw Napi::TypeError::New(env, "npBlas: op must be a string");
  const std::string op = info[0].As<Napi::String>().Utf8Value();
  if (op != "dot" && op != "gemvT" && op != "gemvN" && op != "gemm") {
    throw Napi::RangeError::New(env, "npBlas: unknown op '" + op + "'");
  }
  const numpy::ArrayArg a = numpy::typedArrayArg(info, 1, "npBlas", "a");
  const numpy::ArrayArg x = numpy::typedArrayArg(info, 2, "npBlas", "x");
  const numpy::ArrayArg out = numpy::typedArrayArg(info, 3, "npBlas", "out");
  const int64_t m = sizeArg(info, 4, "m"), n = sizeArg(info, 5, "n");
  const int64_t k = op == "gemm" ? sizeArg(info, 6, "k") : 0;
  if (a.type != x.type || a.type != out.type ||
      (a.type != napi_float64_array && a.type != napi_float32_array)) {
    throw Napi::TypeError::New(env, "npBlas: a, x and out must all be Float64Array or all Float32Array");
  }
  // Sizes each op reads and writes; products are checked against overflow first.
  constexpr int64_t kMax = int64_t(1) << 31;  // each dimension; products then fit in int64
  if (m > kMax || n > kMax || k > kMax) throw Napi::RangeError::New(env, "npBlas: dimensions are too large");
  int64_t needA, needX, needOut;
  if (op == "gemm") {
    needA = m * k, needX = k * n, needOut = m * n;
  } else {
    needA = op == "dot" ? n : m * n;
    needX = op == "gemvT" ? m : n;
    needOut = op == "dot" ? 1 : (op == "gemvT" ? n : m);
  }
  if (static_cast<int64_t>(a.length) < needA || static_cast<int64_t>(x.length) < needX ||
      static_cast<int64_t>(out.length) < needOut) {
    throw Napi::RangeError::New(env, "npBlas: " + op + " with m=" + std::to_string(m) + ", n=" + std::to_string(n) +
                                         ", k=" + std::to_string(k) +
                                         " needs a, x, out of at least " + std::to_string(needA) + ", " +
                                         std::to_string(needX) + ", " + std::to_string(needOut) + " elements");
  }
  if (a.type == napi_float64_array) {
    run(op, static_cast<const double*>(a.data), static_cast<const double*>(x.data), static_cast<double*>(out.data), m, n, k);
  } else {
    run(op, static_cast<const float*>(a.data), static_cast<const float*>(x.data), static_cast<float*>(out.data), m, n, k);
  }
  return env.Undefined();
}

}  // namespace

// numpy keeps subnormals, so npBlas runs with FTZ/DAZ cleared like numpy's other kernels.
void RegisterOpenblasOrder(Napi::Env env, Napi::Object exports) {
  exports.Set("npBlas", Napi::Function::New<Guarded<ScopedKeepDenormals, NpBlas>>(env, "npBlas"));
}

}  // namespace tfts
