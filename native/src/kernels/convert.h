// Scalar conversion between storage types with TensorFlow's CPU (x86-64)
// semantics. TF's Cast is a C++ static_cast compiled for x86-64; the
// out-of-range/NaN results below reproduce what those instructions produce,
// but are written with defined C++ so they are the same on every compiler:
//  * float -> int32/int64: truncate toward zero; NaN or out of range gives
//    the "integer indefinite" value INT_MIN / INT64_MIN (cvttss2si).
//  * float -> int8/int16/uint8/uint16: convert to int32 as above, keep the
//    low bits (what the compiled code does), e.g. 300.0 -> uint8 44.
//  * float -> uint32: via int64 conversion, low 32 bits.
//  * float -> uint64: x < 2^63 converts signed, otherwise (x - 2^63) converted
//    then top bit flipped; NaN -> 2^63.
//  * int -> narrower int: modular wrap (int16 of 123456789 is -13035).
//  * x -> bool: x != 0 (NaN -> true). bool -> number: 0/1.
//  * anything -> float16/bfloat16: via float32, then round to nearest even
//    (as Eigen's half(double) does).
#pragma once
#include <cmath>
#include <cstdint>
#include <type_traits>

#include "../dtype.h"

namespace tfts {

TFTS_HD inline int32_t x86FloatToI32(double x) {
  const double t = std::trunc(x);
  if (!(t >= -2147483648.0 && t <= 2147483647.0)) return INT32_MIN;
  return static_cast<int32_t>(t);
}
TFTS_HD inline int64_t x86FloatToI64(double x) {
  const double t = std::trunc(x);
  if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(t);
}
TFTS_HD inline uint64_t x86FloatToU64(double x) {
  if (!(x >= 9223372036854775808.0)) return static_cast<uint64_t>(x86FloatToI64(x));
  return static_cast<uint64_t>(x86FloatToI64(x - 9223372036854775808.0)) ^ (uint64_t(1) << 63);
}

// Floating value (already in double) to an integer storage type.
template <typename D> TFTS_HD inline D floatToInt(double x) {
  if constexpr (std::is_same_v<D, int64_t>) return x86FloatToI64(x);
  else if constexpr (std::is_same_v<D, uint64_t>) return x86FloatToU64(x);
  else if constexpr (std::is_same_v<D, uint32_t>) return static_cast<uint32_t>(x86FloatToI64(x));
  else return static_cast<D>(x86FloatToI32(x));  // int32 and narrower: low bits
}

template <typename D, typename S> TFTS_HD inline D convert(S s) {
  if constexpr (std::is_same_v<D, S>) {
    return s;
  } else {
    const auto v = load<S>(s);  // compute type: float/double/bool/integer
    using V = std::remove_cv_t<decltype(v)>;
    if constexpr (isBoolType<D>) {
      return bool8{static_cast<uint8_t>(v != 0 ? 1 : 0)};
    } else if constexpr (std::is_same_v<D, f16> || std::is_same_v<D, bf16>) {
      return store<D, float>(static_cast<float>(v));
    } else if constexpr (std::is_floating_point_v<D>) {
      return static_cast<D>(v);
    } else if constexpr (std::is_floating_point_v<V>) {
      return floatToInt<D>(static_cast<double>(v));
    } else {
      // integer/bool -> integer: modular (unsigned conversion is well defined).
      using UD = std::make_unsigned_t<D>;
      return static_cast<D>(static_cast<UD>(v));
    }
  }
}

}  // namespace tfts
