// IEEE binary16 and bfloat16 <-> float conversions (round to nearest even),
// written from the IEEE 754 bit layouts.
#pragma once
#ifndef TFTS_HD  // lets CUDA kernels (native/cuda) compile these helpers for the device too
#ifdef __CUDACC__
#define TFTS_HD __host__ __device__
#else
#define TFTS_HD
#endif
#endif
#include <cstdint>
#include <cstring>

namespace tfts {

TFTS_HD inline uint32_t floatBits(float f) { uint32_t u; std::memcpy(&u, &f, 4); return u; }
TFTS_HD inline float bitsFloat(uint32_t u) { float f; std::memcpy(&f, &u, 4); return f; }

TFTS_HD inline uint16_t floatToHalfBits(float f) {
  uint32_t x = floatBits(f);
  const uint16_t sign = static_cast<uint16_t>((x >> 16) & 0x8000u);
  x &= 0x7fffffffu;
  if (x >= 0x7f800000u) {  // inf / NaN (keep NaN quiet and non-zero)
    return sign | 0x7c00u | (x > 0x7f800000u ? (0x200u | ((x >> 13) & 0x3ffu)) : 0u);
  }
  if (x >= 0x477ff000u) return sign | 0x7c00u;  // >= 65520 rounds to inf
  if (x < 0x38800000u) {
    // Below the smallest normal half (2^-14): adding 0.5f puts the value's
    // bits at the half-subnormal ulp (2^-24), the FPU rounds to nearest even.
    const float r = bitsFloat(x) + 0.5f;
    return sign | static_cast<uint16_t>(floatBits(r) - 0x3f000000u);
  }
  // Normal: rebias exponent (127 -> 15) and round the 13 dropped bits RNE.
  const uint32_t odd = (x >> 13) & 1u;
  x += 0xc8000fffu + odd;
  return sign | static_cast<uint16_t>(x >> 13);
}

TFTS_HD inline float halfBitsToFloat(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t exp = (h >> 10) & 0x1fu;
  const uint32_t man = h & 0x3ffu;
  if (exp == 0) {
    const float v = static_cast<float>(man) * 5.9604644775390625e-8f;  // man * 2^-24, exact
    return bitsFloat(floatBits(v) | sign);
  }
  if (exp == 31) return bitsFloat(sign | 0x7f800000u | (man << 13));
  return bitsFloat(sign | ((exp + 112u) << 23) | (man << 13));
}

TFTS_HD inline uint16_t floatToBf16Bits(float f) {
  uint32_t x = floatBits(f);
  if ((x & 0x7fffffffu) > 0x7f800000u) return static_cast<uint16_t>((x >> 16) | 0x40u);  // quiet NaN
  x += 0x7fffu + ((x >> 16) & 1u);
  return static_cast<uint16_t>(x >> 16);
}

TFTS_HD inline float bf16BitsToFloat(uint16_t b) { return bitsFloat(static_cast<uint32_t>(b) << 16); }

}  // namespace tfts
