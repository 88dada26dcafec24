// float32 sigmoid, tanh, exp and erf computed the way TensorFlow's CPU kernels do, so results
// match TF bit for bit instead of libm. TF evaluates these ops with Eigen's vectorised approximations, and its x86
// wheel is built for AVX without FMA: packets hold 8 floats and every multiply-add rounds twice.
// Measured against TF 2.21 (lengths 1..100003, rank-0, NaN/inf, subnormal edges):
//   - sigmoid: the first n - n % 8 elements go through the packet path (range-reduced exp with a
//     degree-5 polynomial, then squared); the trailing n % 8 elements (and scalars) take Eigen's
//     scalar path, exp(min(x, hi)) / (1 + exp) with libm expf. The two differ in the last bits.
//   - tanh: Eigen's [9/8] rational approximation on both paths, clamped at the non-FMA constant.
//   - exp: like sigmoid, polynomial on full packets and libm expf on the n % 8 tail.
//   - erf: Eigen's [11/10] rational approximation on both paths.
//   - erfc: Eigen's split at |x| = 1 (polynomial, then exp(-x^2) times a rational function); the
//     packet path differs from the scalar tail in exp and in its rcpps-based reciprocal.
// Subnormal flushing comes from the caller's ScopedFlushDenormals (TF runs with FTZ/DAZ set).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE__) || defined(_M_X64)
#include <xmmintrin.h>
#endif

#include "fp_contract.h"

