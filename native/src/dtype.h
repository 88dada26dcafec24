// DType codes (mirrors src/runtime/native/dtype-codes.ts), element storage
// types, and dispatch helpers that turn a runtime code into a template type.
#pragma once
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "half.h"

namespace tfts {

enum class DType : int {
  Float32 = 0, Float64 = 1, Int32 = 2, Int64 = 3, Bool = 4, Uint8 = 5, Int8 = 6,
  Int16 = 7, Float16 = 8, BFloat16 = 9, Uint16 = 10, Uint32 = 11, Uint64 = 12,
};
constexpr int kNumDTypes = 13;

// Distinct storage types so bool/uint8 and half/bfloat16/uint16 dispatch apart.
struct bool8 { uint8_t v; };
struct f16 { uint16_t bits; };
struct bf16 { uint16_t bits; };

inline size_t dtypeSize(DType d) {
  static const size_t sizes[kNumDTypes] = {4, 8, 4, 8, 1, 1, 1, 2, 2, 2, 2, 4, 8};
  return sizes[static_cast<int>(d)];
}
const char* dtypeName(DType d);

// Compute<T>: the type arithmetic is done in (halves compute in float, as
// Eigen/TF do on CPU). load/store convert between storage and compute type.
template <typename T> struct ComputeOf { using type = T; };
template <> struct ComputeOf<f16> { using type = float; };
template <> struct ComputeOf<bf16> { using type = float; };
template <> struct ComputeOf<bool8> { using type = bool; };
template <typename T> using Compute = typename ComputeOf<T>::type;

template <typename T> TFTS_HD inline Compute<T> load(T x) { return x; }
template <> TFTS_HD inline float load<f16>(f16 x) { return halfBitsToFloat(x.bits); }
template <> TFTS_HD inline float load<bf16>(bf16 x) { return bf16BitsToFloat(x.bits); }
template <> TFTS_HD inline bool load<bool8>(bool8 x) { return x.v != 0; }

template <typename T, typename C> TFTS_HD inline T store(C x) { return static_cast<T>(x); }
template <> TFTS_HD inline f16 store<f16, float>(float x) { return f16{floatToHalfBits(x)}; }
template <> TFTS_HD inline bf16 store<bf16, float>(float x) { return bf16{floatToBf16Bits(x)}; }
template <> TFTS_HD inline bool8 store<bool8, bool>(bool x) { return bool8{static_cast<uint8_t>(x ? 1 : 0)}; }

template <typename T> constexpr bool isFloatType =
    std::is_floating_point_v<T> || std::is_same_v<T, f16> || std::is_same_v<T, bf16>;
template <typename T> constexpr bool isBoolType = std::is_same_v<T, bool8>;
template <typename T> constexpr bool isIntType = std::is_integral_v<T>;  // excludes bool8

template <typename T> struct Tag { using type = T; };

// Calls f(Tag<T>{}) for the storage type of d. Every branch must return the
// same type. Callers reject unsupported dtypes inside f (or before).
template <typename F> decltype(auto) dispatchDType(DType d, F&& f) {
  switch (d) {
    case DType::Float32: return f(Tag<float>{});
    case DType::Float64: return f(Tag<double>{});
    case DType::Int32: return f(Tag<int32_t>{});
    case DType::Int64: return f(Tag<int64_t>{});
    case DType::Bool: return f(Tag<bool8>{});
    case DType::Uint8: return f(Tag<uint8_t>{});
    case DType::Int8: return f(Tag<int8_t>{});
    case DType::Int16: return f(Tag<int16_t>{});
    case DType::Float16: return f(Tag<f16>{});
    case DType::BFloat16: return f(Tag<bf16>{});
    case DType::Uint16: return f(Tag<uint16_t>{});
    case DType::Uint32: return f(Tag<uint32_t>{});
    case DType::Uint64: return f(Tag<uint64_t>{});
  }
  return f(Tag<float>{});  // unreachable: codes are validated before dispatch
}

// Dispatch on element byte size only (for pure data movement kernels).
template <typename F> decltype(auto) dispatchBySize(size_t bytes, F&& f) {
  switch (bytes) {
    case 1: return f(Tag<uint8_t>{});
    case 2: return f(Tag<uint16_t>{});
    case 4: return f(Tag<uint32_t>{});
    default: return f(Tag<uint64_t>{});
  }
}

}  // namespace tfts
