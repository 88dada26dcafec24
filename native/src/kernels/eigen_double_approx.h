// float64 exp, log, log1p, expm1, tanh, sigmoid, erf, atan, atanh and softplus computed the way
// TensorFlow 2.21's CPU kernels do, so results match TF bit for bit instead of libm's (which
// differs from TF on 10-65% of inputs, depending on the op).
// TF's x86 wheel is AVX without FMA: Eigen packets hold 4 doubles and every multiply-add rounds
// twice (mulAdd). The first n - n % 4 elements take Eigen's packet functions (Cephes-style exp and
// log, Kahan's log1p/expm1 built on them, rational tanh/atan/atanh/erf approximations); the
// trailing n % 4 elements take Eigen's scalar path, which for doubles is plain libm for every op
// here except erf (the same approximation with libm's exp) and sigmoid (exp / (1 + exp) with
// libm's exp). Large tensors are sharded in multiples of the packet size, so only the global tail
// is scalar.
// Measured against TF 2.21 on 200,296 mixed doubles (normal, uniform, log-uniform over the whole
// exponent range, special values) on the packet path and 3,060 on the scalar path: all match.
// Subnormal flushing comes from the caller's ScopedFlushDenormals (TF runs with FTZ/DAZ set):
// a subnormal input reads as 0 (log gives -inf on both paths; measured details at log1p and log).
// The softmax and other float64 kernels can reuse expPacket (eigen_double_erfc.h) / expScalar.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>

#include "eigen_double_erfc.h"  // eigen_f64::mulAdd, horner, expPacket, erfcApprox, kPacketSize
#include "fp_contract.h"