namespace tfts {
namespace eigen_f32 {

// TF's float kernels process this many elements per packet (AVX); the remainder is scalar.
constexpr int64_t kPacketSize = 8;

// a * b + c with two roundings, as Eigen's pmadd does without hardware FMA.
TFTS_NO_FP_CONTRACT_ATTR inline float mulAdd(float a, float b, float c) {
  TFTS_NO_FP_CONTRACT
  const float product = a * b;
  return product + c;
}

// p * 2^m for integral m, by building the power of two from its biased exponent clamped to [0, 255].
TFTS_NO_FP_CONTRACT_ATTR inline float ldexpFast(float p, float m) {
  TFTS_NO_FP_CONTRACT
  const float biased = std::min(std::max(m + 127.0f, 0.0f), 255.0f);
  const int32_t bits = static_cast<int32_t>(biased) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof scale);
  return p * scale;
}

// Beyond this x the approximated exp makes the logistic exactly 1.
constexpr float kLogisticHi = 16.6355324f;

// Eigen's packet logistic: exp(x/2) via Cephes-style range reduction and a degree-5 polynomial,
// squared to give exp(x) (the halving keeps the exponent trick away from subnormals).
TFTS_NO_FP_CONTRACT_ATTR inline float logisticPacket(float input) {
  TFTS_NO_FP_CONTRACT
  if (input < -104.0f) return 0.0f;  // correctly rounded result is 0 (NaN falls through)
  const float x = std::min(input, kLogisticHi) * 0.5f;  // std::min keeps a NaN input
  const float m = std::floor(mulAdd(x, 1.44269504088896341f, 0.5f));
  float r = mulAdd(m, -0.693359375f, x);
  r = mulAdd(m, 2.12194440e-4f, r);
  const float r2 = r * r;
  const float even = mulAdd(r2, 4.1898667812347412109375e-2f, 0.49999141693115234375f);
  const float odd = mulAdd(r2, 8.33471305668354034423828125e-3f, 0.16666877269744873046875f);
  const float low = r + 1.0f;
  float p = mulAdd(r, odd, even);
  p = mulAdd(r2, p, low);
  float e = ldexpFast(p, m);
  e = e * e;
  return e / (1.0f + e);
}

// Eigen's scalar logistic (used for the tail that does not fill a packet).
TFTS_NO_FP_CONTRACT_ATTR inline float logisticScalar(float x) {
  TFTS_NO_FP_CONTRACT
  const float e = std::exp(std::min(x, kLogisticHi));
  return e / (1.0f + e);
}

// Eigen's fast float tanh: odd/even [9/8] rational approximation on x clamped to [-c, c], where c
// is the smallest input the non-FMA evaluation maps to exactly 1.
TFTS_NO_FP_CONTRACT_ATTR inline float tanhApprox(float input) {
  TFTS_NO_FP_CONTRACT
  constexpr float kClamp = 7.90738964080810547f;
  const float x = std::max(std::min(input, kClamp), -kClamp);
  const float x2 = x * x;
  const float x3 = x2 * x;
  float p = 1.394553628e-8f;
  p = mulAdd(p, x2, 2.102733560e-5f);
  p = mulAdd(p, x2, 3.520756727e-3f);
  p = mulAdd(p, x2, 1.340216100e-1f);
  float q = 8.015776984e-7f;
  q = mulAdd(q, x2, 3.326951409e-4f);
  q = mulAdd(q, x2, 2.597254514e-2f);
  q = mulAdd(q, x2, 4.673548340e-1f);
  q = mulAdd(q, x2, 1.0f);
  p = mulAdd(x3, p, x);
  return p / q;
}

// p * 2^m for any integral m without intermediate overflow: the scale is split into four powers
// of two (Eigen's generic ldexp), so huge or tiny m give inf/0 instead of garbage exponent bits.
TFTS_NO_FP_CONTRACT_ATTR inline float ldexpSplit(float p, float m) {
  TFTS_NO_FP_CONTRACT
  const int32_t e = static_cast<int32_t>(std::min(std::max(m, -278.0f), 278.0f));
  const int32_t quarter = e >> 2;  // floor(e / 4)
  auto pow2 = [](int32_t k) {
    const int32_t bits = (k + 127) << 23;
    float s;
    std::memcpy(&s, &bits, sizeof s);
    return s;
  };
  const float c = pow2(quarter);
  const float out = p * c * c * c;
  return out * pow2(e - 3 * quarter);
}

// Eigen's packet exp: Cephes range reduction and a degree-6 polynomial. Eigen picks a faster
// power-of-two step when every lane has |x| <= 87, which gives the same bits there, so one
// per-element formula covers both. max(result, x) keeps NaN and +inf as they came in.
TFTS_NO_FP_CONTRACT_ATTR inline float expPacket(float input) {
  TFTS_NO_FP_CONTRACT
  if (input < -104.0f) return 0.0f;
  const float x = std::min(input, 88.723f);
  const float m = std::floor(mulAdd(x, 1.44269504088896341f, 0.5f));
  float r = mulAdd(m, -0.693359375f, x);
  r = mulAdd(m, 2.12194440e-4f, r);
  const float r2 = r * r;
  float even = mulAdd(r2, 1.37449637986719608306884765625e-3f, 4.166965186595916748046875e-2f);
  const float odd = mulAdd(r2, 8.36894474923610687255859375e-3f, 0.16666518151760101318359375f);
  even = mulAdd(r2, even, 0.49999988079071044921875f);
  const float low = r + 1.0f;
  float y = mulAdd(r, odd, even);
  y = mulAdd(r2, y, low);
  return std::max(ldexpSplit(y, m), input);
}

// Eigen's fast float erf: odd/even [11/10] rational approximation, x^2 clamped to 16 (erf(4) is 1
// in float), result clamped to [-1, 1]. Used for packets and scalars alike.
TFTS_NO_FP_CONTRACT_ATTR inline float erfApprox(float x) {
  TFTS_NO_FP_CONTRACT
  const float x2 = std::min(16.0f, x * x);
  float p = 2.123732201653183437883853912353515625e-06f;
  p = mulAdd(p, x2, 2.861979592125862836837768554687500000e-04f);
  p = mulAdd(p, x2, 3.658048342913389205932617187500000000e-03f);
  p = mulAdd(p, x2, 5.243302136659622192382812500000000000e-02f);
  p = mulAdd(p, x2, 1.874160766601562500000000000000000000e-01f);
  p = mulAdd(p, x2, 1.128379106521606445312500000000000000e+00f);
  p = x * p;
  float q = 3.89185734093189239501953125000e-05f;
  q = mulAdd(q, x2, 1.14329601638019084930419921875e-03f);
  q = mulAdd(q, x2, 1.47520881146192550659179687500e-02f);
  q = mulAdd(q, x2, 1.12945675849914550781250000000e-01f);
  q = mulAdd(q, x2, 4.99425798654556274414062500000e-01f);
  q = mulAdd(q, x2, 1.0f);
  return std::max(std::min(p / q, 1.0f), -1.0f);
}

// Eigen's reciprocal for full AVX packets: the hardware estimate (rcpps) refined by one Newton
// step, x + x * (1 - a * x), with the estimate kept when the step gives NaN (a is 0 or inf).
// rcpps is only specified to 1.5 * 2^-12, and Intel and AMD tables differ, so the last bit can
// depend on the CPU; measured to match TF 2.21 on the AMD EPYC the oracle runs on. Without SSE
// the correctly rounded 1 / a is the closest available stand-in.
TFTS_NO_FP_CONTRACT_ATTR inline float reciprocalPacket(float a) {
  TFTS_NO_FP_CONTRACT
#if defined(__SSE__) || defined(_M_X64)
  const float estimate = _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(a)));
  const float residual = 1.0f - a * estimate;
  return residual == residual ? mulAdd(estimate, residual, estimate) : estimate;
#else
  return 1.0f / a;
#endif
}

