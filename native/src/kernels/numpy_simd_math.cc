// numpy_simd_math.h's array loops, vectorised: AVX2+FMA (8 floats / 4 doubles) for numpy's own
// float32 exp/log/sin/cos/tanh and float64 tanh, AVX-512 (8 doubles) for SVML's float64 exp/log,
// each compiled for the CPU features numpy's dispatcher requires before it uses the algorithm and
// only called on CPUs that have them (usesNumpySimd / usesSvmlExpLog). numpy's code is
// lane-independent SIMD, so every lane here performs the header's scalar steps, in the same order
// and with the same roundings (fused multiply-adds where the scalar has std::fma; ISO C++ mode: the
// compiler fuses nothing of its own), and gives the scalar function's bits. Lanes outside the
// vector code's simple case (NaN, infinities, overflow/underflow ranges, subnormals, huge sin/cos
// arguments) and the n mod W tail go to the scalar functions. SVML's log takes vrcp14's ~14-bit
// reciprocal from the CPU itself: vrcp14pd gives vrcp14sd's value in each lane.
// Other CPUs (and non-x86 builds) get `false`, and the caller runs libm.
#include "numpy_simd_math.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

namespace tfts::numpy {

namespace {

__attribute__((target("avx512f,avx2,fma"))) double rcp14Avx512(double m) {
  const __m128d v = _mm_set_sd(m);
  return _mm_cvtsd_f64(_mm_rcp14_sd(v, v));
}

}  // namespace

// Out-of-line vrcp14sd for the header's scalar npLogF64 (only reached on AVX-512 CPUs).
double rcp14(double m) { return rcp14Avx512(m); }

namespace {

// Lanes the vector code does not cover (NaN, infinities, range limits, subnormals: `mask` bit l
// set) are recomputed by the scalar function, from a copy of the input (out may alias in).
template <int W, typename T, typename F> inline void patchLanes(unsigned mask, const T* xs, T* ys, F f) {
  for (int l = 0; l < W; l++) if (mask >> l & 1u) ys[l] = f(xs[l]);
}

// An empty asm keeps a product a separately rounded value (GCC must not fuse it into an add).
#define TFTS_ROUNDED(v) asm("" : "+x"(v))

__attribute__((target("avx2,fma"))) inline __m256 expF32x8(__m256 x, unsigned& special) {
  const __m256 hi = _mm256_set1_ps(88.72283935546875f), lo = _mm256_set1_ps(-103.97208404541015625f);
  const __m256 inRange = _mm256_and_ps(_mm256_cmp_ps(x, hi, _CMP_LT_OQ), _mm256_cmp_ps(x, lo, _CMP_GT_OQ));
  const __m256 shift = _mm256_set1_ps(0x1.8p+23f);
  __m256 prod = _mm256_mul_ps(x, _mm256_set1_ps(1.442695040888963407359924681001892137f));
  TFTS_ROUNDED(prod);
  const __m256 k = _mm256_sub_ps(_mm256_add_ps(prod, shift), shift);
  __m256 r = _mm256_fmadd_ps(k, _mm256_set1_ps(-6.93145752e-1f), x);
  r = _mm256_fmadd_ps(k, _mm256_set1_ps(-1.42860677e-6f), r);
  r = _mm256_fmadd_ps(k, _mm256_setzero_ps(), r);
  __m256 p = _mm256_fmadd_ps(_mm256_set1_ps(5.082762527590693718096e-04f), r, _mm256_set1_ps(6.757896990527504603057e-03f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.114512081637298353406e-02f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(2.473615434895520810817e-01f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(7.257664613233124478488e-01f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(9.999999999980870924916e-01f));
  __m256 q = _mm256_fmadd_ps(_mm256_set1_ps(2.159509375685829852307e-02f), r, _mm256_set1_ps(-2.742335390411667452936e-01f));
  q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(1.0f));
  const __m256i ki = _mm256_cvttps_epi32(k);
  // -125 <= k <= 127: 2^k is a normal float; the rest (subnormal results) goes to ldexp.
  const __m256i kOk = _mm256_and_si256(_mm256_cmpgt_epi32(ki, _mm256_set1_epi32(-126)), _mm256_cmpgt_epi32(_mm256_set1_epi32(128), ki));
  const __m256 ok = _mm256_and_ps(inRange, _mm256_castsi256_ps(kOk));
  special = ~static_cast<unsigned>(_mm256_movemask_ps(ok)) & 0xffu;
  const __m256 scale = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(ki, _mm256_set1_epi32(127)), 23));
  return _mm256_mul_ps(_mm256_div_ps(p, q), scale);
}

__attribute__((target("avx2,fma"))) inline __m256 logF32x8(__m256 x, unsigned& special) {
  // Normal, finite, positive x only (zero, negatives, NaN, inf and subnormals: scalar).
  const __m256 ok = _mm256_and_ps(_mm256_cmp_ps(x, _mm256_set1_ps(0x1p-126f), _CMP_GE_OQ),
                                  _mm256_cmp_ps(x, _mm256_set1_ps(std::numeric_limits<float>::infinity()), _CMP_LT_OQ));
  special = ~static_cast<unsigned>(_mm256_movemask_ps(ok)) & 0xffu;
  const __m256i xb = _mm256_castps_si256(x);
  __m256 e = _mm256_cvtepi32_ps(_mm256_sub_epi32(_mm256_srli_epi32(xb, 23), _mm256_set1_epi32(126)));
  __m256 m = _mm256_castsi256_ps(_mm256_or_si256(_mm256_and_si256(xb, _mm256_set1_epi32(0x007fffff)), _mm256_set1_epi32(0x3f000000)));
  const __m256 small = _mm256_cmp_ps(m, _mm256_set1_ps(0.707106781186547524400844362104849039f), _CMP_LE_OQ);
  m = _mm256_blendv_ps(m, _mm256_add_ps(m, m), small);
  e = _mm256_blendv_ps(e, _mm256_sub_ps(e, _mm256_set1_ps(1.0f)), small);
  m = _mm256_sub_ps(m, _mm256_set1_ps(1.0f));
  __m256 p = _mm256_fmadd_ps(_mm256_set1_ps(2.589979117907922693523e-02f), m, _mm256_set1_ps(3.808837741388407920751e-01f));
  p = _mm256_fmadd_ps(p, m, _mm256_set1_ps(1.480000633576506585156e+00f));
  p = _mm256_fmadd_ps(p, m, _mm256_set1_ps(2.112677543073053063722e+00f));
  p = _mm256_fmadd_ps(p, m, _mm256_set1_ps(9.999999999999998702752e-01f));
  p = _mm256_fmadd_ps(p, m, _mm256_setzero_ps());
  __m256 q = _mm256_fmadd_ps(_mm256_set1_ps(5.875095403124574342950e-03f), m, _mm256_set1_ps(1.546476374983906719538e-01f));
  q = _mm256_fmadd_ps(q, m, _mm256_set1_ps(9.864942958519418960339e-01f));
  q = _mm256_fmadd_ps(q, m, _mm256_set1_ps(2.453006071784736363091e+00f));
  q = _mm256_fmadd_ps(q, m, _mm256_set1_ps(2.612677543073109236779e+00f));
  q = _mm256_fmadd_ps(q, m, _mm256_set1_ps(1.0f));
  return _mm256_fmadd_ps(e, _mm256_set1_ps(0.693147180559945309417232121458176568f), _mm256_div_ps(p, q));
}

template <bool COS> __attribute__((target("avx2,fma"))) inline __m256 sinCosF32x8(__m256 x, unsigned& special) {
  const __m256 ax = _mm256_and_ps(x, _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff)));
  const __m256 ok = _mm256_cmp_ps(ax, _mm256_set1_ps(COS ? 71476.0625f : 117435.992f), _CMP_LE_OQ);
  special = ~static_cast<unsigned>(_mm256_movemask_ps(ok)) & 0xffu;
  const __m256 shift = _mm256_set1_ps(0x1.8p+23f);
  const __m256 k = _mm256_sub_ps(_mm256_fmadd_ps(x, _mm256_set1_ps(0x1.45f306p-1f), shift), shift);
  __m256 r = _mm256_fmadd_ps(k, _mm256_set1_ps(-0x1.921fb0p+00f), x);
  r = _mm256_fmadd_ps(k, _mm256_set1_ps(-0x1.5110b4p-22f), r);
  r = _mm256_fmadd_ps(k, _mm256_set1_ps(-0x1.846988p-48f), r);
  const __m256 r2 = _mm256_mul_ps(r, r);
  __m256 c = _mm256_fmadd_ps(_mm256_set1_ps(0x1.98e616p-16f), r2, _mm256_set1_ps(-0x1.6c06dcp-10f));
  c = _mm256_fmadd_ps(c, r2, _mm256_set1_ps(0x1.55553cp-05f));
  c = _mm256_fmadd_ps(c, r2, _mm256_set1_ps(-0x1.000000p-01f));
  c = _mm256_fmadd_ps(c, r2, _mm256_set1_ps(0x1.000000p+00f));
  __m256 s = _mm256_fmadd_ps(_mm256_set1_ps(0x1.7d3bbcp-19f), r2, _mm256_set1_ps(-0x1.a06bbap-13f));
  s = _mm256_fmadd_ps(s, r2, _mm256_set1_ps(0x1.11119ap-07f));
  s = _mm256_fmadd_ps(s, r2, _mm256_set1_ps(-0x1.555556p-03f));
  s = _mm256_fmadd_ps(s, r2, _mm256_setzero_ps());
  s = _mm256_fmadd_ps(s, r, r);
  __m256i q = _mm256_cvttps_epi32(k);
  if (COS) q = _mm256_add_epi32(q, _mm256_set1_epi32(1));
  const __m256 odd = _mm256_castsi256_ps(_mm256_slli_epi32(q, 31));  // q & 1 in the sign bit
  const __m256 v = _mm256_blendv_ps(s, c, odd);
  const __m256 neg = _mm256_castsi256_ps(_mm256_slli_epi32(q, 30));  // q & 2 in the sign bit
  return _mm256_blendv_ps(v, _mm256_sub_ps(_mm256_setzero_ps(), v), neg);
}

