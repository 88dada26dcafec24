// libm for Python's math module (and a few float functions for TF kernels). CPython's math functions are the C library's; V8's Math.* are
// fdlibm ports that differ from glibc in the last bit for some inputs, which shows in printed
// floats. One entry point keeps the JS→C++ call cheap: libm(code, x[, y]) → double.
// The codes are mirrored by src/interpreter/stdlib/libm.ts (keep both lists in the same order).
#include <cmath>

#include "pymath.h"

namespace tfts {

namespace {

enum Code : int {
  kExp, kLog, kLog2, kLog10, kLog1p, kExpm1,
  kSin, kCos, kTan, kAsin, kAcos, kAtan,
  kSinh, kCosh, kTanh, kAsinh, kAcosh, kAtanh,
  kSqrt, kErf, kErfc, kTgamma, kLgamma, kCbrt, kExp2,
  // Single precision (x rounded to float first): TF's CPU kernels call these, e.g. its Lanczos
  // resampling kernel calls std::sin on floats.
  kSinF,
  // Two arguments from here on.
  kAtan2, kPow, kHypot, kFmod, kRemainder, kNextafter, kLdexp,
  kCount
};

double Apply(int code, double x, double y) {
  switch (code) {
    case kExp: return std::exp(x);
    case kLog: return std::log(x);
    case kLog2: return std::log2(x);
    case kLog10: return std::log10(x);
    case kLog1p: return std::log1p(x);
    case kExpm1: return std::expm1(x);
    case kSin: return std::sin(x);
    case kCos: return std::cos(x);
    case kTan: return std::tan(x);
    case kAsin: return std::asin(x);
    case kAcos: return std::acos(x);
    case kAtan: return std::atan(x);
    case kSinh: return std::sinh(x);
    case kCosh: return std::cosh(x);
    case kTanh: return std::tanh(x);
    case kAsinh: return std::asinh(x);
    case kAcosh: return std::acosh(x);
    case kAtanh: return std::atanh(x);
    case kSqrt: return std::sqrt(x);
    case kErf: return std::erf(x);
    case kErfc: return std::erfc(x);
    case kTgamma: return std::tgamma(x);
    case kLgamma: return std::lgamma(x);
    case kCbrt: return std::cbrt(x);
    case kExp2: return std::exp2(x);
    case kSinF: return std::sin(static_cast<float>(x));
    case kAtan2: return std::atan2(x, y);
    case kPow: return std::pow(x, y);
    case kHypot: return std::hypot(x, y);
    case kFmod: return std::fmod(x, y);
    case kRemainder: return std::remainder(x, y);
    case kNextafter: return std::nextafter(x, y);
    // y is an exponent the caller has already clamped to int range.
    case kLdexp: return std::ldexp(x, static_cast<int>(y));
    default: return 0;
  }
}

}  // namespace

Napi::Value Libm(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsNumber()) {
    throw Napi::TypeError::New(env, "libm(code, x[, y]): code and x must be numbers");
  }
  int code = info[0].As<Napi::Number>().Int32Value();
  if (code < 0 || code >= kCount) throw Napi::RangeError::New(env, "libm: unknown function code");
  double y = 0;
  if (code >= kAtan2) {
    if (info.Length() < 3 || !info[2].IsNumber()) throw Napi::TypeError::New(env, "libm: this function takes x and y");
    y = info[2].As<Napi::Number>().DoubleValue();
  }
  return Napi::Number::New(env, Apply(code, info[1].As<Napi::Number>().DoubleValue(), y));
}

}  // namespace tfts
