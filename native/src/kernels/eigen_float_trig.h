// float32 sin, cos, asin, acos, atan, atanh, reciprocal and rsqrt (and float32/float64 atan2)
// computed the way TensorFlow's CPU kernels do, so results match TF 2.21 bit for bit instead of
// libm. TF evaluates these ops with Eigen tensor expressions; its x86 wheel is built for AVX
// without FMA, so packets hold 8 floats and every multiply-add rounds twice (eigen_f32::mulAdd).
//   - Full packets (the first n - n % 8 elements) use Eigen's packet approximations below.
//   - The trailing n % 8 elements (and scalars) take Eigen's scalar path, which for all of these
//     ops is plain libm (sinf, acosf, atanhf, ...), 1 / x for reciprocal and 1 / sqrt(x) for rsqrt.
//   - tan, sinh, cosh, asinh and acosh have no AVX float packet in TF's Eigen: libm everywhere,
//     so they need nothing here.
// reciprocal, rsqrt and atan (|x| > 1, so atan2 with |y| > |x|) start from the CPU's rcpps/rsqrtps estimate and refine it
// by one Newton step; the estimate tables differ between AMD and Intel, so those packet results
// can differ in the last bit between CPUs (measured to match on the AMD EPYC the oracle runs on).
// Measured bit for bit against TF 2.21 (all ops): 99,995 mixed floats (normal, uniform, log-uniform,
// [-1, 1]) and 110,208 more (60,000 random bit patterns, so subnormals, NaNs and infinities,
// plus +-0, +-inf, NaN, +-1, the Payne-Hanek thresholds and huge arguments in packet positions),
// lengths 1..17 and 1,000,005, and l2_normalize (built on rsqrt) over 10-element rows.
// Subnormal flushing comes from the caller's ScopedFlushDenormals (TF runs with FTZ/DAZ set).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>

#if defined(__SSE__) || defined(_M_X64)
#include <xmmintrin.h>
#endif

#include "eigen_float_approx.h"
#include "fp_contract.h"