// Table lookups by permutes, not vgather: gathers are microcoded and slow on CPUs with the
// Gather Data Sampling mitigation (slower here than the scalar loop).
// tab[i] for each lane's i in [0, 32): four 8-entry permutes, merged by i's bits 3 and 4.
__attribute__((target("avx2,fma"))) inline __m256 lookup32(const uint32_t* tab, __m256i i) {
  const float* f = reinterpret_cast<const float*>(tab);
  const __m256 a = _mm256_permutevar8x32_ps(_mm256_loadu_ps(f), i), b = _mm256_permutevar8x32_ps(_mm256_loadu_ps(f + 8), i);
  const __m256 c = _mm256_permutevar8x32_ps(_mm256_loadu_ps(f + 16), i), d = _mm256_permutevar8x32_ps(_mm256_loadu_ps(f + 24), i);
  const __m256 bit3 = _mm256_castsi256_ps(_mm256_slli_epi32(i, 28)), bit4 = _mm256_castsi256_ps(_mm256_slli_epi32(i, 27));
  return _mm256_blendv_ps(_mm256_blendv_ps(a, b, bit3), _mm256_blendv_ps(c, d, bit3), bit4);
}

__attribute__((target("avx2,fma"))) inline __m256d part(const float* q, __m256i j) {
  return _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_loadu_ps(q), j));
}

