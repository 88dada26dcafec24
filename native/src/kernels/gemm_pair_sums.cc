#include "gemm_pair_sums.h"

#include <cmath>

#include "fp_contract.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TFTS_PAIR_X86 1
#endif

namespace tfts {

#ifdef TFTS_PAIR_X86
// Up to four vectors of 8 columns, two accumulators each: eight independent sums in flight (one
// vector alone is add-latency bound). fp-contract off: GCC would fuse the unfused kind's multiply
// and add (FMA is in the target).
__attribute__((target("avx2,fma"))) TFTS_NO_FP_CONTRACT_ATTR void pairSumsPacked(const float* ap, int64_t mr, int64_t r,
                                                                                 const float* bp, int64_t nr, int64_t kc,
                                                                                 bool fused, float* out) {
  TFTS_NO_FP_CONTRACT
  constexpr int kMostVectors = 4;
  const int vectors = static_cast<int>(nr / 8);
  __m256 acc0[kMostVectors], acc1[kMostVectors];
  for (int v = 0; v < kMostVectors; ++v) acc0[v] = acc1[v] = _mm256_setzero_ps();
  const int64_t pairsEnd = kc / 2 * 2;
  for (int64_t k = 0; k < pairsEnd; k += 2) {
    const __m256 a0 = _mm256_set1_ps(ap[k * mr + r]), a1 = _mm256_set1_ps(ap[(k + 1) * mr + r]);
    const float* b0 = bp + k * nr;
    const float* b1 = b0 + nr;
    for (int v = 0; v < vectors; ++v) {
      if (fused) {
        acc0[v] = _mm256_fmadd_ps(a0, _mm256_loadu_ps(b0 + 8 * v), acc0[v]);
        acc1[v] = _mm256_fmadd_ps(a1, _mm256_loadu_ps(b1 + 8 * v), acc1[v]);
      } else {
        acc0[v] = _mm256_add_ps(acc0[v], _mm256_mul_ps(a0, _mm256_loadu_ps(b0 + 8 * v)));
        acc1[v] = _mm256_add_ps(acc1[v], _mm256_mul_ps(a1, _mm256_loadu_ps(b1 + 8 * v)));
      }
    }
  }
  for (int v = 0; v < vectors; ++v) {
    __m256 sum = _mm256_add_ps(acc0[v], acc1[v]);
    if (pairsEnd < kc) {
      const __m256 a = _mm256_set1_ps(ap[pairsEnd * mr + r]), b = _mm256_loadu_ps(bp + pairsEnd * nr + 8 * v);
      sum = fused ? _mm256_fmadd_ps(a, b, sum) : _mm256_add_ps(sum, _mm256_mul_ps(a, b));
    }
    _mm256_storeu_ps(out + 8 * v, sum);
  }
}
#else
// Only x86 AVX2 machines replay these orders (eigenAvx2MatmulApplies); a scalar version keeps
// other builds complete and gives the same bits.
TFTS_NO_FP_CONTRACT_ATTR void pairSumsPacked(const float* ap, int64_t mr, int64_t r, const float* bp, int64_t nr,
                                             int64_t kc, bool fused, float* out) {
  TFTS_NO_FP_CONTRACT
  const int64_t pairsEnd = kc / 2 * 2;
  for (int64_t j = 0; j < nr; ++j) {
    float acc0 = 0.f, acc1 = 0.f;
    for (int64_t k = 0; k < pairsEnd; k += 2) {
      const float p0 = ap[k * mr + r], p1 = ap[(k + 1) * mr + r];
      const float q0 = bp[k * nr + j], q1 = bp[(k + 1) * nr + j];
      if (fused) acc0 = std::fma(p0, q0, acc0), acc1 = std::fma(p1, q1, acc1);
      else acc0 = acc0 + p0 * q0, acc1 = acc1 + p1 * q1;
    }
    float sum = acc0 + acc1;
    if (pairsEnd < kc) {
      const float p = ap[pairsEnd * mr + r], q = bp[pairsEnd * nr + j];
      sum = fused ? std::fma(p, q, sum) : sum + p * q;
    }
    out[j] = sum;
  }
}
#endif

}  // namespace tfts
