// float32 / float64 pow computed the way TensorFlow 2.21's CPU Pow kernel does, so results match
// TF bit for bit instead of libm's (nearly) correctly rounded pow, which differs from TF on about
// a quarter of float inputs even for x^2.
// Facts (TF's bundled Eigen, scalar_pow_op): full packets (8 floats / 4 doubles on TF's AVX-without-
// FMA x86 wheel) go through Eigen's generic_pow; the trailing n % packet elements, and scalars,
// call libm pow / powf. generic_pow on |x|:
//   - frexp, mantissa moved into [sqrt(1/2), sqrt(2)), log2 of it in double-word (hi + lo)
//     arithmetic (float: degree-8 polynomial then two double-word Horner steps; double: an odd
//     polynomial in r = c (m-1)/(m+1) with a double-word constant and division),
//   - y * log2|x| as a double word, split into integer n and fraction r (round half away from 0),
//   - 2^r = exp(ln2 * r) with ln2 * r as a double word (exp(hi) * (1 + lo)), packet exp,
//   - times 2^n (single scale when |n| <= max_exponent - 2, else the four-factor ldexp),
// then the C99 special cases (negative base, zeros, infinities, NaN, y = 1, y = 0, x = 1) as
// selects in a fixed order. Without FMA every multiply-add rounds twice and the exact products
// of the double-word steps come from Veltkamp/Dekker splitting (eigen_f32/f64::productError).
// Measured bit for bit against TF 2.21 in float32 and float64 (libm pow alone misses ~27% of
// float32 x^2, x^3, x^-1, x^10, |x|^0.5 on uniform [-10, 10]): 100,000 uniform [-10, 10] bases
// (signed and absolute) to 2, 3, 0.5, 1.5, -1, -2, 0, 1, 10, 1/3 and to tensor exponents (integral
// and not); 400,000 random bit patterns for both operands, and random bases to uniform [-4, 4] and
// to integers in [-40, 40]; every pair of 41 specials (+-0, +-inf, NaN, +-1, subnormals, max,
// 1 +- ulp, 7.5e8 and other huge exponents); y log2 x around the overflow, min-normal and
// underflow limits; wide-range bases; bases near 1 to exponents up to 1e5; lengths 1..17,
// 100,003 and 1,000,005; tensor-tensor broadcasts of ranks 2..5 (packets follow the flat output
// index). float16 / bfloat16 have no packet pow in TF: powf in float, then rounded (as before).
// Subnormal flushing comes from the caller's ScopedFlushDenormals (TF runs with
// FTZ/DAZ set), which also governs what libm sees on the tail.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "eigen_double_erfc.h"
#include "eigen_float_approx.h"
#include "fp_contract.h"

namespace tfts {
namespace eigen_pow {

// Per-type pieces: the packet exp, the two ldexp variants and the error-free product.
template <typename T> struct Ops;

template <> struct Ops<float> {
  using Bits = uint32_t;
  static constexpr int64_t kPacketSize = eigen_f32::kPacketSize;
  static float exp(float x) { return eigen_f32::expPacket(x); }
  static float ldexpFast(float p, float m) { return eigen_f32::ldexpFast(p, m); }
  static float ldexpSplit(float p, float m) { return eigen_f32::ldexpSplit(p, m); }
  static float productError(float x, float y, float xy) { return eigen_f32::productError(x, y, xy); }
};

template <> struct Ops<double> {
  using Bits = uint64_t;
  static constexpr int64_t kPacketSize = eigen_f64::kPacketSize;
  static double exp(double x) { return eigen_f64::expPacket(x); }
  // Eigen's AVX double version clamps the exponent to [-1023, 1024] before biasing.
  TFTS_NO_FP_CONTRACT_ATTR static double ldexpFast(double p, double m) {
    TFTS_NO_FP_CONTRACT
    const int64_t e = static_cast<int64_t>(std::min(std::max(m, -1023.0), 1024.0));
    const uint64_t bits = static_cast<uint64_t>(e + 1023) << 52;
    double scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return p * scale;
  }
  static double ldexpSplit(double p, double m) { return eigen_f64::ldexpSplit(p, m); }
  static double productError(double x, double y, double xy) { return eigen_f64::productError(x, y, xy); }
};

// A double-word number hi + lo.
template <typename T> struct DW { T hi, lo; };

// hi = fl(x + y), lo its rounding error; exact when |x| >= |y|.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline DW<T> fastTwoSum(T x, T y) {
  TFTS_NO_FP_CONTRACT
  const T s = x + y;
  const T t = s - x;
  return {s, y - t};
}

// x * y exactly as hi + lo.
template <typename T> inline DW<T> twoProd(T x, T y) {
  const T p = x * y;
  return {p, Ops<T>::productError(x, y, p)};
}

// Double word + double word, assuming |x.hi| >= |y.hi|.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline DW<T> fastTwoSum(DW<T> x, DW<T> y) {
  TFTS_NO_FP_CONTRACT
  const DW<T> r = fastTwoSum(x.hi, y.hi);
  const T s = (y.lo + r.lo) + x.lo;
  return fastTwoSum(r.hi, s);
}