// tab[i] for each 64-bit lane's i in [0, 16): permutes of dword pairs, merged by i's bits 2 and 3.
__attribute__((target("avx2,fma"))) inline __m256d lookup16(const uint64_t* tab, __m256i i) {
  const float* f = reinterpret_cast<const float*>(tab);
  const __m256i lo = _mm256_slli_epi64(_mm256_and_si256(i, _mm256_set1_epi64x(3)), 1);
  const __m256i pair = _mm256_or_si256(lo, _mm256_slli_epi64(_mm256_add_epi64(lo, _mm256_set1_epi64x(1)), 32));
  const __m256d a = part(f, pair), b = part(f + 8, pair), c = part(f + 16, pair), d = part(f + 24, pair);
  const __m256d bit2 = _mm256_castsi256_pd(_mm256_slli_epi64(i, 61)), bit3 = _mm256_castsi256_pd(_mm256_slli_epi64(i, 60));
  return _mm256_blendv_pd(_mm256_blendv_pd(a, b, bit2), _mm256_blendv_pd(c, d, bit2), bit3);
}

__attribute__((target("avx2,fma"))) inline __m256 tanhF32x8(__m256 x, unsigned& special) {
  special = static_cast<unsigned>(_mm256_movemask_ps(_mm256_cmp_ps(x, x, _CMP_UNORD_Q)));
  const __m256i bits = _mm256_castps_si256(x);
  const __m256i top = _mm256_and_si256(bits, _mm256_set1_epi32(0x7fe00000));
  __m256i d = _mm256_sub_epi32(top, _mm256_set1_epi32(0x3d400000));
  d = _mm256_min_epi32(_mm256_max_epi32(d, _mm256_setzero_si256()), _mm256_set1_epi32(0x3e00000));
  const __m256i idx = _mm256_srli_epi32(d, 21);
  const auto& t = tanh_tables::kF32;
#define col(k) lookup32(t[k], idx)
  const __m256 signBit = _mm256_castsi256_ps(_mm256_set1_epi32(static_cast<int>(0x80000000u)));
  const __m256 y = _mm256_sub_ps(_mm256_andnot_ps(signBit, x), col(0));
  __m256 r = _mm256_fmadd_ps(col(7), y, col(6));
  for (int k = 5; k >= 1; k--) r = _mm256_fmadd_ps(r, y, col(k));
  const __m256i big = _mm256_cmpgt_epi32(top, _mm256_set1_epi32(0x7f000000));
  r = _mm256_blendv_ps(r, _mm256_set1_ps(1.0f), _mm256_castsi256_ps(big));
  return _mm256_or_ps(r, _mm256_and_ps(x, signBit));
#undef col
}

