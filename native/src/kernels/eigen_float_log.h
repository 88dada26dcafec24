// float32 log, log1p, expm1, softplus and xlogy computed the way TensorFlow's CPU kernels do, so
// results match TF 2.21 bit for bit instead of libm. Same setting as eigen_float_approx.h: Eigen's
// AVX packets of 8 floats, every multiply-add rounded twice (no FMA), FTZ/DAZ from the caller's
// ScopedFlushDenormals. The first n - n % 8 elements take the packet path:
//   - log: Eigen's float plog. Split x into m * 2^e with m in [0.5, 1); if m < sqrt(1/2) use
//     2m - 1 and e - 1, else m - 1; log(1 + f) ~ f * P(f) / Q(f) with P of degree 2 and Q of
//     degree 3 (a [3/3] rational); then e * ln2 + that. Zero and subnormals (read as zero under
//     DAZ) give -inf, +inf stays, negative inputs and NaN give a NaN with every bit set.
//   - log1p: Kahan's trick on top of plog: u = 1 + x; x where u == 1 or log(u) == u (inf),
//     else x * (log(u) / (u - 1)). The compiler folded Eigen's select(c, x, x * r) into
//     x * select(c, 1, r), so the "x" case is really x * 1: a subnormal x comes out as a signed 0
//     under DAZ (measured). Same fold in xlogy/xlog1py (x * ...) and xdivy (x / ...).
//   - expm1: Kahan's trick on the polynomial exp: u = exp(x); x where u == 1, -1 where u - 1 == -1,
//     u where log(u) == u (inf), else (u - 1) * (x / log(u)).
//   - softplus: TF's functor, x above -t, exp(x) below t, log1p(exp(x)) between, where
//     t = log(FLT_EPSILON) + 2 is computed with libm as TF does.
//   - xlogy: x * 1 where x == 0 (so -0 stays -0, subnormals flush to a signed 0), else x * plog(y).
// The trailing n % 8 elements take Eigen's scalar path: libm logf, log1pf, expm1f, expf, and
// xlogy's scalar branch (+0 where x == 0, subnormal x included under DAZ).
// Measured bit for bit against TF 2.21 on the 99,995-value sweep (log, log1p, expm1, softplus,
// log_sigmoid, xlogy, xdivy, sigmoid_cross_entropy_with_logits, reduce_logsumexp), lengths 1..17
// and special values (test/golden/ops/log_bits.py, softplus_bits.py). Known gap: a broadcasting
// binary op is evaluated by Eigen in blocks (about 4,390 elements for xlogy), and each block ends
// in its own scalar tail; this kernel only models the global tail.
#pragma once

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#include "../dtype.h"
#include "eigen_float_approx.h"
#include "fp_contract.h"

