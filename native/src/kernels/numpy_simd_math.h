// numpy 2.4's own float32 exp/log/sin/cos and float32/float64 tanh, and the float64 exp/log of
// numpy's wheels on AVX-512 CPUs (Intel SVML), one element at a time (numpy_simd_math.cc runs the
// same steps in SIMD lanes, and these for tails and special lanes). On x86-64 CPUs with AVX2
// and FMA3 (numpy's X86_V3/X86_V4 dispatch targets) numpy does not call libm for these: it runs
// its own SIMD code (loops_exponent_log.dispatch.c.src: a rational minimax approximation after a
// Cody-Waite range reduction; loops_trigonometric.dispatch.cpp: Cody-Waite reduction by pi/2 and
// odd/even polynomials, glibc's sinf/cosf beyond the reduction's range; loops_hyperbolic: tanh
// by a polynomial per subinterval of |x|, tables in numpy_tanh_tables.h). Every lane is computed
// independently, so the same steps on one value give the same bits; the multiply-adds are real
// fused ones there, hence std::fma (single instructions in numpy_simd_math.cc's loops, which are
// compiled for FMA and only run where numpy would use these: usesNumpySimd/usesSvmlExpLog).
// Elsewhere numpy uses glibc, and so does npUnary. Constants are numpy's / SVML's.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstddef>
#include <cstring>
#include <limits>

#include "numpy_tanh_tables.h"