__attribute__((target("avx2,fma"))) inline __m256d tanhF64x4(__m256d x, unsigned& special) {
  special = static_cast<unsigned>(_mm256_movemask_pd(_mm256_cmp_pd(x, x, _CMP_UNORD_Q)));
  const __m256i bits = _mm256_castpd_si256(x);
  const __m256i top = _mm256_and_si256(bits, _mm256_set1_epi64x(0x7ff8000000000000ll));
  __m256i hi = _mm256_sub_epi64(_mm256_srli_epi64(top, 32), _mm256_set1_epi64x(0x3fc00000));
  hi = _mm256_blendv_epi8(hi, _mm256_setzero_si256(), _mm256_cmpgt_epi64(_mm256_setzero_si256(), hi));
  const __m256i most = _mm256_set1_epi64x(0x780000);
  hi = _mm256_blendv_epi8(hi, most, _mm256_cmpgt_epi64(hi, most));
  const __m256i idx = _mm256_srli_epi64(hi, 19);
  const auto& t = tanh_tables::kF64;
#define col(k) lookup16(t[k], idx)
  const __m256d signBit = _mm256_castsi256_pd(_mm256_set1_epi64x(static_cast<long long>(0x8000000000000000ull)));
  const __m256d y = _mm256_sub_pd(_mm256_andnot_pd(signBit, x), col(0));
  __m256d r = _mm256_fmadd_pd(col(17), y, col(16));
  for (int k = 15; k >= 1; k--) r = _mm256_fmadd_pd(r, y, col(k));
  const __m256i big = _mm256_cmpgt_epi64(top, _mm256_set1_epi64x(0x7fe0000000000000ll));
  r = _mm256_blendv_pd(r, _mm256_set1_pd(1.0), _mm256_castsi256_pd(big));
  return _mm256_or_pd(r, _mm256_and_pd(x, signBit));
#undef col
}

#define TFTS_AVX512 "avx512f,avx512dq,avx512vl,avx512bw,avx512cd,avx2,fma"

__attribute__((target(TFTS_AVX512))) inline __m512d splat(uint64_t bits) { return _mm512_set1_pd(bitsAs<double>(bits)); }

// tab[i] for each lane's index i in [0, 16).
__attribute__((target(TFTS_AVX512))) inline __m512d table16(const uint64_t* tab, __m512i i) {
  return _mm512_permutex2var_pd(_mm512_loadu_pd(reinterpret_cast<const double*>(tab)), i,
                                _mm512_loadu_pd(reinterpret_cast<const double*>(tab + 8)));
}