// Word + double word, assuming |x| >= |y.hi|.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline DW<T> fastTwoSum(T x, DW<T> y) {
  TFTS_NO_FP_CONTRACT
  const DW<T> r = fastTwoSum(x, y.hi);
  return fastTwoSum(r.hi, y.lo + r.lo);
}

// Double word times word.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline DW<T> twoProd(DW<T> x, T y) {
  TFTS_NO_FP_CONTRACT
  const DW<T> c = twoProd(x.hi, y);
  const T cLo2 = x.lo * y;
  const DW<T> t = fastTwoSum(c.hi, cLo2);
  return fastTwoSum(t.hi, t.lo + c.lo);
}

// Double word times double word.
template <typename T> inline DW<T> twoProd(DW<T> x, DW<T> y) {
  return fastTwoSum(twoProd(x, y.hi), twoProd(x, y.lo));
}

// Double word divided by word.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline DW<T> divide(DW<T> x, T y) {
  TFTS_NO_FP_CONTRACT
  const T tHi = x.hi / y;
  const DW<T> pi = twoProd(tHi, y);
  const T delta = ((x.hi - pi.hi) - pi.lo) + x.lo;
  return fastTwoSum(tHi, delta / y);
}

// Round half away from zero the way Eigen's AVX pround does: add the largest float below 1/2
// with x's sign, then truncate.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline T roundHalfAway(T x) {
  TFTS_NO_FP_CONTRACT
  const T belowHalf = std::copysign(std::nextafter(T(0.5), T(0)), x);
  return std::trunc(x + belowHalf);
}

template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline T mulAdd(T a, T b, T c) {
  TFTS_NO_FP_CONTRACT
  const T product = a * b;
  return product + c;
}

// log2(m) for m in [sqrt(1/2), sqrt(2)) as a double word.
TFTS_NO_FP_CONTRACT_ATTR inline DW<float> log2Mantissa(float m) {
  TFTS_NO_FP_CONTRACT
  // The two lowest coefficients are doubles carried as float pairs.
  constexpr double kC0 = 1.442695041742110273474963832995854318141937255859375e+00;
  constexpr double kC1 = -7.2134751588268664068692714863573201000690460205078125e-01;
  constexpr float kC0Hi = static_cast<float>(kC0);
  constexpr float kC0Lo = static_cast<float>(kC0 - static_cast<double>(kC0Hi));
  constexpr float kC1Hi = static_cast<float>(kC1);
  constexpr float kC1Lo = static_cast<float>(kC1 - static_cast<double>(kC1Hi));
  constexpr float kHigher[] = {
      9.7010828554630279541015625e-02f,  -1.6896486282348632812500000e-01f, 1.7200836539268493652343750e-01f,
      -1.7892272770404815673828125e-01f, 2.0505344867706298828125000e-01f,  -2.4046677350997924804687500e-01f,
      2.8857553005218505859375000e-01f,  -3.6067414283752441406250000e-01f, 4.8089790344238281250000000e-01f};
  const float x = m - 1.0f;
  float p = kHigher[0];
  for (int i = 1; i < 9; ++i) p = mulAdd(p, x, kHigher[i]);
  DW<float> q = twoProd(x, p);
  q = fastTwoSum(DW<float>{kC1Hi, kC1Lo}, q);
  q = twoProd(q, x);
  q = fastTwoSum(DW<float>{kC0Hi, kC0Lo}, q);
  return twoProd(q, x);
}