namespace tfts::numpy {

// Whether this CPU has the features numpy's dispatcher needs for the SIMD versions (AVX2 + FMA3).
inline bool usesNumpySimd() {
#if defined(__x86_64__) || defined(__i386__)
  static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return yes;
#else
  return false;  // numpy's dispatch targets for these are x86 ones
#endif
}

// Whether numpy's float64 exp/log come from Intel SVML (its AVX512_SKX dispatch target: AVX512F,
// CD, BW, DQ and VL; numpy's wheels link SVML on x86-64 Linux).
inline bool usesSvmlExpLog() {
#if defined(__x86_64__) || defined(__i386__)
  static const bool yes = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd") &&
                          __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") &&
                          __builtin_cpu_supports("avx512vl");
  return yes;
#else
  return false;
#endif
}

template <typename To, typename From> inline To bitsAs(From v) {
  static_assert(sizeof(To) == sizeof(From));
  To r;
  std::memcpy(&r, &v, sizeof r);
  return r;
}

// rint(x * c) (|x * c| <= 2^22) as numpy computes it: x * c + 1.5 * 2^23 - 1.5 * 2^23 (ties to
// even). FUSED: the multiply and the first add are one FMA, as in numpy's sin/cos build (its C++
// Highway loop gets them fused: sin(18866.05f) shows it); its C exp loop rounds the product first
// (exp(42.62855f) shows that). The two pick different integers when x * c is near a half.
template <bool FUSED> inline float rintOfProduct(float x, float c) {
  const float m = 0x1.8p+23f;
  if constexpr (FUSED) return std::fma(x, c, m) - m;
  float p = x * c;
  // The empty asm makes p a rounded float in a register: GCC would otherwise contract the multiply
  // and the add into an FMA where the loop is compiled with FMA (numpy_simd_math.cc).
#if defined(__x86_64__) || defined(__i386__)
  asm("" : "+x"(p));
#endif
  return (p + m) - m;
}

// exp: k = rint(x / ln 2), r = x - k ln2 (two-part ln2), exp(r) ~ P5(r) / Q2(r), times 2^k.
inline float npExpF32(float x) {
  if (std::isnan(x)) return std::numeric_limits<float>::quiet_NaN();
  if (x >= 88.72283935546875f) return std::numeric_limits<float>::infinity();
  if (x <= -103.97208404541015625f) return 0.0f;
  const float k = rintOfProduct<false>(x, 1.442695040888963407359924681001892137f);
  float r = std::fma(k, -6.93145752e-1f, x);
  r = std::fma(k, -1.42860677e-6f, r);
  r = std::fma(k, 0.0f, r);  // numpy's third (zero) Cody-Waite term: turns -0 into +0
  float p = std::fma(5.082762527590693718096e-04f, r, 6.757896990527504603057e-03f);
  p = std::fma(p, r, 5.114512081637298353406e-02f);
  p = std::fma(p, r, 2.473615434895520810817e-01f);
  p = std::fma(p, r, 7.257664613233124478488e-01f);
  p = std::fma(p, r, 9.999999999980870924916e-01f);
  float q = std::fma(2.159509375685829852307e-02f, r, -2.742335390411667452936e-01f);
  q = std::fma(q, r, 1.0f);
  // vscalefps: one rounding of p * 2^k, also into the subnormal range (as ldexp). p / q is within
  // [0.7, 1.5), so for -125 <= k <= 127 the product by 2^k is normal and exact.
  const int ki = static_cast<int>(k);
  if (ki >= -125 && ki <= 127) return (p / q) * bitsAs<float>(static_cast<uint32_t>(ki + 127) << 23);
  return std::ldexp(p / q, ki);
}

// log: x = m 2^e with m in (sqrt(1/2), sqrt(2)], log(x) ~ P5(m-1) / Q5(m-1) + e ln2.
inline float npLogF32(float x) {
  if (std::isnan(x)) return std::numeric_limits<float>::quiet_NaN();
  if (x < 0.0f) return -std::numeric_limits<float>::quiet_NaN();
  if (x == 0.0f) return -std::numeric_limits<float>::infinity();
  if (x == std::numeric_limits<float>::infinity()) return x;
  // getmant to [0.5, 1) and getexp + 1 (frexp), subnormals normalised.
  int e2;
  float m;
  const uint32_t xb = bitsAs<uint32_t>(x);
  if (xb >= 0x00800000u) {
    e2 = static_cast<int>(xb >> 23) - 126;
    m = bitsAs<float>((xb & 0x007fffffu) | 0x3f000000u);
  } else {
    m = std::frexp(x, &e2);
  }
  float e = static_cast<float>(e2);
  if (m <= 0.707106781186547524400844362104849039f) {
    m = m + m;
    e = e - 1.0f;
  }
  m = m - 1.0f;
  float p = std::fma(2.589979117907922693523e-02f, m, 3.808837741388407920751e-01f);
  p = std::fma(p, m, 1.480000633576506585156e+00f);
  p = std::fma(p, m, 2.112677543073053063722e+00f);
  p = std::fma(p, m, 9.999999999999998702752e-01f);
  p = std::fma(p, m, 0.0f);
  float q = std::fma(5.875095403124574342950e-03f, m, 1.546476374983906719538e-01f);
  q = std::fma(q, m, 9.864942958519418960339e-01f);
  q = std::fma(q, m, 2.453006071784736363091e+00f);
  q = std::fma(q, m, 2.612677543073109236779e+00f);
  q = std::fma(q, m, 1.0f);
  return std::fma(e, 0.693147180559945309417232121458176568f, p / q);
}

// sin/cos: k = rint(x 2/pi), r = x - k pi/2 (three-part pi/2), then sin or cos polynomial of r
// chosen and signed by the quadrant; |x| beyond the reduction's accurate range goes to glibc.
template <bool COS> inline float npSinCosF32(float x) {
  if (std::isnan(x)) return std::numeric_limits<float>::quiet_NaN();
  if (!(std::fabs(x) <= (COS ? 71476.0625f : 117435.992f))) return COS ? std::cos(x) : std::sin(x);
  const float k = rintOfProduct<true>(x, 0x1.45f306p-1f);
  float r = std::fma(k, -0x1.921fb0p+00f, x);
  r = std::fma(k, -0x1.5110b4p-22f, r);
  r = std::fma(k, -0x1.846988p-48f, r);
  const float r2 = r * r;
  float c = std::fma(0x1.98e616p-16f, r2, -0x1.6c06dcp-10f);
  c = std::fma(c, r2, 0x1.55553cp-05f);
  c = std::fma(c, r2, -0x1.000000p-01f);
  c = std::fma(c, r2, 0x1.000000p+00f);
  float s = std::fma(0x1.7d3bbcp-19f, r2, -0x1.a06bbap-13f);
  s = std::fma(s, r2, 0x1.11119ap-07f);
  s = std::fma(s, r2, -0x1.555556p-03f);
  s = std::fma(s, r2, 0.0f);
  s = std::fma(s, r, r);
  const int32_t q = static_cast<int32_t>(k) + (COS ? 1 : 0);
  const float v = (q & 1) == 0 ? s : c;
  return (q & 2) == 2 ? 0.0f - v : v;
}

inline float npSinF32(float x) { return npSinCosF32<false>(x); }

inline float npCosF32(float x) { return npSinCosF32<true>(x); }


// tanh: the subinterval comes from |x|'s exponent and first mantissa bit (clamped to the table),
// y = |x| - b, Horner in y with fused multiply-adds, then x's sign bit ORed in. Beyond the last
// subinterval (|x| >= 2^1023 for float64, 2^127 for float32, and inf) the result is +-1.
inline double npTanhF64(double x) {
  if (std::isnan(x)) return std::numeric_limits<double>::quiet_NaN();
  const uint64_t bits = bitsAs<uint64_t>(x);
  const int64_t top = static_cast<int64_t>(bits & 0x7ff8000000000000ull);
  int32_t hi = static_cast<int32_t>(top >> 32) - 0x3fc00000;
  hi = hi < 0 ? 0 : hi > 0x780000 ? 0x780000 : hi;
  const int idx = hi >> 19;
  const auto& t = tanh_tables::kF64;
  const double y = std::fabs(x) - bitsAs<double>(t[0][idx]);
  double r = std::fma(bitsAs<double>(t[17][idx]), y, bitsAs<double>(t[16][idx]));
  for (int k = 15; k >= 1; k--) r = std::fma(r, y, bitsAs<double>(t[k][idx]));
  if (!(top <= 0x7fe0000000000000ll)) r = 1.0;
  return bitsAs<double>(bitsAs<uint64_t>(r) | (bits & 0x8000000000000000ull));
}

inline float npTanhF32(float x) {
  if (std::isnan(x)) return std::numeric_limits<float>::quiet_NaN();
  const uint32_t bits = bitsAs<uint32_t>(x);
  const int32_t top = static_cast<int32_t>(bits & 0x7fe00000u);
  int32_t d = top - 0x3d400000;
  d = d < 0 ? 0 : d > 0x3e00000 ? 0x3e00000 : d;
  const int idx = d >> 21;
  const auto& t = tanh_tables::kF32;
  const float y = std::fabs(x) - bitsAs<float>(t[0][idx]);
  float r = std::fma(bitsAs<float>(t[7][idx]), y, bitsAs<float>(t[6][idx]));
  for (int k = 5; k >= 1; k--) r = std::fma(r, y, bitsAs<float>(t[k][idx]));
  if (!(top <= 0x7f000000)) r = 1.0f;
  return bitsAs<float>(bitsAs<uint32_t>(r) | (bits & 0x80000000u));
}

// float64 exp as numpy's wheels compute it on AVX512_SKX CPUs: Intel SVML's __svml_exp8_ha.
// N = x log2(e) rounded toward zero to 1/16 (one fused multiply-add into 1.5 * 2^48, whose low
// bits then hold 16 N mod 16), r = x - N ln2 (two-part ln2, fused), then
// exp(x) = 2^floor(N) * Th (1 + p(r)), Th + Th Tlr = 2^(j/16), p a degree-6 polynomial plus Tlr.
// |x| >= 707.70... (and +-inf) go to SVML's scalar special-case routine, which this does not
// reproduce: glibc's exp stands in for it there (results near overflow or subnormal).
namespace svml_exp {
// RN(2^(j/16)) and RN(2^(j/16) / Th - 1), computed with mpmath (300 bits).
inline constexpr uint64_t kTh[16] = {
    0x3ff0000000000000ull, 0x3ff0b5586cf9890full, 0x3ff172b83c7d517bull, 0x3ff2387a6e756238ull,
    0x3ff306fe0a31b715ull, 0x3ff3dea64c123422ull, 0x3ff4bfdad5362a27ull, 0x3ff5ab07dd485429ull,
    0x3ff6a09e667f3bcdull, 0x3ff7a11473eb0187ull, 0x3ff8ace5422aa0dbull, 0x3ff9c49182a3f090ull,
    0x3ffae89f995ad3adull, 0x3ffc199bdd85529cull, 0x3ffd5818dcfba487ull, 0x3ffea4afa2a490daull};
inline constexpr uint64_t kTlr[16] = {
    0x0000000000000000ull, 0x3c979aa65d837b6dull, 0xbc801b15eaa59348ull, 0x3c968efde3a8a894ull,
    0x3c834d754db0abb6ull, 0x3c859f48a72a4c6dull, 0x3c7690cebb7aafb0ull, 0x3c9063e1e21c5409ull,
    0xbc93b3efbf5e2228ull, 0xbc7b32dcb94da51dull, 0x3c8db72fc1f0eab4ull, 0x3c71affc2b91ce27ull,
    0x3c8c1a7792cb3387ull, 0x3c736eae30af0cb3ull, 0x3c74a385a63d07a7ull, 0xbc8ff7128fd391f0ull};
// 1.5 * 2^48 with 1023 * 16 in its low bits (the index bits sit below the exponent bias).
inline constexpr uint64_t kShifter = 0x42f8000000003ff0ull;
inline constexpr uint64_t kLog2e = 0x3ff71547652b82feull, kLn2Hi = 0x3fe62e42fefa39efull, kLn2Lo = 0x3c7abc9e3b39803full;
// Polynomial coefficients, highest degree first (SVML's data).
inline constexpr uint64_t kC[6] = {0x3f57411836940c04ull, 0x3f81101cbbc265c0ull, 0x3fa55557242d68feull,
                                   0x3fc5555553939732ull, 0x3fe000000000d008ull, 0x3fefffffffffff70ull};
inline constexpr double kThreshold = 707.7032713517042;  // bits 0x40861da04cbafe44
}  // namespace svml_exp

inline double npExpF64(double x) {
  using namespace svml_exp;
  if (std::isnan(x)) return x + x;
  if (!(std::fabs(x) < kThreshold)) return std::exp(x);
  const double shifter = bitsAs<double>(kShifter), log2e = bitsAs<double>(kLog2e);
  // fma(x, log2e, shifter) rounded toward zero: the sum is positive and its ulp 1/16, so one
  // step down when the nearest-rounded sum lies above the exact one (the residual's sign).
  double t = std::fma(x, log2e, shifter);
  if (std::fma(x, log2e, shifter - t) < 0) t -= 0.0625;
  const double n = t - shifter;
  const int j = static_cast<int>(bitsAs<uint64_t>(t) & 15);
  double r = std::fma(-n, bitsAs<double>(kLn2Hi), x);
  r = std::fma(-n, bitsAs<double>(kLn2Lo), r);
  const double r2 = r * r;
  const double p56 = std::fma(r, bitsAs<double>(kC[0]), bitsAs<double>(kC[1]));
  const double p34 = std::fma(r, bitsAs<double>(kC[2]), bitsAs<double>(kC[3]));
  const double p12 = std::fma(r, bitsAs<double>(kC[4]), bitsAs<double>(kC[5]));
  double p = std::fma(p56, r2, p34);
  p = std::fma(p, r2, p12);
  p = std::fma(p, r, bitsAs<double>(kTlr[j]));
  const double th = bitsAs<double>(kTh[j]);
  // vscalefpd by floor(n): |n| < 1021 here, so the scaled value stays normal and exact.
  const int64_t m = static_cast<int64_t>(std::floor(n));
  return std::fma(th, p, th) * bitsAs<double>(static_cast<uint64_t>(m + 1023) << 52);
}

// float64 log as numpy's wheels compute it on AVX512_SKX CPUs: Intel SVML's __svml_log8_ha.
// x = m 2^K (m in [1, 2)); D = the CPU's ~14-bit reciprocal of m rounded to 1/32; R = D m - 1
// (fused); log(x) = K ln2 + T(D) + log1p(R), with T(D) = -log(D) (2 D when D < 0.75, K + 1) as a
// high part Th (exact in K ln2_hi + Th) and a low part Tl, and log1p(R) = R + R^2 P(R), summed as
// SVML does. Zero, negative, infinite and NaN inputs go to SVML's scalar special-case routine,
// whose results (-inf, nan, inf, nan) glibc's log gives too.
namespace svml_log {
// Th and Tl by D's top 4 mantissa bits (SVML's data).
inline constexpr uint64_t kTh[16] = {
    0x0000000000000000ull, 0xbfaf0a30c0120000ull, 0xbfbe27076e2b0000ull, 0xbfc5ff3070a78000ull,
    0xbfcc8ff7c79a8000ull, 0xbfd1675cababc000ull, 0xbfd4618bc21c4000ull, 0xbfd739d7f6bbc000ull,
    0x3fd269621134c000ull, 0x3fcf991c6cb38000ull, 0x3fca93ed3c8b0000ull, 0x3fc5bf406b540000ull,
    0x3fc1178e82280000ull, 0x3fb9335e5d590000ull, 0x3fb08598b59e0000ull, 0x3fa0415d89e80000ull};
inline constexpr uint64_t kTl[16] = {
    0x0000000000000000ull, 0x3d53ab33d066d1d2ull, 0x3d2a342c2af0003cull, 0xbd43d3c873e20a07ull,
    0xbd4a21ac25d81ef3ull, 0x3d59f1fc63382a8full, 0xbd5ec27d0b7b37b3ull, 0xbd50069ce24c53fbull,
    0x3d5b92783beb7677ull, 0x3d59bcbecca0cdf3ull, 0xbd530e486a0ac42dull, 0x3d5ed8fdc149767eull,
    0xbd4b8421cc74be04ull, 0x3d52622b8757a8fbull, 0x3d4d034451fecdfbull, 0xbd577771fd187145ull};
// Polynomial coefficients for R^9 .. R^2 (SVML's data).
inline constexpr uint64_t kC[8] = {
    0x3fbc81cd309d7c70ull, 0xbfc007357e93af62ull, 0x3fc249229cee81efull, 0xbfc55553fb28db06ull,
    0x3fc9999999cc9f5cull, 0xbfd00000000c05bdull, 0x3fd5555555555466ull, 0xbfdfffffffffffc6ull};
inline constexpr uint64_t kLn2Hi = 0x3fe62e42fefa0000ull, kLn2Lo = 0x3d7cf79abc9e0000ull;
}  // namespace svml_log

double rcp14(double m);  // numpy_simd_math.cc: vrcp14sd, on CPUs with AVX-512 only

inline double npLogF64(double x) {
  using namespace svml_log;
  if (!(x > 0.0) || x == std::numeric_limits<double>::infinity()) return std::log(x);
  // getmant to [1, 2) and getexp, subnormals normalised.
  int e;
  double m;
  const uint64_t xb = bitsAs<uint64_t>(x);
  if (xb >= 0x0010000000000000ull) {
    e = static_cast<int>(xb >> 52) - 1022;
    m = bitsAs<double>((xb & 0x000fffffffffffffull) | 0x3ff0000000000000ull);
  } else {
    m = 2.0 * std::frexp(x, &e);
  }
  double k = static_cast<double>(e - 1);
  const double d = std::nearbyint(rcp14(m) * 32.0) / 32.0;  // vrndscalepd to 2^-5, nearest
  const double r = std::fma(d, m, -1.0);
  if (d < 0.75) k = k + 1.0;
  const auto c = [](int i) { return bitsAs<double>(kC[i]); };
  const double a = std::fma(r, c(2), c(3));
  double b = std::fma(r, c(0), c(1));
  const double r2 = r * r;
  double cc = std::fma(r, c(4), c(5));
  b = std::fma(r2, b, a);
  const double r4 = r2 * r2;
  const double dd = std::fma(r, c(6), c(7));
  const int idx = static_cast<int>((bitsAs<uint64_t>(d) >> 48) & 15);
  cc = std::fma(r2, cc, dd);
  const double h = std::fma(k, bitsAs<double>(kLn2Hi), bitsAs<double>(kTh[idx]));
  double p = std::fma(r4, b, cc);
  const double s = h + r;
  const double rh = s - h;
  const double rl = r - rh;
  p = std::fma(r2, p, rl);
  const double l = std::fma(bitsAs<double>(kLn2Lo), k, bitsAs<double>(kTl[idx]));
  return (p + l) + s;
}

// Array loops over the functions above, compiled for the CPU features numpy requires for them
// (numpy_simd_math.cc: with FMA the fused multiply-adds are single instructions). op: 0 exp,
// 1 log, 2 sin, 3 cos, 5 tanh (npUnary's numbering); false when (op, type) has no numpy version
// on this CPU (the caller runs libm).
bool numpyMathLoop(int op, const float* in, float* out, size_t n);
bool numpyMathLoop(int op, const double* in, double* out, size_t n);

}  // namespace tfts::numpy
