// numpy's elementwise loops on typed arrays: + - * /, maximum/minimum, comparisons, where, casts
// and libm functions. IEEE arithmetic in the operands' own type gives numpy's bits exactly
// (subnormals kept: see numpy_common.cc); operands are whole arrays or one broadcast value.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>
#include <type_traits>

#include "numpy_kernels.h"
#include "numpy_simd_math.h"

namespace tfts::numpy {

namespace {

enum class Bin { Add, Sub, Mul, Div, Max, Min, Eq, Ne, Lt, Le, Gt, Ge };

bool binaryOp(const std::string& s, Bin& op) {
  static const struct { const char* name; Bin op; } table[] = {
      {"add", Bin::Add}, {"subtract", Bin::Sub}, {"multiply", Bin::Mul}, {"divide", Bin::Div},
      {"maximum", Bin::Max}, {"minimum", Bin::Min}, {"equal", Bin::Eq}, {"not_equal", Bin::Ne},
      {"less", Bin::Lt}, {"less_equal", Bin::Le}, {"greater", Bin::Gt}, {"greater_equal", Bin::Ge}};
  for (const auto& e : table) {
    if (s == e.name) {
      op = e.op;
      return true;
    }
  }
  return false;
}

constexpr bool isComparison(Bin op) { return op >= Bin::Eq; }

// numpy's maximum/minimum: a NaN in either operand wins (the first one when both are).
template <Bin OP, typename T> inline auto apply(T x, T y) {
  if constexpr (OP == Bin::Add) return x + y;
  else if constexpr (OP == Bin::Sub) return x - y;
  else if constexpr (OP == Bin::Mul) return x * y;
  else if constexpr (OP == Bin::Div) return x / y;
  else if constexpr (OP == Bin::Max) return (x >= y || std::isnan(x)) ? x : y;
  else if constexpr (OP == Bin::Min) return (x <= y || std::isnan(x)) ? x : y;
  else if constexpr (OP == Bin::Eq) return uint8_t(x == y);
  else if constexpr (OP == Bin::Ne) return uint8_t(x != y);
  else if constexpr (OP == Bin::Lt) return uint8_t(x < y);
  else if constexpr (OP == Bin::Le) return uint8_t(x <= y);
  else if constexpr (OP == Bin::Gt) return uint8_t(x > y);
  else return uint8_t(x >= y);
}

// One run of `len` results; each operand has len elements or is one value. Three loop shapes
// (array op array, array op value, value op array) so each vectorises.
template <Bin OP, typename T, typename O> void binarySegment(const T* x, bool xOne, const T* y, bool yOne, O* out, size_t len) {
  if (!xOne && !yOne) {
    for (size_t i = 0; i < len; i++) out[i] = apply<OP>(x[i], y[i]);
  } else if (!xOne) {
    const T c = y[0];
    for (size_t i = 0; i < len; i++) out[i] = apply<OP>(x[i], c);
  } else if (!yOne) {
    const T c = x[0];
    for (size_t i = 0; i < len; i++) out[i] = apply<OP>(c, y[i]);
  } else {
    const auto v = apply<OP>(x[0], y[0]);
    for (size_t i = 0; i < len; i++) out[i] = v;
  }
}

// Each operand has n elements, one, or `row` elements repeated along leading axes (numpy
// broadcasting of a (..., k) operand against (m, ..., k): a row of row elements, n/row rows).
// Returns whether any result is inf or NaN (float outputs; false for comparisons).
template <Bin OP, typename T, typename O> bool binaryLoop(const T* x, size_t nx, const T* y, size_t ny, O* out, size_t n, size_t row) {
  std::atomic<bool> nonFinite{false};
  auto check = [&](const O* o, size_t len) {
    if constexpr (std::is_floating_point_v<O>) {
      if (anyNonFinite(o, len)) nonFinite.store(true, std::memory_order_relaxed);
    }
  };
  if (row == n) {
    parallelFor(n, [&](size_t b, size_t e) {
      // Blocks of 16-32 KB, each checked while still in L1.
      constexpr size_t kBlock = 4096;
      for (size_t s = b; s < e; s += kBlock) {
        const size_t len = std::min(kBlock, e - s);
        binarySegment<OP>(nx == 1 ? x : x + s, nx == 1, ny == 1 ? y : y + s, ny == 1, out + s, len);
        check(out + s, len);
      }
    });
    return nonFinite.load();
  }
  const size_t rows = n / row;
  // Rows in parallel when the rows are long enough for a thread's chunk to be a few of them.
  parallelFor(n, [&](size_t b, size_t e) {
    // The rows that start in [b, e): the split falls inside a row only on the other thread's side.
    for (size_t r = (b + row - 1) / row; r < rows && r * row < e; r++) {
      const T* xr = nx == 1 ? x : nx == row ? x : x + r * row;
      const T* yr = ny == 1 ? y : ny == row ? y : y + r * row;
      binarySegment<OP>(xr, nx == 1, yr, ny == 1, out + r * row, row);
      check(out + r * row, row);
    }
  });
  return nonFinite.load();
}

template <typename T, typename O> bool binaryDispatch(Bin op, const T* x, size_t nx, const T* y, size_t ny, O* out, size_t n, size_t row) {
  switch (op) {
#define TFTS_NP_CASE(NAME) case Bin::NAME: return binaryLoop<Bin::NAME>(x, nx, y, ny, out, n, row);
    TFTS_NP_CASE(Add) TFTS_NP_CASE(Sub) TFTS_NP_CASE(Mul) TFTS_NP_CASE(Div) TFTS_NP_CASE(Max)
    TFTS_NP_CASE(Min) TFTS_NP_CASE(Eq) TFTS_NP_CASE(Ne) TFTS_NP_CASE(Lt) TFTS_NP_CASE(Le)
    TFTS_NP_CASE(Gt) TFTS_NP_CASE(Ge)
#undef TFTS_NP_CASE
  }
  return false;
}

[[noreturn]] void fail(const Napi::CallbackInfo& info, const std::string& msg, bool range = true) {
  if (range) throw Napi::RangeError::New(info.Env(), msg);
  throw Napi::TypeError::New(info.Env(), msg);
}

// An operand's length must be the output's or 1 (a broadcast value).
void checkOperand(const Napi::CallbackInfo& info, const char* fn, const char* name, size_t len, size_t n) {
  if (len != n && len != 1) {
    fail(info, std::string(fn) + ": " + name + " has " + std::to_string(len) + " elements, expected " +
                   std::to_string(n) + " or 1");
  }
}

bool isFloat(napi_typedarray_type t) { return t == napi_float32_array || t == napi_float64_array; }

}  // namespace

// npBinary(op, x, y, out): x and y Float32Array or Float64Array of one type, out the same type
// (arithmetic, maximum, minimum) or Uint8Array (comparisons, numpy's bool). Each operand has
// out's length, 1 element, or one row length dividing it (broadcast along leading axes).
Napi::Value NpBinary(const Napi::CallbackInfo& info) {
  const char* fn = "npBinary";
  if (info.Length() < 4 || !info[0].IsString()) fail(info, "npBinary: op must be a string", false);
  Bin op;
  const std::string name = info[0].As<Napi::String>().Utf8Value();
  if (!binaryOp(name, op)) fail(info, "npBinary: unknown op '" + name + "'");
  const ArrayArg x = typedArrayArg(info, 1, fn, "x"), y = typedArrayArg(info, 2, fn, "y"), o = typedArrayArg(info, 3, fn, "out");
  if (!isFloat(x.type) || y.type != x.type) fail(info, "npBinary: x and y must be Float32Arrays or Float64Arrays of one type", false);
  const napi_typedarray_type outType = isComparison(op) ? napi_uint8_array : x.type;
  if (o.type != outType) fail(info, "npBinary: out has the wrong element type for '" + name + "'", false);
  // A length other than n and 1 is a row repeated along leading axes (both operands' the same).
  size_t row = o.length;
  for (size_t len : {x.length, y.length}) {
    if (len == o.length || len == 1) continue;
    if (len == 0 || o.length % len != 0 || (row != o.length && row != len)) {
      fail(info, "npBinary: operand lengths " + std::to_string(x.length) + " and " + std::to_string(y.length) +
                     " do not broadcast to " + std::to_string(o.length));
    }
    row = len;
  }
  if (o.length == 0) return Napi::Boolean::New(info.Env(), false);
  bool nonFinite;
  if (x.type == napi_float32_array) {
    const auto* a = static_cast<const float*>(x.data);
    const auto* b = static_cast<const float*>(y.data);
    if (isComparison(op)) nonFinite = binaryDispatch(op, a, x.length, b, y.length, static_cast<uint8_t*>(o.data), o.length, row);
    else nonFinite = binaryDispatch(op, a, x.length, b, y.length, static_cast<float*>(o.data), o.length, row);
  } else {
    const auto* a = static_cast<const double*>(x.data);
    const auto* b = static_cast<const double*>(y.data);
    if (isComparison(op)) nonFinite = binaryDispatch(op, a, x.length, b, y.length, static_cast<uint8_t*>(o.data), o.length, row);
    else nonFinite = binaryDispatch(op, a, x.length, b, y.length, static_cast<double*>(o.data), o.length, row);
  }
  return Napi::Boolean::New(info.Env(), nonFinite);
}

namespace {

// One loop per operand layout (each operand whole or one value), reading both x and y for every
// element so the choice compiles to a blend: a branch on random conditions mispredicts half the time.
template <bool C1, bool X1, bool Y1, typename T>
void whereLoop(const uint8_t* c, const T* x, const T* y, T* out, size_t n) {
  parallelFor(n, [c, x, y, out](size_t b, size_t e) {
    const uint8_t* __restrict cc = c;
    const T* __restrict xx = x;
    const T* __restrict yy = y;
    T* __restrict oo = out;
    // Selecting bits, not computing: x and y values (NaN payloads, -0) come through unchanged.
    for (size_t i = b; i < e; i++) {
      const T a = xx[X1 ? 0 : i], v = yy[Y1 ? 0 : i];
      oo[i] = cc[C1 ? 0 : i] ? a : v;
    }
  });
}

}  // namespace

// npWhere(cond, x, y, out): cond a Uint8Array (numpy bool), x/y/out Float32Arrays or
// Float64Arrays of one type; each input has out's length or 1.
Napi::Value NpWhere(const Napi::CallbackInfo& info) {
  const char* fn = "npWhere";
  const ArrayArg c = typedArrayArg(info, 0, fn, "cond"), x = typedArrayArg(info, 1, fn, "x"),
                 y = typedArrayArg(info, 2, fn, "y"), o = typedArrayArg(info, 3, fn, "out");
  if (c.type != napi_uint8_array) fail(info, "npWhere: cond must be a Uint8Array", false);
  if (!isFloat(o.type) || x.type != o.type || y.type != o.type) {
    fail(info, "npWhere: x, y and out must be Float32Arrays or Float64Arrays of one type", false);
  }
  checkOperand(info, fn, "cond", c.length, o.length);
  checkOperand(info, fn, "x", x.length, o.length);
  checkOperand(info, fn, "y", y.length, o.length);
  auto run = [&](auto* out) {
    using T = std::remove_pointer_t<decltype(out)>;
    const auto* cd = static_cast<const uint8_t*>(c.data);
    const auto* xd = static_cast<const T*>(x.data);
    const auto* yd = static_cast<const T*>(y.data);
    const int layout = (c.length == 1 ? 4 : 0) | (x.length == 1 ? 2 : 0) | (y.length == 1 ? 1 : 0);
    switch (layout) {
      case 0: return whereLoop<false, false, false>(cd, xd, yd, out, o.length);
      case 1: return whereLoop<false, false, true>(cd, xd, yd, out, o.length);
      case 2: return whereLoop<false, true, false>(cd, xd, yd, out, o.length);
      case 3: return whereLoop<false, true, true>(cd, xd, yd, out, o.length);
      case 4: return whereLoop<true, false, false>(cd, xd, yd, out, o.length);
      case 5: return whereLoop<true, false, true>(cd, xd, yd, out, o.length);
      case 6: return whereLoop<true, true, false>(cd, xd, yd, out, o.length);
      default: return whereLoop<true, true, true>(cd, xd, yd, out, o.length);
    }
  };
  if (o.type == napi_float32_array) run(static_cast<float*>(o.data));
  else run(static_cast<double*>(o.data));
  return info.Env().Undefined();
}

namespace {

template <typename F> bool withElementType(napi_typedarray_type t, void* data, F&& f) {
  switch (t) {
    case napi_int8_array: f(static_cast<int8_t*>(data)); return true;
    case napi_uint8_array: case napi_uint8_clamped_array: f(static_cast<uint8_t*>(data)); return true;
    case napi_int16_array: f(static_cast<int16_t*>(data)); return true;
    case napi_uint16_array: f(static_cast<uint16_t*>(data)); return true;
    case napi_int32_array: f(static_cast<int32_t*>(data)); return true;
    case napi_uint32_array: f(static_cast<uint32_t*>(data)); return true;
    case napi_float32_array: f(static_cast<float*>(data)); return true;
    case napi_float64_array: f(static_cast<double*>(data)); return true;
    default: return false;
  }
}

}  // namespace

// npCast(x, out, toBool): out[i] = x[i] converted to out's element type, as numpy's astype for
// the conversions where a C conversion is numpy's: integer → float (exact or rounded to nearest),
// float → float, integer → integer (wraps modulo 2^bits), and anything → bool (toBool: x != 0).
// Float → integer is refused (numpy's result for NaN/out-of-range values is the CPU's, kept in JS).
Napi::Value NpCast(const Napi::CallbackInfo& info) {
  const char* fn = "npCast";
  const ArrayArg x = typedArrayArg(info, 0, fn, "x"), o = typedArrayArg(info, 1, fn, "out");
  if (info.Length() < 3 || !info[2].IsBoolean()) fail(info, "npCast: toBool must be a boolean", false);
  const bool toBool = info[2].As<Napi::Boolean>().Value();
  if (x.length != o.length) fail(info, "npCast: x and out differ in length");
  if (toBool && o.type != napi_uint8_array) fail(info, "npCast: a bool result must be a Uint8Array", false);
  if (!toBool && isFloat(x.type) && !isFloat(o.type)) fail(info, "npCast: float to integer is not supported", false);
  bool outOk = false;
  const bool inOk = withElementType(x.type, x.data, [&](auto* in) {
    using I = std::remove_pointer_t<decltype(in)>;
    const I* src = in;
    outOk = withElementType(o.type, o.data, [&](auto* out) {
      using O = std::remove_pointer_t<decltype(out)>;
      parallelFor(x.length, [src, out, toBool](size_t b, size_t e) {
        const I* __restrict s = src;
        O* __restrict o = out;  // local pointers, so stores do not force reloads (vectorises)
        if (toBool) for (size_t i = b; i < e; i++) o[i] = O(s[i] != I(0));
        else for (size_t i = b; i < e; i++) o[i] = static_cast<O>(s[i]);
      });
    });
  });
  if (!inOk || !outOk) fail(info, "npCast: unsupported element type", false);
  return info.Env().Undefined();
}

namespace {

// glibc's function (numpy's own versions, where it has them: numpyMathLoop, numpy_simd_math.h).
template <typename T> T libm(int op, T x) {
  switch (op) {
    case 0: return std::exp(x);
    case 1: return std::log(x);
    case 2: return std::sin(x);
    case 3: return std::cos(x);
    case 4: return std::tan(x);
    case 5: return std::tanh(x);
    case 6: return std::log1p(x);
    case 7: return std::expm1(x);
    case 8: return std::sqrt(x);
    // numpy's cbrt on AVX512 CPUs (SVML) is nearly correctly rounded, glibc's cbrt is not (cbrt(27.0)
    // = 3.0000000000000004): the long double cube root rounded once is within a few 1e-3 of numpy.
    case 9: return static_cast<T>(std::cbrt(static_cast<long double>(x)));
    case 10: return std::exp2(x);
    case 11: return std::log2(x);
    case 12: return std::atan(x);
    default: return std::asin(x);
  }
}

int unaryOp(const std::string& s) {
  static const char* names[] = {"exp", "log", "sin", "cos", "tan", "tanh", "log1p", "expm1", "sqrt", "cbrt", "exp2",
                                "log2", "arctan", "arcsin"};
  for (int i = 0; i < 14; i++) if (s == names[i]) return i;
  return -1;
}

}  // namespace

// npUnary(op, x, out): numpy's function of each element, subnormals kept: its own algorithms where
// numpy has them on this CPU (numpy_simd_math.h), glibc's otherwise (Float32Array → expf etc.,
// Float64Array → exp; see src/runtime/numpy/native-kernels.ts); sqrt is exact either way.
Napi::Value NpUnary(const Napi::CallbackInfo& info) {
  const char* fn = "npUnary";
  if (info.Length() < 3 || !info[0].IsString()) fail(info, "npUnary: op must be a string", false);
  const std::string name = info[0].As<Napi::String>().Utf8Value();
  const int op = unaryOp(name);
  if (op < 0) fail(info, "npUnary: unknown op '" + name + "'");
  const ArrayArg x = typedArrayArg(info, 1, fn, "x"), o = typedArrayArg(info, 2, fn, "out");
  if (!isFloat(x.type) || o.type != x.type) fail(info, "npUnary: x and out must be Float32Arrays or Float64Arrays of one type", false);
  if (x.length != o.length) fail(info, "npUnary: x and out differ in length");
  std::atomic<bool> nonFinite{false};
  auto run = [&](auto* out) {
    using T = std::remove_pointer_t<decltype(out)>;
    const T* in = static_cast<const T*>(x.data);
    parallelFor(x.length, [&](size_t b, size_t e) {
      if (!numpyMathLoop(op, in + b, out + b, e - b)) {
        for (size_t i = b; i < e; i++) out[i] = libm<T>(op, in[i]);
      }
      if (anyNonFinite(out + b, e - b)) nonFinite.store(true, std::memory_order_relaxed);
    });
  };
  if (x.type == napi_float32_array) run(static_cast<float*>(o.data));
  else run(static_cast<double*>(o.data));
  return Napi::Boolean::New(info.Env(), nonFinite.load());
}

}  // namespace tfts::numpy