// log2(m) for m in [sqrt(1/2), sqrt(2)) as a double word, via r = c (m - 1) / (m + 1) and
// ((Q(r^2) r^2 + C) r^2 + 1) r.
TFTS_NO_FP_CONTRACT_ATTR inline DW<double> log2Mantissa(double m) {
  TFTS_NO_FP_CONTRACT
  const DW<double> t = twoProd(DW<double>{2.88539008177792677, 4.07660016854549667e-17}, m - 1.0);
  const DW<double> r = divide(t, m + 1.0);
  const DW<double> r2 = twoProd(r, r);
  const DW<double> r4 = twoProd(r2, r2);
  double qEven = mulAdd(2.87074255468000586e-9, r4.hi, 2.31032094540014656e-7);
  double qOdd = mulAdd(2.38957980901884082e-8, r4.hi, 2.27279857398537278e-6);
  qEven = mulAdd(qEven, r4.hi, 2.31271023278625638e-5);
  qOdd = mulAdd(qOdd, r4.hi, 2.47556738444535513e-4);
  qEven = mulAdd(qEven, r4.hi, 2.88543873228900172e-3);
  const double q = mulAdd(qOdd, r2.hi, qEven);
  const DW<double> p = twoProd(r2, q);
  const DW<double> p1 = fastTwoSum(DW<double>{0.0400377511598501157, -4.77726582251425391e-19}, p);
  const DW<double> p2 = twoProd(r2, p1);
  const DW<double> p3 = fastTwoSum(1.0, p2);
  return twoProd(p3, r);
}

// Eigen's frexp: mantissa in [0.5, 1) with x's sign and the exponent (as T); subnormals are
// normalised first; zero, inf and NaN come back unchanged with exponent 0. Comparisons are
// floating-point ones so DAZ reads subnormals as zero, as in TF.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline T frexpEigen(T a, T& exponent) {
  TFTS_NO_FP_CONTRACT
  using Bits = typename Ops<T>::Bits;
  constexpr int kMantissaBits = std::numeric_limits<T>::digits - 1;
  constexpr int kExponentBits = int(sizeof(T) * 8) - kMantissaBits - 1;
  constexpr Bits kExpMask = ((Bits(1) << kExponentBits) - 1) << kMantissaBits;
  const bool denormal = std::fabs(a) < std::numeric_limits<T>::min();
  const T normalized = denormal ? a * T(Bits(1) << (kMantissaBits + 1)) : a;
  const T offset = -T((Bits(1) << (kExponentBits - 1)) - 2) - (denormal ? T(kMantissaBits + 1) : T(0));
  Bits bits;
  std::memcpy(&bits, &normalized, sizeof bits);
  const T biased = T((bits & ~(Bits(1) << (sizeof(T) * 8 - 1))) >> kMantissaBits);
  if (a == T(0) || biased == T((Bits(1) << kExponentBits) - 1)) {
    exponent = T(0);
    return a;
  }
  const T half = T(0.5);
  Bits halfBits;
  std::memcpy(&halfBits, &half, sizeof halfBits);
  bits = (bits & ~kExpMask) | halfBits;
  T m;
  std::memcpy(&m, &bits, sizeof m);
  exponent = biased + offset;
  return m;
}

// 2^r for the fraction r: exp(hi) * (1 + lo) with ln2 * r = hi + lo exactly.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline T exp2Fraction(T r) {
  TFTS_NO_FP_CONTRACT
  constexpr T kMaxCap = T(std::numeric_limits<T>::max_exponent + 1);
  constexpr T kMinCap = -T(std::numeric_limits<T>::max_exponent + std::numeric_limits<T>::digits - 1);
  const T x = std::max(std::min(r, kMaxCap), kMinCap);
  const DW<T> p = twoProd(static_cast<T>(0.693147180559945309417232121458176568L), x);
  return Ops<T>::exp(p.hi) * (T(1) + p.lo);
}