namespace tfts {
namespace eigen_f64 {

// libm's exp: Eigen's scalar path for double exp (and the exp inside its scalar sigmoid/erf).
inline double expScalar(double x) { return std::exp(x); }

// Eigen's packet log for doubles: frexp to a mantissa in [0.5, 1), shifted to [sqrt(1/2), sqrt(2))
// minus 1, then x - x^2/2 + x^3 P(x) / Q(x) (Cephes, degree 5 over 5) plus e ln2. Zero (and a
// subnormal, read as zero) gives -inf, +inf stays, negatives and NaN give NaN.
TFTS_NO_FP_CONTRACT_ATTR inline double logPacket(double input) {
  TFTS_NO_FP_CONTRACT
  // Subnormals read as zero (DAZ), also where the caller could not set it.
  if (std::fabs(input) < std::numeric_limits<double>::min()) return -std::numeric_limits<double>::infinity();
  if (!(input > 0.0)) return std::numeric_limits<double>::quiet_NaN();
  if (input == std::numeric_limits<double>::infinity()) return input;
  uint64_t bits;
  std::memcpy(&bits, &input, sizeof bits);
  double e = static_cast<double>(static_cast<int64_t>(bits >> 52) - 1022);
  bits = (bits & 0x800fffffffffffffULL) | 0x3fe0000000000000ULL;  // mantissa in [0.5, 1)
  double x;
  std::memcpy(&x, &bits, sizeof x);
  const bool belowSqrtHalf = x < 0.70710678118654752440E0;
  const double shift = belowSqrtHalf ? x : 0.0;
  x = x - 1.0;
  if (belowSqrtHalf) e = e - 1.0;
  x = x + shift;
  const double x2 = x * x;
  const double x3 = x2 * x;
  // Numerator and denominator each as two interleaved halves, in Eigen's order.
  double y = mulAdd(1.01875663804580931796E-4, x, 4.97494994976747001425E-1);
  double y1 = mulAdd(1.44989225341610930846E1, x, 1.79368678507819816313E1);
  y = mulAdd(y, x, 4.70579119878881725854E0);
  y1 = mulAdd(y1, x, 7.70838733755885391666E0);
  double num = mulAdd(y, x3, y1);
  double q = mulAdd(1.0, x, 1.12873587189167450590E1);
  double q1 = mulAdd(8.29875266912776603211E1, x, 7.11544750618563894466E1);
  q = mulAdd(q, x, 4.52279145837532221105E1);
  q1 = mulAdd(q1, x, 2.31251620126765340583E1);
  const double den = mulAdd(q, x3, q1);
  num = num * x3;
  double r = num / den;
  r = mulAdd(-0.5, x2, r);
  x = x + r;
  return mulAdd(e, 0.693147180559945309417232121458176568, x);
}

// Kahan's log1p as Eigen's generic packet log1p: x * log(1 + x) / ((1 + x) - 1), x itself where
// 1 + x rounds to 1 or log(1 + x) is +inf.
// Measured: TF's packet log1p gives a signed zero for a subnormal x (where its expm1 keeps it).
TFTS_NO_FP_CONTRACT_ATTR inline double log1pPacket(double x) {
  TFTS_NO_FP_CONTRACT
  if (std::fabs(x) < std::numeric_limits<double>::min()) return std::copysign(0.0, x);
  const double xp1 = x + 1.0;
  const double log1 = logPacket(xp1);
  if (xp1 == 1.0 || xp1 == log1) return x;
  return x * (log1 / (xp1 - 1.0));
}

// Kahan's expm1 as Eigen's generic packet expm1: (u - 1) * x / log(u) with u = exp(x); x where u
// rounds to 1, -1 where u - 1 does, u where u is +inf.
TFTS_NO_FP_CONTRACT_ATTR inline double expm1Packet(double x) {
  TFTS_NO_FP_CONTRACT
  const double u = expPacket(x);
  if (u == 1.0) return x;
  const double uMinusOne = u - 1.0;
  if (uMinusOne == -1.0) return -1.0;
  const double logu = logPacket(u);
  if (logu == u) return u;
  return uMinusOne * (x / logu);
}

// Eigen's packet tanh for doubles: x clamped to +-17.714196154005176 (the no-FMA build's point
// where the approximation is exactly 1), then a [19/18] odd/even rational function.
TFTS_NO_FP_CONTRACT_ATTR inline double tanhPacket(double input) {
  TFTS_NO_FP_CONTRACT
  constexpr double kClamp = 17.714196154005176;
  const double x = input > kClamp ? kClamp : input < -kClamp ? -kClamp : input;  // keeps NaN
  const double x2 = x * x;
  const double x3 = x2 * x;
  const double p = horner(x2, {2.6158007860482230e-23, 7.6534862268749319e-19, 3.1309488231386680e-15,
                               4.2303918148209176e-12, 2.4618379131293676e-09, 6.8644367682497074e-07,
                               9.3839087674268880e-05, 5.9809711724441161e-03, 1.5184719640284322e-01});
  const double q = horner(x2, {6.463747022670968018e-21, 5.782506856739003571e-17, 1.293019623712687916e-13,
                               1.123643448069621992e-10, 4.492975677839633985e-08, 8.785185266237658698e-06,
                               8.295161192716231542e-04, 3.437448108450402717e-02, 4.851805297361760360e-01,
                               1.0});
  return mulAdd(x3, p, x) / q;
}

// Eigen's logistic for doubles (packet and scalar alike): e / (1 + e) with e = exp(x), 1 where e
// is +inf. Only the exp differs between the paths.
TFTS_NO_FP_CONTRACT_ATTR inline double sigmoidFromExp(double e) {
  TFTS_NO_FP_CONTRACT
  if (e == std::numeric_limits<double>::infinity()) return 1.0;
  return e / (1.0 + e);
}

// Eigen's double erf: x * S(x^2) / T(x^2) for |x| <= 1, 1 - erfc(x) above (erfc's large-x
// formula, shared with eigen_double_erfc.h). erf has no clamp: past |x| = 28 exp(-x^2) is 0 and
// the result is +-1, except that once x^2 overflows the rounding-error term of x * x is NaN and
// so is the result (TF gives NaN for erf(1e200)).
TFTS_NO_FP_CONTRACT_ATTR inline double erfApprox(double x, bool packet) {
  TFTS_NO_FP_CONTRACT
  const double x2 = x * x;
  if (!(1.0 < x2)) {  // also NaN
    return x * erfSmallRatio(x2);
  }
  if (x2 <= 784.0) return 1.0 - erfcApprox(x, packet);  // erfc's clamp at |x| = 28 not reached
  if (x2 == std::numeric_limits<double>::infinity()) return std::numeric_limits<double>::quiet_NaN();
  return x < 0.0 ? -1.0 : 1.0;
}

// Eigen's generic atan for doubles: |x| > 1 reduces to pi/2 - atan(1/|x|), then x * P(x^2) / Q(x^2)
// (degree 6 over 6) on [0, 1], and the sign put back.
TFTS_NO_FP_CONTRACT_ATTR inline double atanPacket(double input) {
  TFTS_NO_FP_CONTRACT
  const double absX = std::fabs(input);
  const bool large = 1.0 < absX;
  const double x = large ? 1.0 / absX : absX;
  const double x2 = x * x;
  const double p = horner(x2, {2.6667153866462208e-05, 3.0917513112462781e-03, 5.2574296781008604e-02,
                               3.0409318473444424e-01, 7.5365702534987022e-01, 8.2704055405494614e-01,
                               3.3004361289279920e-01});
  const double q = horner(x2, {2.7311202462436667e-04, 1.0899150928962708e-02, 1.1548932646420353e-01,
                               4.9716458728465573e-01, 1.0, 9.3705509168587852e-01, 3.3004361289279920e-01});
  const double reduced = x * (p / q);
  const double result = large ? 1.5707963267948966 - reduced : reduced;
  return std::signbit(input) ? -result : result;
}

// Eigen's packet atanh for doubles: x + x^3 P(x^2) / Q(x^2) for |x| < 0.5, 0.5 log((1 + x) / (1 - x))
// (packet log) up to 1, +-inf at +-1 and NaN beyond.
TFTS_NO_FP_CONTRACT_ATTR inline double atanhPacket(double x) {
  TFTS_NO_FP_CONTRACT
  const double absX = std::fabs(x);
  if (1.0 < absX) return std::numeric_limits<double>::quiet_NaN();
  if (absX == 1.0) return std::copysign(std::numeric_limits<double>::infinity(), x);
  if (0.5 <= absX) return 0.5 * logPacket((1.0 + x) / (1.0 - x));
  const double x2 = x * x;
  const double x3 = x * x2;
  const double p = horner(x2, {3.3071338469301391e-03, -4.7129526768798737e-02, 1.8185306179826699e-01,
                               -2.5949536095445679e-01, 1.2306328729812676e-01});
  const double q = horner(x2, {-3.8679974580640881e-03, 7.6391885763341910e-02, -4.2828141436397615e-01,
                               9.8733495886883648e-01, -1.0000000000000000e+00, 3.6918986189438030e-01});
  return mulAdd(x3, p / q, x);
}

// TF's Softplus kernel: x above -threshold, exp(x) below threshold, log1p(exp(x)) between, with
// threshold = log(double epsilon) + 2; exp and log1p are the packet or the scalar (libm) ones.
TFTS_NO_FP_CONTRACT_ATTR inline double softplusApprox(double x, bool packet) {
  static const double threshold = std::log(std::numeric_limits<double>::epsilon()) + 2.0;
  if (x > -threshold) return x;
  const double e = packet ? expPacket(x) : std::exp(x);
  if (x < threshold) return e;
  return packet ? log1pPacket(e) : std::log1p(e);
}

// Whole buffers: packet function on the first n - n % 4 elements, scalar function on the rest.
template <typename PacketFn, typename ScalarFn>
inline void splitApply(const double* a, double* o, int64_t n, PacketFn packetFn, ScalarFn scalarFn) {
  const int64_t packetEnd = n - n % kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = packetFn(a[i]);
  for (int64_t i = packetEnd; i < n; ++i) o[i] = scalarFn(a[i]);
}

inline void exp(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, expPacket, [](double x) { return std::exp(x); });
}
// Measured: TF's scalar log reads a subnormal input as zero (-inf) where glibc's log, which
// takes the bits apart as integers, would give about -745.
inline double logScalar(double x) {
  return std::log(std::fabs(x) < std::numeric_limits<double>::min() ? 0.0 : x);
}
inline void log(const double* a, double* o, int64_t n) { splitApply(a, o, n, logPacket, logScalar); }
inline void log1p(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, log1pPacket, [](double x) { return std::log1p(x); });
}
inline void expm1(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, expm1Packet, [](double x) { return std::expm1(x); });
}
inline void tanh(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, tanhPacket, [](double x) { return std::tanh(x); });
}
inline void sigmoid(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, [](double x) { return sigmoidFromExp(expPacket(x)); },
             [](double x) { return sigmoidFromExp(std::exp(x)); });
}
inline void erf(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, [](double x) { return erfApprox(x, true); }, [](double x) { return erfApprox(x, false); });
}
inline void atan(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, atanPacket, [](double x) { return std::atan(x); });
}
inline void atanh(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, atanhPacket, [](double x) { return std::atanh(x); });
}
inline void softplus(const double* a, double* o, int64_t n) {
  splitApply(a, o, n, [](double x) { return softplusApprox(x, true); },
             [](double x) { return softplusApprox(x, false); });
}

// math_unary.cc's hook: true when it computed a float64 atan/atanh into y.
template <typename T> inline bool mathUnary(const std::string& name, const T* x, T* y, int64_t n) {
  if constexpr (std::is_same_v<T, double>) {
    if (name == "atan") return atan(x, y, n), true;
    if (name == "atanh") return atanh(x, y, n), true;
  }
  return false;
}

}  // namespace eigen_f64
}  // namespace tfts
