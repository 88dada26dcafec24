// TensorFlow's conversions from Philox words to samples (facts from
// tensorflow/core/lib/random/random_distributions*.h, re-implemented):
//  * float in [0,1): exponent 127 with the low 23 bits as mantissa -> [1,2), minus 1.
//  * double in [0,1): exponent 1023, mantissa = (x0 & 0xfffff) << 32 | x1, minus 1.
//  * half/bfloat16 in [0,1): same trick with 10 / 7 mantissa bits of the word.
//  * Box-Muller: u1 clamped below at 1e-7, angle = 2*pi*u2 (pi as double,
//    rounded to float for the float variant), r = sqrt(-2 log u1);
//    outputs (r*sin(angle), r*cos(angle)) in that order.
#pragma once
#ifndef TFTS_HD  // lets CUDA kernels (native/cuda) compile these helpers for the device too
#ifdef __CUDACC__
#define TFTS_HD __host__ __device__
#else
#define TFTS_HD
#endif
#endif
#include <cmath>
#include <cstdint>
#include <cstring>

namespace tfts {

constexpr double kPi = 3.14159265358979323846;

TFTS_HD inline float uint32ToFloat01(uint32_t x) {
  const uint32_t bits = (127u << 23) | (x & 0x7fffffu);
  float f;
  std::memcpy(&f, &bits, 4);
  return f - 1.0f;
}

TFTS_HD inline double uint64ToDouble01(uint32_t x0, uint32_t x1) {
  const uint64_t bits = (uint64_t(1023) << 52) | (static_cast<uint64_t>(x0 & 0xfffffu) << 32) | x1;
  double d;
  std::memcpy(&d, &bits, 8);
  return d - 1.0;
}

// Returns a float in [0,1) that is exactly representable as a half.
TFTS_HD inline float uint16ToHalf01(uint32_t x) {
  return static_cast<float>(0x400u | (x & 0x3ffu)) / 1024.0f - 1.0f;  // (1 + man/1024) - 1, exact
}
TFTS_HD inline float uint16ToBf16_01(uint32_t x) {
  return static_cast<float>(0x80u | (x & 0x7fu)) / 128.0f - 1.0f;
}

TFTS_HD inline void boxMullerFloat(uint32_t x0, uint32_t x1, float* f0, float* f1) {
  float u1 = uint32ToFloat01(x0);
  if (u1 < 1.0e-7f) u1 = 1.0e-7f;
  // TF writes 2.0f * M_PI * u: evaluated in double, then stored to float.
  const float v1 = static_cast<float>(2.0f * kPi * uint32ToFloat01(x1));
  const float u2 = std::sqrt(-2.0f * std::log(u1));  // float overloads (logf/sqrtf)
  float s, c;
  ::sincosf(v1, &s, &c);
  *f0 = s * u2;
  *f1 = c * u2;
}

TFTS_HD inline void boxMullerDouble(uint32_t x0, uint32_t x1, uint32_t x2, uint32_t x3, double* d0, double* d1) {
  double u1 = uint64ToDouble01(x0, x1);
  if (u1 < 1.0e-7) u1 = 1.0e-7;
  const double v1 = 2 * kPi * uint64ToDouble01(x2, x3);
  const double u2 = std::sqrt(-2.0 * std::log(u1));
  double s, c;
  ::sincos(v1, &s, &c);
  *d0 = s * u2;
  *d1 = c * u2;
}

}  // namespace tfts