namespace tfts {
namespace eigen_f32_trig {

using eigen_f32::kPacketSize;
using eigen_f32::mulAdd;

inline uint32_t floatBits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

inline float bitsFloat(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

// Payne-Hanek reduction for |x| beyond the Cody-Waite range: x * 2/pi in 2.62-bit fixed point
// from 96 bits of 2/pi chosen by x's exponent, rounded to the nearest quadrant; the remainder is
// converted back through double. Eigen stores 2/pi as overlapping 32-bit windows that start on
// byte boundaries, so the window for any exponent is one aligned load; so do we.
inline float reduceHuge(float absX, int32_t* quadrant) {
  // Bytes of 2/pi (0.28BE60DB9391054A7F09D5F47D4D377036D8A5664F10E41 in hex), preceded by two
  // zero bytes; window k holds bytes k .. k+3.
  static const uint8_t kTwoOverPiBytes[] = {
      0x00, 0x00, 0x00, 0x28, 0xbe, 0x60, 0xdb, 0x93, 0x91, 0x05, 0x4a, 0x7f, 0x09, 0xd5, 0xf4,
      0x7d, 0x4d, 0x37, 0x70, 0x36, 0xd8, 0xa5, 0x66, 0x4f, 0x10, 0xe4, 0x10, 0x00, 0x00, 0x00};
  auto window = [](uint32_t k) {
    return (uint32_t(kTwoOverPiBytes[k]) << 24) | (uint32_t(kTwoOverPiBytes[k + 1]) << 16) |
           (uint32_t(kTwoOverPiBytes[k + 2]) << 8) | uint32_t(kTwoOverPiBytes[k + 3]);
  };
  const double kPiOver2Scaled = 3.4061215800865545e-19;  // pi/2 * 2^-62
  uint32_t bits = floatBits(absX);
  const uint32_t e = (bits >> 23) - 118;  // biased exponent - 126 + 8: byte-aligned shift
  bits = ((bits & 0x007fffffu) | 0x00800000u) << (e & 7);
  const uint32_t i = e >> 3;
  const uint32_t w1 = window(i - 1), w2 = window(i + 3), w3 = window(i + 7);
  uint64_t p = uint64_t(bits) * w3;
  p = uint64_t(bits) * w2 + (p >> 32);
  p = (uint64_t(uint32_t(bits * w1)) << 32) + p;
  const uint64_t q = (p + (uint64_t(1) << 61)) >> 62;  // round to nearest quadrant
  *quadrant = int32_t(q);
  p -= q << 62;
  return float(double(int64_t(p)) * kPiOver2Scaled);
}

// Eigen's packet sin/cos: quadrant y = round(|x| * 2/pi) by the 2^23 trick, x - y * pi/2 in four
// non-FMA steps (Payne-Hanek from 25966 for sin, 18838 for cos), then the sin or cos polynomial
// on [-pi/4, pi/4] chosen by the quadrant's parity, and the sign from the quadrant's second bit.
template <bool kSine>
TFTS_NO_FP_CONTRACT_ATTR inline float sinCosPacket(float input) {
  TFTS_NO_FP_CONTRACT
  constexpr float kMagic = 12582912.0f;  // 1.5 * 2^23
  const float absX = std::fabs(input);
  float y = absX * 0.636619746685028076171875f;
  const float yRound = y + kMagic;
  int32_t quadrant = static_cast<int32_t>(floatBits(yRound));  // low bits hold the integer
  y = yRound - kMagic;
  float x = mulAdd(y, -1.5703125f, absX);
  x = mulAdd(y, -0.000483989715576171875f, x);
  x = mulAdd(y, 1.62865035235881805419921875e-07f, x);
  x = mulAdd(y, 5.5644315544167710640977020375430583953857421875e-11f, x);
  const float hugeThreshold = kSine ? 25966.0f : 18838.0f;
  if (absX >= hugeThreshold && std::isfinite(absX)) x = reduceHuge(absX, &quadrant);
  const uint32_t q = static_cast<uint32_t>(quadrant);
  const uint32_t sign = (kSine ? (floatBits(input) ^ (q << 30)) : ((q + 1) << 30)) & 0x80000000u;
  const bool evenQuadrant = (q & 1) == 0;
  const float x2 = x * x;
  float c = 2.4372266125283204019069671630859375e-05f;
  c = mulAdd(c, x2, -0.00138865201734006404876708984375f);
  c = mulAdd(c, x2, 0.041666619479656219482421875f);
  c = mulAdd(c, x2, -0.5f);
  c = mulAdd(c, x2, 1.0f);
  float s = -0.0001959234114083702898469196984621021329076029360294342041015625f;
  s = mulAdd(s, x2, 0.0083326873655616851693794799871284340042620897293090820312500000f);
  s = mulAdd(s, x2, -0.1666666203982298255503735617821803316473960876464843750000000000f);
  s = s * x2;
  s = mulAdd(s, x, x);
  const float r = (kSine == evenQuadrant) ? s : c;
  return bitsFloat(floatBits(r) ^ sign);
}

// Eigen's packet acos: acos(|x|) / sqrt(1 - |x|) by a degree-6 polynomial in |x| (even and odd
// halves in x^2), times sqrt(1 - |x|); pi - result for negative x. NaN outside [-1, 1].
TFTS_NO_FP_CONTRACT_ATTR inline float acosPacket(float input) {
  TFTS_NO_FP_CONTRACT
  const float absX = std::fabs(input);
  const float x2 = input * input;
  float even = mulAdd(2.36423197202384471893310546875e-3f, x2, 2.717843465507030487060546875e-2f);
  float odd = mulAdd(-1.1368644423782825469970703125e-2f, x2, -4.8969544470310211181640625e-2f);
  even = mulAdd(even, x2, 8.8804088532924652099609375e-2f);
  odd = mulAdd(odd, x2, -0.214591205120086669921875f);
  even = mulAdd(even, x2, 1.57079637050628662109375f);
  const float p = mulAdd(odd, absX, even);
  const float result = std::sqrt(1.0f - absX) * p;
  return std::signbit(input) ? 3.14159274101257324f - result : result;
}

// Eigen's packet asin: |x| > 0.5 maps to sqrt((1 - |x|) / 2) with asin(x) = pi/2 - 2 asin(that);
// asin(t) / t is a degree-8 even polynomial; the sign is copied back; NaN for |x| > 1.
TFTS_NO_FP_CONTRACT_ATTR inline float asinPacket(float input) {
  TFTS_NO_FP_CONTRACT
  const float absX = std::fabs(input);
  const bool large = 0.5f < absX;
  const float x = large ? std::sqrt(0.5f - 0.5f * absX) : absX;
  const float x2 = x * x;
  float p = 5.08838854730129241943359375e-2f;
  p = mulAdd(p, x2, 3.95139865577220916748046875e-2f);
  p = mulAdd(p, x2, 7.550220191478729248046875e-2f);
  p = mulAdd(p, x2, 0.16664917767047882080078125f);
  p = mulAdd(p, x2, 1.00000011920928955078125f);
  p = p * x;
  if (large) p = 1.57079637050628662109375f - 2.0f * p;
  if (1.0f < absX) return std::numeric_limits<float>::quiet_NaN();
  return bitsFloat(floatBits(p) ^ (floatBits(input) & 0x80000000u));
}

// Eigen's packet atan: |x| > 1 uses atan(x) = pi/2 - atan(1/|x|) with the rcpps-based reciprocal;
// on [0, 1] a [3/3] odd rational approximation x * P(x^2) / Q(x^2); the sign is copied back.
TFTS_NO_FP_CONTRACT_ATTR inline float atanPacket(float input) {
  TFTS_NO_FP_CONTRACT
  const float absX = std::fabs(input);
  const bool large = 1.0f < absX;
  const float x = large ? eigen_f32::reciprocalPacket(absX) : absX;
  const float x2 = x * x;
  float p = 1.12026982009410858154296875e-01f;
  p = mulAdd(p, x2, 7.296695709228515625e-01f);
  p = mulAdd(p, x2, 8.109951019287109375e-01f);
  float q = 1.00917108356952667236328125e-02f;
  q = mulAdd(q, x2, 2.8318560123443603515625e-01f);
  q = mulAdd(q, x2, 1.0f);
  q = mulAdd(q, x2, 8.109951019287109375e-01f);
  float r = x * (p / q);
  if (large) r = 1.57079637050628662109375f - r;
  return bitsFloat(floatBits(r) ^ (floatBits(input) & 0x80000000u));
}

// Eigen's packet atan2 (float and double alike): atan(y / x) plus pi (with y's sign) when x has
// its sign bit set, where |x| == |y| gives an argument of exactly +-1 and x, y both zero an
// argument of +-0, the sign being sign(y) xor sign(x); Atan is the type's packet atan (for float
// atanPacket, rcpps estimate included). Measured bit for bit against TF 2.21 in float32 on every
// pair of 16 specials (+-0, +-inf, NaN, subnormals, +-3e38, ...), 100,000 random bit-pattern
// pairs, lengths 1..17 and 100,003, and broadcasts (rank 3 with (5, 1), scalars on either side,
// (9, 1) with (1, 11)); in float64 on 99,995 mixed values.
template <typename T, T (*Atan)(T)>
TFTS_NO_FP_CONTRACT_ATTR inline T atan2Packet(T y, T x) {
  TFTS_NO_FP_CONTRACT
  using Bits = std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>;
  auto bitsOf = [](T v) { Bits b; std::memcpy(&b, &v, sizeof b); return b; };
  const Bits signBit = Bits(1) << (8 * sizeof(T) - 1);
  const bool negative = ((bitsOf(y) ^ bitsOf(x)) & signBit) != 0;
  const T shift = std::copysign(std::signbit(x) ? T(3.14159265358979323846) : T(0), y);
  T arg = y / x;
  if (std::fabs(x) == std::fabs(y)) arg = negative ? T(-1) : T(1);
  // TF's build compiles the both-zero test down to integer bits, so subnormals do not count as
  // zero here (they do, under DAZ, in the |x| == |y| test above): atan2(1e-45f, 0) is pi/4.
  if (((bitsOf(x) | bitsOf(y)) & ~signBit) == 0) arg = negative ? T(-0.0) : T(0);
  return Atan(arg) + shift;
}

// Eigen's packet log for positive normal finite inputs (all atanh needs): frexp into [0.5, 1),
// shift to [sqrt(1/2) - 1, sqrt(2) - 1), [3/3] rational approximation of log1p, plus e * ln 2.
TFTS_NO_FP_CONTRACT_ATTR inline float logPositiveNormal(float v) {
  TFTS_NO_FP_CONTRACT
  const uint32_t bits = floatBits(v);
  float e = static_cast<float>(static_cast<int32_t>(bits >> 23) - 126);
  float m = bitsFloat((bits & 0x807fffffu) | 0x3f000000u);  // mantissa in [0.5, 1)
  const bool belowSqrtHalf = m < 0.707106781186547524f;
  const float extra = belowSqrtHalf ? m : 0.0f;
  m = m - 1.0f;
  if (belowSqrtHalf) e = e - 1.0f;
  m = m + extra;
  float p = 0.18256296349849254f;
  p = mulAdd(p, m, 1.0000000190281063f);
  p = mulAdd(p, m, 1.0000000190281136f);
  p = m * p;
  float q = 0.049616247954120038f;
  q = mulAdd(q, m, 0.59923249590823520f);
  q = mulAdd(q, m, 1.4999999999999927f);
  q = mulAdd(q, m, 1.0f);
  return mulAdd(e, 0.693147182464599609375f, p / q);
}

// Eigen's packet atanh: x + x^3 * P(x^2) below |x| = 0.5, 0.5 * log((1 + x) / (1 - x)) from
// there up to 1, +-inf at +-1 and NaN beyond.
TFTS_NO_FP_CONTRACT_ATTR inline float atanhPacket(float x) {
  TFTS_NO_FP_CONTRACT
  const float absX = std::fabs(x);
  if (1.0f < absX) return std::numeric_limits<float>::quiet_NaN();
  if (absX == 1.0f) return std::copysign(std::numeric_limits<float>::infinity(), x);
  if (0.5f <= absX) return 0.5f * logPositiveNormal((1.0f + x) / (1.0f - x));
  const float x2 = x * x;
  const float x3 = x * x2;
  float p = 0.1819281280040740966796875f;
  p = mulAdd(p, x2, 8.2311116158962249755859375e-2f);
  p = mulAdd(p, x2, 0.14672131836414337158203125f);
  p = mulAdd(p, x2, 0.1997792422771453857421875f);
  p = mulAdd(p, x2, 0.3333373963832855224609375f);
  return mulAdd(x3, p, x);  // also NaN
}

// Eigen's AVX rsqrt: the rsqrtps estimate refined by one Newton step,
// r + (-r / 2) * ((a * r) * r - 1), keeping the estimate where the step gives NaN (0, inf, NaN).
TFTS_NO_FP_CONTRACT_ATTR inline float rsqrtPacket(float a) {
  TFTS_NO_FP_CONTRACT
#if defined(__SSE__) || defined(_M_X64)
  const float estimate = _mm_cvtss_f32(_mm_rsqrt_ss(_mm_set_ss(a)));
  const float r2 = a * estimate;
  const float halfR = estimate * -0.5f;
  const float h = mulAdd(r2, estimate, -1.0f);
  const float refined = mulAdd(halfR, h, estimate);
  return std::isnan(refined) ? estimate : refined;
#else
  return 1.0f / std::sqrt(a);
#endif
}

// Whole-buffer kernels: packet path for full packets, libm (Eigen's scalar path) for the rest.
template <float (*Packet)(float), float (*Scalar)(float)>
TFTS_NO_FP_CONTRACT_ATTR inline void split(const float* a, float* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = Packet(a[i]);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = Scalar(a[i]);
}

inline float sinScalar(float x) { return std::sin(x); }
inline float cosScalar(float x) { return std::cos(x); }
inline float asinScalar(float x) { return std::asin(x); }
inline float acosScalar(float x) { return std::acos(x); }
inline float atanScalar(float x) { return std::atan(x); }
inline float atanhScalar(float x) { return std::atanh(x); }
inline float reciprocalScalar(float x) { return 1.0f / x; }
inline float rsqrtScalar(float x) { return 1.0f / std::sqrt(x); }

inline void sin(const float* a, float* o, int64_t n) { split<sinCosPacket<true>, sinScalar>(a, o, n); }
inline void cos(const float* a, float* o, int64_t n) { split<sinCosPacket<false>, cosScalar>(a, o, n); }
inline void asin(const float* a, float* o, int64_t n) { split<asinPacket, asinScalar>(a, o, n); }
inline void acos(const float* a, float* o, int64_t n) { split<acosPacket, acosScalar>(a, o, n); }
inline void atan(const float* a, float* o, int64_t n) { split<atanPacket, atanScalar>(a, o, n); }
inline void atanh(const float* a, float* o, int64_t n) { split<atanhPacket, atanhScalar>(a, o, n); }
inline void reciprocal(const float* a, float* o, int64_t n) {
  split<eigen_f32::reciprocalPacket, reciprocalScalar>(a, o, n);
}
inline void rsqrt(const float* a, float* o, int64_t n) { split<rsqrtPacket, rsqrtScalar>(a, o, n); }

// mathUnary's float32 ops that follow Eigen here, by op name; false for the others (and for
// other dtypes), which keep their generic kernel.
template <typename T> bool mathUnary(const std::string&, const T*, T*, int64_t) { return false; }
inline bool mathUnary(const std::string& name, const float* a, float* o, int64_t n) {
  if (name == "asin") asin(a, o, n);
  else if (name == "acos") acos(a, o, n);
  else if (name == "atan") atan(a, o, n);
  else if (name == "atanh") atanh(a, o, n);
  else return false;
  return true;
}

}  // namespace eigen_f32_trig
}  // namespace tfts