__attribute__((target(TFTS_AVX512))) inline __m512d expF64x8(__m512d x, unsigned& special) {
  using namespace svml_exp;
  const __m512d ax = _mm512_abs_pd(x);
  special = static_cast<unsigned>(~_mm512_cmp_pd_mask(ax, _mm512_set1_pd(kThreshold), _CMP_LT_OQ)) & 0xffu;
  const __m512d shifter = _mm512_set1_pd(bitsAs<double>(kShifter)), log2e = _mm512_set1_pd(bitsAs<double>(kLog2e));
  __m512d t = _mm512_fmadd_pd(x, log2e, shifter);
  const __mmask8 above = _mm512_cmp_pd_mask(_mm512_fmadd_pd(x, log2e, _mm512_sub_pd(shifter, t)), _mm512_setzero_pd(), _CMP_LT_OQ);
  t = _mm512_mask_sub_pd(t, above, t, _mm512_set1_pd(0.0625));
  const __m512d n = _mm512_sub_pd(t, shifter);
  const __m512i j = _mm512_and_si512(_mm512_castpd_si512(t), _mm512_set1_epi64(15));
  // fnmadd: -(n ln2) + x, the same value as the scalar's fma(-n, ln2, x) (signed zeros too).
  __m512d r = _mm512_fnmadd_pd(n, _mm512_set1_pd(bitsAs<double>(kLn2Hi)), x);
  r = _mm512_fnmadd_pd(n, _mm512_set1_pd(bitsAs<double>(kLn2Lo)), r);
  const __m512d r2 = _mm512_mul_pd(r, r);
  const __m512d p56 = _mm512_fmadd_pd(r, splat(kC[0]), splat(kC[1]));
  const __m512d p34 = _mm512_fmadd_pd(r, splat(kC[2]), splat(kC[3]));
  const __m512d p12 = _mm512_fmadd_pd(r, splat(kC[4]), splat(kC[5]));
  __m512d p = _mm512_fmadd_pd(p56, r2, p34);
  p = _mm512_fmadd_pd(p, r2, p12);
  p = _mm512_fmadd_pd(p, r, table16(kTlr, j));
  const __m512d th = table16(kTh, j);
  const __m512i m = _mm512_cvttpd_epi64(_mm512_roundscale_pd(n, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC));
  const __m512d scale = _mm512_castsi512_pd(_mm512_slli_epi64(_mm512_add_epi64(m, _mm512_set1_epi64(1023)), 52));
  return _mm512_mul_pd(_mm512_fmadd_pd(th, p, th), scale);
}

// tanhF64x4 with 8 lanes, where the CPU has AVX-512: one two-register permute per table column.
__attribute__((target(TFTS_AVX512))) inline __m512d tanhF64x8(__m512d x, unsigned& special) {
  special = static_cast<unsigned>(_mm512_cmp_pd_mask(x, x, _CMP_UNORD_Q));
  const __m512i bits = _mm512_castpd_si512(x);
  const __m512i top = _mm512_and_si512(bits, _mm512_set1_epi64(0x7ff8000000000000ll));
  __m512i hi = _mm512_sub_epi64(_mm512_srli_epi64(top, 32), _mm512_set1_epi64(0x3fc00000));
  hi = _mm512_min_epi64(_mm512_max_epi64(hi, _mm512_setzero_si512()), _mm512_set1_epi64(0x780000));
  const __m512i idx = _mm512_srli_epi64(hi, 19);
  const auto& t = tanh_tables::kF64;
  const __m512d signBit = _mm512_castsi512_pd(_mm512_set1_epi64(static_cast<long long>(0x8000000000000000ull)));
  const __m512d y = _mm512_sub_pd(_mm512_andnot_pd(signBit, x), table16(t[0], idx));
  __m512d r = _mm512_fmadd_pd(table16(t[17], idx), y, table16(t[16], idx));
  for (int k = 15; k >= 1; k--) r = _mm512_fmadd_pd(r, y, table16(t[k], idx));
  const __mmask8 big = _mm512_cmpgt_epi64_mask(top, _mm512_set1_epi64(0x7fe0000000000000ll));
  r = _mm512_mask_blend_pd(big, r, _mm512_set1_pd(1.0));
  return _mm512_or_pd(r, _mm512_and_pd(x, signBit));
}

// tanhF32x8 with 16 lanes, where the CPU has AVX-512: one two-register permute per table column.
__attribute__((target(TFTS_AVX512))) inline __m512 tanhF32x16(__m512 x, unsigned& special) {
  special = static_cast<unsigned>(_mm512_cmp_ps_mask(x, x, _CMP_UNORD_Q));
  const __m512i bits = _mm512_castps_si512(x);
  const __m512i top = _mm512_and_si512(bits, _mm512_set1_epi32(0x7fe00000));
  __m512i d = _mm512_sub_epi32(top, _mm512_set1_epi32(0x3d400000));
  d = _mm512_min_epi32(_mm512_max_epi32(d, _mm512_setzero_si512()), _mm512_set1_epi32(0x3e00000));
  const __m512i idx = _mm512_srli_epi32(d, 21);
  const auto& t = tanh_tables::kF32;
#define col(k) _mm512_permutex2var_ps(_mm512_loadu_ps(reinterpret_cast<const float*>(t[k])), idx, \
                                      _mm512_loadu_ps(reinterpret_cast<const float*>(t[k] + 16)))
  const __m512 signBit = _mm512_castsi512_ps(_mm512_set1_epi32(static_cast<int>(0x80000000u)));
  const __m512 y = _mm512_sub_ps(_mm512_andnot_ps(signBit, x), col(0));
  __m512 r = _mm512_fmadd_ps(col(7), y, col(6));
  for (int k = 5; k >= 1; k--) r = _mm512_fmadd_ps(r, y, col(k));
