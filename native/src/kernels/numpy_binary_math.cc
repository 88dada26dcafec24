// numpy's float32/float64 power and hypot on typed arrays, through the C library as numpy's
// scalar loops do (npy_pow/npy_powf and npy_hypot/npy_hypotf are glibc's pow/powf, hypot/hypotf).
// power keeps numpy's fast paths for one broadcast exponent (loops_umath_fp.dispatch.c.src):
// -1 -> 1/x, 0 -> 1, 0.5 -> sqrt, 1 -> x, 2 -> x*x. (numpy's wheels running on AVX512_SKX CPUs
// send the other exponents to Intel SVML's vector pow instead, which differs from glibc in the
// last bit for a few percent of inputs; that assembly is not reproduced here.)
#include <cmath>
#include <string>
#include <type_traits>

#include "numpy_kernels.h"

namespace tfts::numpy {

namespace {

enum class MathOp { Power, Hypot };

template <MathOp OP, typename T> inline T mathApply(T x, T y) {
  if constexpr (OP == MathOp::Power) return std::pow(x, y);
  else return std::hypot(x, y);
}

// power with one exponent for every element: numpy's fast paths, else pow per element.
template <typename T> void powerByScalar(const T* x, size_t nx, T e, T* out, size_t n) {
  parallelFor(n, [&](size_t b, size_t end) {
    for (size_t i = b; i < end; i++) {
      const T v = x[nx == 1 ? 0 : i];
      T r;
      if (e == T(-1)) r = T(1) / v;
      else if (e == T(0)) r = T(1);
      else if (e == T(0.5)) r = std::sqrt(v);
      else if (e == T(1)) r = v;
      else if (e == T(2)) r = v * v;
      else r = std::pow(v, e);
      out[i] = r;
    }
  });
}

template <MathOp OP, typename T> void mathLoop(const T* x, size_t nx, const T* y, size_t ny, T* out, size_t n) {
  if (OP == MathOp::Power && ny == 1) return powerByScalar(x, nx, y[0], out, n);
  parallelFor(n, [&](size_t b, size_t e) {
    for (size_t i = b; i < e; i++) out[i] = mathApply<OP>(x[nx == 1 ? 0 : i], y[ny == 1 ? 0 : i]);
  });
}

}  // namespace

// npBinaryMath(op, x, y, out): op "power" or "hypot"; x, y, out Float32Arrays or Float64Arrays
// of one type, x and y each of out's length or one element (broadcast).
Napi::Value NpBinaryMath(const Napi::CallbackInfo& info) {
  const char* fn = "npBinaryMath";
  if (info.Length() < 4 || !info[0].IsString()) throw Napi::TypeError::New(info.Env(), "npBinaryMath: op must be a string");
  const std::string name = info[0].As<Napi::String>().Utf8Value();
  MathOp op;
  if (name == "power") op = MathOp::Power;
  else if (name == "hypot") op = MathOp::Hypot;
  else throw Napi::RangeError::New(info.Env(), "npBinaryMath: unknown op '" + name + "'");
  const ArrayArg x = typedArrayArg(info, 1, fn, "x"), y = typedArrayArg(info, 2, fn, "y"), o = typedArrayArg(info, 3, fn, "out");
  const bool f32 = o.type == napi_float32_array;
  if ((!f32 && o.type != napi_float64_array) || x.type != o.type || y.type != o.type) {
    throw Napi::TypeError::New(info.Env(), "npBinaryMath: x, y and out must be Float32Arrays or Float64Arrays of one type");
  }
  for (size_t len : {x.length, y.length}) {
    if (len != o.length && len != 1) {
      throw Napi::RangeError::New(info.Env(), "npBinaryMath: operand of " + std::to_string(len) +
                                                  " elements for a result of " + std::to_string(o.length));
    }
  }
  if (o.length == 0) return info.Env().Undefined();
  auto run = [&](auto* out) {
    using T = std::remove_pointer_t<decltype(out)>;
    const T* a = static_cast<const T*>(x.data);
    const T* b = static_cast<const T*>(y.data);
    if (op == MathOp::Power) mathLoop<MathOp::Power>(a, x.length, b, y.length, out, o.length);
    else mathLoop<MathOp::Hypot>(a, x.length, b, y.length, out, o.length);
  };
  if (f32) run(static_cast<float*>(o.data));
  else run(static_cast<double*>(o.data));
  return info.Env().Undefined();
}

}  // namespace tfts::numpy