namespace tfts {
namespace eigen_f32 {

// The NaN Eigen's plog produces for invalid inputs: its result OR-ed with an all-ones mask.
inline float allOnesNaN() {
  const uint32_t bits = 0xffffffffu;
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

// Eigen's packet plog for float (see the header comment).
TFTS_NO_FP_CONTRACT_ATTR inline float logPacket(float v) {
  TFTS_NO_FP_CONTRACT
  if (!(v >= 0.0f)) return allOnesNaN();                // negative or NaN
  if (v < FLT_MIN) return -std::numeric_limits<float>::infinity();  // 0 and subnormals (DAZ)
  if (v == std::numeric_limits<float>::infinity()) return v;
  uint32_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  float e = static_cast<float>(static_cast<int32_t>(bits >> 23) - 126);
  bits = (bits & 0x807fffffu) | 0x3f000000u;  // mantissa with the exponent of 0.5: m in [0.5, 1)
  float m;
  std::memcpy(&m, &bits, sizeof m);
  const bool low = m < 0.707106781186547524f;
  float x = m - 1.0f;
  if (low) {
    e = e - 1.0f;
    x = x + m;
  }
  float p = mulAdd(0.18256296349849254f, x, 1.0000000190281063f);
  p = mulAdd(p, x, 1.0000000190281136f);
  p = x * p;
  float q = mulAdd(0.049616247954120038f, x, 0.59923249590823520f);
  q = mulAdd(q, x, 1.4999999999999927f);
  q = mulAdd(q, x, 1.0f);
  return mulAdd(e, 0.693147182464599609375f, p / q);
}

// x * 1 under DAZ (which the compiler cannot be trusted to keep): subnormals become a signed 0.
inline float timesOne(float x) { return std::fabs(x) < FLT_MIN ? std::copysign(0.0f, x) : x; }

// Eigen's generic log1p on top of the packet plog.
TFTS_NO_FP_CONTRACT_ATTR inline float log1pPacket(float x) {
  TFTS_NO_FP_CONTRACT
  const float u = x + 1.0f;
  if (u == 1.0f) return timesOne(x);
  const float logU = logPacket(u);
  if (u == logU) return x;  // +inf
  return x * (logU / (u - 1.0f));
}

// Eigen's generic expm1 on top of the packet exp and plog.
TFTS_NO_FP_CONTRACT_ATTR inline float expm1Packet(float x) {
  TFTS_NO_FP_CONTRACT
  const float u = expPacket(x);
  if (u == 1.0f) return x;
  const float uMinusOne = u - 1.0f;
  if (uMinusOne == -1.0f) return -1.0f;
  const float logU = logPacket(u);
  if (logU == u) return u;  // +inf
  return uMinusOne * (x / logU);
}

// TF's softplus thresholds: log(epsilon) + 2, evaluated with libm like TF's static constant.
inline float softplusThreshold() {
  static const float t = std::log(FLT_EPSILON) + 2.0f;
  return t;
}

TFTS_NO_FP_CONTRACT_ATTR inline float softplusPacket(float x, float t) {
  TFTS_NO_FP_CONTRACT
  if (x > -t) return x;
  const float e = expPacket(x);
  if (x < t) return e;
  return log1pPacket(e);
}

TFTS_NO_FP_CONTRACT_ATTR inline float softplusScalar(float x, float t) {
  TFTS_NO_FP_CONTRACT
  if (x > -t) return x;
  if (x < t) return std::exp(x);
  return std::log1p(std::exp(x));
}

// xlogy's and xdivy's two paths: the packet one gives x * 1 where x == 0 (a signed 0), the scalar
// one +0. Subnormal x counts as 0 (DAZ), tested explicitly so the result does not depend on MXCSR.
inline bool isZeroDaz(float x) { return std::fabs(x) < FLT_MIN; }

TFTS_NO_FP_CONTRACT_ATTR inline float xlogyPacket(float x, float y) {
  TFTS_NO_FP_CONTRACT
  return isZeroDaz(x) ? std::copysign(0.0f, x) : x * logPacket(y);
}

TFTS_NO_FP_CONTRACT_ATTR inline float xlogyScalar(float x, float y) {
  TFTS_NO_FP_CONTRACT
  return isZeroDaz(x) ? 0.0f : x * std::log(y);
}

TFTS_NO_FP_CONTRACT_ATTR inline float xdivy(float x, float y, bool packet) {
  TFTS_NO_FP_CONTRACT
  if (isZeroDaz(x)) return packet ? std::copysign(0.0f, x) : 0.0f;
  return x / y;
}

// Whole-buffer kernels: packet path for full packets, libm scalar path for the rest.
TFTS_NO_FP_CONTRACT_ATTR inline void log(const float* a, float* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = logPacket(a[i]);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = std::log(a[i]);
}

TFTS_NO_FP_CONTRACT_ATTR inline void log1p(const float* a, float* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = log1pPacket(a[i]);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = std::log1p(a[i]);
}

TFTS_NO_FP_CONTRACT_ATTR inline void expm1(const float* a, float* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = expm1Packet(a[i]);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = std::expm1(a[i]);
}

TFTS_NO_FP_CONTRACT_ATTR inline void softplus(const float* a, float* o, int64_t n) {
  const float t = softplusThreshold();
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = softplusPacket(a[i], t);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = softplusScalar(a[i], t);
}

// float16 / bfloat16. Eigen computes a half packet function by widening 8 halves to floats,
// running the float packet function and rounding back; the scalar tail widens one value and calls
// libm. Every Eigen op on halves rounds to the half type, so composite functors round in between.
template <typename T> inline float roundTo(float x) { return load(store<T>(x)); }

template <typename T> inline void log(const T* a, T* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < n; ++i) o[i] = store<T>(i < packetEnd ? logPacket(load(a[i])) : std::log(load(a[i])));
}

template <typename T> inline void log1p(const T* a, T* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < n; ++i) o[i] = store<T>(i < packetEnd ? log1pPacket(load(a[i])) : std::log1p(load(a[i])));
}

template <typename T> inline void expm1(const T* a, T* o, int64_t n) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < n; ++i) o[i] = store<T>(i < packetEnd ? expm1Packet(load(a[i])) : std::expm1(load(a[i])));
}

// TF's softplus functor evaluated in the half type: the threshold log(epsilon) + 2 is rounded at
// each step, exp(x) is rounded before log1p. Eigen's NumTraits<half>::epsilon() is 2^-13 (not the
// 2^-10 of numeric_limits), giving -7.0078125; bfloat16's is 2^-7, giving -2.84375 (both measured).
template <typename T> inline void softplus(const T* a, T* o, int64_t n) {
  const float epsilon = std::is_same_v<T, f16> ? 0.0001220703125f : 0.0078125f;
  const float t = roundTo<T>(roundTo<T>(std::log(epsilon)) + 2.0f);
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < n; ++i) {
    const float x = load(a[i]);
    const bool packet = i < packetEnd;
    float y;
    if (x > -t) {
      y = x;
    } else {
      const float e = roundTo<T>(packet ? expPacket(x) : std::exp(x));
      y = x < t ? e : (packet ? log1pPacket(e) : std::log1p(e));
    }
    o[i] = store<T>(y);
  }
}

// xlogy / xdivy on halves: log(y) is rounded to the half type before the product.
template <typename T> inline T xlogyOrXdivyHalf(bool xdivyOp, T xh, T yh, bool packet) {
  const float x = load(xh), y = load(yh);
  if (isZeroDaz(x)) return store<T>(packet ? std::copysign(0.0f, x) : 0.0f);
  if (xdivyOp) return store<T>(x / y);
  return store<T>(x * roundTo<T>(packet ? logPacket(y) : std::log(y)));
}

}  // namespace eigen_f32
}  // namespace tfts