#undef col
  const __mmask16 big = _mm512_cmpgt_epi32_mask(top, _mm512_set1_epi32(0x7f000000));
  r = _mm512_mask_blend_ps(big, r, _mm512_set1_ps(1.0f));
  return _mm512_or_ps(r, _mm512_and_ps(x, signBit));
}

__attribute__((target(TFTS_AVX512))) inline __m512d logF64x8(__m512d x, unsigned& special) {
  using namespace svml_log;
  // Normal, finite, positive x only (the rest: scalar).
  const __mmask8 ok = _mm512_cmp_pd_mask(x, _mm512_set1_pd(0x1p-1022), _CMP_GE_OQ) &
                      _mm512_cmp_pd_mask(x, _mm512_set1_pd(std::numeric_limits<double>::infinity()), _CMP_LT_OQ);
  special = static_cast<unsigned>(~ok) & 0xffu;
  const __m512i xb = _mm512_castpd_si512(x);
  const __m512d m = _mm512_castsi512_pd(_mm512_or_si512(_mm512_and_si512(xb, _mm512_set1_epi64(0x000fffffffffffffll)),
                                                         _mm512_set1_epi64(0x3ff0000000000000ll)));
  __m512d k = _mm512_cvtepi64_pd(_mm512_sub_epi64(_mm512_srli_epi64(xb, 52), _mm512_set1_epi64(1023)));
  const __m512d d = _mm512_div_pd(
      _mm512_roundscale_pd(_mm512_mul_pd(_mm512_rcp14_pd(m), _mm512_set1_pd(32.0)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC),
      _mm512_set1_pd(32.0));
  const __m512d r = _mm512_fmadd_pd(d, m, _mm512_set1_pd(-1.0));
  k = _mm512_mask_add_pd(k, _mm512_cmp_pd_mask(d, _mm512_set1_pd(0.75), _CMP_LT_OQ), k, _mm512_set1_pd(1.0));
  const __m512d a = _mm512_fmadd_pd(r, splat(kC[2]), splat(kC[3]));
  __m512d b = _mm512_fmadd_pd(r, splat(kC[0]), splat(kC[1]));
  const __m512d r2 = _mm512_mul_pd(r, r);
  __m512d cc = _mm512_fmadd_pd(r, splat(kC[4]), splat(kC[5]));
  b = _mm512_fmadd_pd(r2, b, a);
  const __m512d r4 = _mm512_mul_pd(r2, r2);
  const __m512d dd = _mm512_fmadd_pd(r, splat(kC[6]), splat(kC[7]));
  const __m512i idx = _mm512_and_si512(_mm512_srli_epi64(_mm512_castpd_si512(d), 48), _mm512_set1_epi64(15));
  cc = _mm512_fmadd_pd(r2, cc, dd);
  const __m512d h = _mm512_fmadd_pd(k, _mm512_set1_pd(bitsAs<double>(kLn2Hi)), table16(kTh, idx));
  __m512d p = _mm512_fmadd_pd(r4, b, cc);
  const __m512d s = _mm512_add_pd(h, r);
  const __m512d rh = _mm512_sub_pd(s, h);
  const __m512d rl = _mm512_sub_pd(r, rh);
  p = _mm512_fmadd_pd(r2, p, rl);
  const __m512d l = _mm512_fmadd_pd(_mm512_set1_pd(bitsAs<double>(kLn2Lo)), k, table16(kTl, idx));
  return _mm512_add_pd(_mm512_add_pd(p, l), s);
}


// Vector loop NAME over W-lane vectors: VF(x, special) computes every lane and flags in `special`
// the lanes it does not cover, which the scalar SF recomputes; the tail (n mod W) is scalar too.
#define TFTS_VEC_LOOP(NAME, TARGET, T, VT, W, ALIGN, LOADU, STOREU, STORE, LOAD, VF, SF)  \
  __attribute__((target(TARGET))) void NAME(const T* in, T* out, size_t n) {            \
    size_t i = 0;                                                                       \
    for (; i + W <= n; i += W) {                                                        \
      const VT x = LOADU(in + i);                                                       \
      unsigned special;                                                                 \
      const VT y = VF(x, special);                                                      \
      if (special == 0) {                                                               \
        STOREU(out + i, y);                                                             \
        continue;                                                                       \
      }                                                                                 \
      alignas(ALIGN) T xs[W], ys[W];                                                    \
      STORE(xs, x);                                                                     \
      STORE(ys, y);                                                                     \
      patchLanes<W>(special, xs, ys, SF);                                               \
      STOREU(out + i, LOAD(ys));                                                        \
    }                                                                                   \
    for (; i < n; i++) out[i] = SF(in[i]);                                              \
  }

#define TFTS_LOOP_F32(NAME, VF, SF) \
  TFTS_VEC_LOOP(NAME, "avx2,fma", float, __m256, 8, 32, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_store_ps, _mm256_load_ps, VF, SF)
TFTS_LOOP_F32(expF32Loop, expF32x8, npExpF32)
TFTS_LOOP_F32(logF32Loop, logF32x8, npLogF32)
TFTS_LOOP_F32(sinF32Loop, sinCosF32x8<false>, npSinF32)
TFTS_LOOP_F32(cosF32Loop, sinCosF32x8<true>, npCosF32)
TFTS_LOOP_F32(tanhF32Loop, tanhF32x8, npTanhF32)
TFTS_VEC_LOOP(tanhF64Loop, "avx2,fma", double, __m256d, 4, 32, _mm256_loadu_pd, _mm256_storeu_pd, _mm256_store_pd,
              _mm256_load_pd, tanhF64x4, npTanhF64)
TFTS_VEC_LOOP(tanhF32Loop512, TFTS_AVX512, float, __m512, 16, 64, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_store_ps,
              _mm512_load_ps, tanhF32x16, npTanhF32)
TFTS_VEC_LOOP(tanhF64Loop512, TFTS_AVX512, double, __m512d, 8, 64, _mm512_loadu_pd, _mm512_storeu_pd, _mm512_store_pd,
              _mm512_load_pd, tanhF64x8, npTanhF64)
TFTS_VEC_LOOP(expF64Loop, TFTS_AVX512, double, __m512d, 8, 64, _mm512_loadu_pd, _mm512_storeu_pd, _mm512_store_pd,
              _mm512_load_pd, expF64x8, npExpF64)
TFTS_VEC_LOOP(logF64Loop, TFTS_AVX512, double, __m512d, 8, 64, _mm512_loadu_pd, _mm512_storeu_pd, _mm512_store_pd,
              _mm512_load_pd, logF64x8, npLogF64)

}  // namespace