// |x|^y for the general case (x >= 0 here; special values are fixed up by powPacket).
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline T powMagnitude(T x, T y) {
  TFTS_NO_FP_CONTRACT
  T e;
  T m = frexpEigen(x, e);
  if (m < static_cast<T>(0.70710678118654752440L)) {
    m = T(2) * m;
    e = e - T(1);
  }
  const DW<T> log2m = log2Mantissa(m);
  const DW<T> f = fastTwoSum(twoProd(e, y), twoProd(log2m, y));
  T n = roundHalfAway(f.hi);
  T r = (f.hi - n) + f.lo;
  const T nr = roundHalfAway(r);
  r = r - nr;
  n = n + nr;
  const T scaled = exp2Fraction(r);
  constexpr T kFastLimit = T(std::numeric_limits<T>::max_exponent - 2);
  // Eigen uses the single-scale ldexp for a whole packet unless some lane exceeds the limit; for
  // lanes within it both variants give the same bits, so choosing per element is equivalent.
  return kFastLimit < std::fabs(n) ? Ops<T>::ldexpSplit(scaled, n) : Ops<T>::ldexpFast(scaled, n);
}

// Eigen's generic_pow for one packet lane.
template <typename T> TFTS_NO_FP_CONTRACT_ATTR inline T powPacket(T x, T y) {
  TFTS_NO_FP_CONTRACT
  const T inf = std::numeric_limits<T>::infinity();
  const T nan = std::numeric_limits<T>::quiet_NaN();
  const T xAbs = std::fabs(x);
  T pow = powMagnitude(xAbs, y);
  const bool xNegative = x < T(0), xZero = x == T(0), xOne = x == T(1);
  const bool xSignbit = std::signbit(x), xAbsGtOne = T(1) < xAbs, xAbsInf = xAbs == inf;
  const T yAbs = std::fabs(y);
  const bool yNegative = y < T(0), yZero = y == T(0), yOne = y == T(1);
  const bool yInt = std::floor(y) == y && !(yAbs == inf);
  const T yHalf = y * T(0.5);
  const bool yOddInt = yInt && !(roundHalfAway(yHalf) == yHalf);
  // Smallest |y| for which (1 + epsilon)^y overflows.
  constexpr T kHugeExponent = (T(std::numeric_limits<T>::max_exponent) *
                               static_cast<T>(0.693147180559945309417232121458176568L)) /
                              std::numeric_limits<T>::epsilon();
  if (xNegative && !yInt) pow = nan;
  if (xZero) pow = yNegative ? inf : T(0);
  if (xSignbit && yOddInt) pow = -pow;
  if (kHugeExponent <= yAbs) {
    T infY = ((yNegative && xZero) || (yNegative != xAbsGtOne)) ? inf : T(0);
    if (x == T(-1)) infY = T(1);
    pow = infY;
  }
  if (xAbsInf) {
    const T positive = yNegative ? T(0) : inf;
    pow = xNegative ? (yOddInt ? -positive : positive) : positive;
  }
  if (std::isnan(x) || std::isnan(y)) pow = nan;
  if (yOne) return x;
  if (xOne || yZero) return T(1);
  return pow;
}

// o[i] = a[ia(i)] ^ b[ib(i)] for i in [0, n), where i is the output's flat index: full packets of
// the output take the packet path, the n % packet tail (and scalars) libm's pow.
template <typename T, typename A, typename B>
TFTS_NO_FP_CONTRACT_ATTR inline void powKernel(int64_t n, A a, B b, T* o) {
  const int64_t packetEnd = n - n % Ops<T>::kPacketSize;
  for (int64_t i = 0; i < packetEnd; ++i) o[i] = powPacket<T>(a(i), b(i));
  for (int64_t i = packetEnd; i < n; ++i) o[i] = std::pow(a(i), b(i));
}

}  // namespace eigen_pow
}  // namespace tfts