// The rounding error of the float product x * y (xy = fl(x * y)), exact without FMA through
// Veltkamp splitting (12-bit halves, scale 2^12 + 1) and Dekker's four partial products.
TFTS_NO_FP_CONTRACT_ATTR inline float productError(float x, float y, float xy) {
  TFTS_NO_FP_CONTRACT
  auto split = [](float v, float& hi, float& lo) {
    const float gamma = 4097.0f * v;
    const float rho = v - gamma;
    hi = rho + gamma;
    lo = v - hi;
  };
  float xHi, xLo, yHi, yLo;
  split(x, xHi, xLo);
  split(y, yHi, yLo);
  float err = mulAdd(xHi, yHi, -xy);
  err = mulAdd(xHi, yLo, err);
  err = mulAdd(xLo, yHi, err);
  return mulAdd(xLo, yLo, err);
}

// Eigen's float erfc (the generic one TF 2.21 uses on both paths). x is clamped to [-11, 11].
//   |x| <= 1: 1 + x * S(x^2), S a degree-5 polynomial.
//   |x| > 1:  exp(-x^2) * (1 - err(x^2)) * P(1/x^2) / (x * Q(1/x^2)), plus 2 for negative x,
//             with P of degree 3 and Q of degree 4; err is the rounding error of x * x.
// The two paths differ only in exp and 1/x^2: full packets use the polynomial exp and the
// Newton-refined rcpps, scalars (the n % 8 tail) libm expf and a true division.
// Measured bit for bit against TF 2.21 on 2,000,179 floats (random bit patterns, uniform
// [-12, 12], and +-0, +-inf, NaN, subnormals, +-1 and neighbours, +-11, +-3.4e38 in tail and packet
// positions), on lengths 1..17 (test/golden/ops/erfc_bits.py) and on lengths 100,003 and 1,000,005.
TFTS_NO_FP_CONTRACT_ATTR inline float erfcApprox(float input, bool packet) {
  TFTS_NO_FP_CONTRACT
  const float x = std::min(std::max(input, -11.0f), 11.0f);  // comparisons keep a NaN input
  const float x2 = x * x;
  float s = 5.61802298761904239654541015625e-04f;
  s = mulAdd(s, x2, -4.91381669417023658752441406250e-03f);
  s = mulAdd(s, x2, 2.67075151205062866210937500000e-02f);
  s = mulAdd(s, x2, -1.12800106406211853027343750000e-01f);
  s = mulAdd(s, x2, 3.76122951507568359375000000000e-01f);
  s = mulAdd(s, x2, -1.12837910652160644531250000000e+00f);
  if (!(1.0f < x2)) return mulAdd(x, s, 1.0f);  // also NaN
  const float e = packet ? expPacket(-x2) : std::exp(-x2);
  const float z = e - e * productError(x, x, x2);  // exp(-x^2) corrected for x2's rounding
  const float q2 = packet ? reciprocalPacket(x2) : 1.0f / x2;
  float num = 1.0208116471767425537109375e-01f;
  num = mulAdd(num, q2, 4.2920666933059692382812500e-01f);
  num = mulAdd(num, q2, 3.2379078865051269531250000e-01f);
  num = mulAdd(num, q2, 5.3971976041793823242187500e-02f);
  float den = 1.7251677811145782470703125e-02f;
  den = mulAdd(den, q2, 3.9137163758277893066406250e-01f);
  den = mulAdd(den, q2, 1.0f);
  den = mulAdd(den, q2, 6.2173241376876831054687500e-01f);
  den = mulAdd(den, q2, 9.5662862062454223632812500e-02f);
  const float r = num / (x * den);
  return mulAdd(z, r, x < 0.0f ? 2.0f : 0.0f);
}

// Whole-buffer kernels: packet path for full packets, scalar path for the rest. They carry the
// same no-contract attribute so GCC can inline the per-element functions into the loops.
TFTS_NO_FP_CONTRACT_ATTR inline void logistic(const float* a, float* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = logisticPacket(a[i]);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = logisticScalar(a[i]);
}

TFTS_NO_FP_CONTRACT_ATTR inline void tanh(const float* a, float* o, int64_t n) {
  for (int64_t i = 0; i < n; ++i) o[i] = tanhApprox(a[i]);
}

// The scalar tail of exp is libm's expf.
TFTS_NO_FP_CONTRACT_ATTR inline void exp(const float* a, float* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = expPacket(a[i]);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = std::exp(a[i]);
}

TFTS_NO_FP_CONTRACT_ATTR inline void erf(const float* a, float* o, int64_t n) {
  for (int64_t i = 0; i < n; ++i) o[i] = erfApprox(a[i]);
}

TFTS_NO_FP_CONTRACT_ATTR inline void erfc(const float* a, float* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = erfcApprox(a[i], true);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = erfcApprox(a[i], false);
}

}  // namespace eigen_f32
}  // namespace tfts