bool numpyMathLoop(int op, const float* in, float* out, size_t n) {
  if (!usesNumpySimd()) return false;
  switch (op) {
    case 0: expF32Loop(in, out, n); return true;
    case 1: logF32Loop(in, out, n); return true;
    case 2: sinF32Loop(in, out, n); return true;
    case 3: cosF32Loop(in, out, n); return true;
    case 5:
      if (usesSvmlExpLog()) tanhF32Loop512(in, out, n);
      else tanhF32Loop(in, out, n);
      return true;
    default: return false;
  }
}

bool numpyMathLoop(int op, const double* in, double* out, size_t n) {
  if (op == 5 && usesNumpySimd()) {
    if (usesSvmlExpLog()) tanhF64Loop512(in, out, n);
    else tanhF64Loop(in, out, n);
    return true;
  }
  if ((op == 0 || op == 1) && usesSvmlExpLog()) {
    if (op == 0) expF64Loop(in, out, n);
    else logF64Loop(in, out, n);
    return true;
  }
  return false;
}

}  // namespace tfts::numpy

#else  // not x86: numpy uses these algorithms only on x86-64 CPUs with AVX2/AVX-512

namespace tfts::numpy {

double rcp14(double m) { return 1.0 / m; }  // never reached: usesSvmlExpLog() is false

bool numpyMathLoop(int, const float*, float*, size_t) { return false; }
bool numpyMathLoop(int, const double*, double*, size_t) { return false; }

}  // namespace tfts::numpy

#endif
