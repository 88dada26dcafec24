// TF's float32 MatMul order with oneDNN off on an AVX2 CPU, measured against TF 2.21 on a Zen 3
// (every element of ~1800 shapes from 2x2x2 to 2048^3; 139 of 140 random shapes match in full).
//
// eigen_contraction_plan.cc says how TF cuts the product: whole, in row/column shards, or in K
// slices whose sums are added at the end; the k blocks whose sums are added to C in order; the
// output rows per oneDNN call and how oneDNN regroups them. oneDNN's AVX2 kernel tiles each row
// chunk by 6 and the output by 16 columns and sums each output one of three ways:
//  - S: one fused multiply-add after another (full tiles; 4-5 leftover rows; 9-15 leftover
//    columns);
//  - P: two fused accumulators, even and odd k, added, then the odd last product fused on top
//    (1-8 leftover columns; 3 leftover rows);
//  - Pm: the same with separate multiplies and adds (1-2 leftover rows).
// S is what gemm_f32.cc's kernels compute (given the k blocks); the P kinds are redone here.
// Not reproduced: a 1-column block that Eigen's column blocking leaves (e.g. 49 = 48 + 1 columns;
// oneDNN sums it in an order not found yet).
#include "eigen_matmul_order.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "eigen_contraction_plan.h"
#include "fp_contract.h"
#include "gemm.h"
#include "../threads.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TFTS_EIGEN_X86 1
#endif

namespace tfts {
namespace {

constexpr int64_t kPacket = 8;  // floats per AVX packet

int64_t divUp(int64_t a, int64_t b) { return (a + b - 1) / b; }

struct Operands {
  const float* A;
  const float* B;
  int64_t lda, ldb;
  bool ta, tb;
  float a(int64_t i, int64_t k) const { return ta ? A[k * lda + i] : A[i * lda + k]; }
  float b(int64_t k, int64_t j) const { return tb ? B[j * ldb + k] : B[k * ldb + j]; }
};

// P-kind outputs: row i of op(A) times `cols` (at most 32) columns of op(B), whose row k starts
// at b + (k - k0) * bStride, over k in [k0, k0 + sum(lengths)). Per k block, products alternate
// between two accumulators (even and odd k), which are added, and an odd last product goes on
// top, fused or as a separate multiply and add; the blocks' sums are added in order. Four vectors
// of columns at a time keep eight independent sums in flight (one vector was add-latency bound).
constexpr int64_t kPairCols = 32;
#ifdef TFTS_EIGEN_X86
// fp-contract off: GCC would fuse the unfused kind's multiply and add (FMA is in the target).
__attribute__((target("avx2,fma"))) TFTS_NO_FP_CONTRACT_ATTR void pairSums(const Operands& o, int64_t i, const float* b,
                                                                           int64_t bStride, int64_t cols, int64_t k0,
                                                                           const std::vector<int64_t>& lengths, bool fused,
                                                                           float* out) {
  TFTS_NO_FP_CONTRACT
  constexpr int V = kPairCols / 8;
  alignas(32) int32_t laneOn[kPairCols];
  for (int c = 0; c < kPairCols; ++c) laneOn[c] = c < cols ? -1 : 0;
  __m256i mask[V];
  for (int v = 0; v < V; ++v) mask[v] = _mm256_load_si256(reinterpret_cast<const __m256i*>(laneOn + 8 * v));
  const int vectors = static_cast<int>((cols + 7) / 8);
  auto load = [&](int64_t k, int v) { return _mm256_maskload_ps(b + (k - k0) * bStride + 8 * v, mask[v]); };
  __m256 total[V];
  int64_t k = k0;
  for (size_t q = 0; q < lengths.size(); ++q) {
    const int64_t end = k + lengths[q], pairsEnd = k + lengths[q] / 2 * 2;
    __m256 acc0[V], acc1[V];
    for (int v = 0; v < V; ++v) acc0[v] = acc1[v] = _mm256_setzero_ps();
    for (; k < pairsEnd; k += 2) {
      const __m256 a0 = _mm256_set1_ps(o.a(i, k)), a1 = _mm256_set1_ps(o.a(i, k + 1));
      for (int v = 0; v < vectors; ++v) {
        const __m256 b0 = load(k, v), b1 = load(k + 1, v);
        if (fused) {
          acc0[v] = _mm256_fmadd_ps(a0, b0, acc0[v]);
          acc1[v] = _mm256_fmadd_ps(a1, b1, acc1[v]);
        } else {
          acc0[v] = _mm256_add_ps(acc0[v], _mm256_mul_ps(a0, b0));
          acc1[v] = _mm256_add_ps(acc1[v], _mm256_mul_ps(a1, b1));
        }
      }
    }
    for (int v = 0; v < vectors; ++v) {
      __m256 sum = _mm256_add_ps(acc0[v], acc1[v]);
      if (k < end) {
        const __m256 a0 = _mm256_set1_ps(o.a(i, k)), b0 = load(k, v);
        sum = fused ? _mm256_fmadd_ps(a0, b0, sum) : _mm256_add_ps(sum, _mm256_mul_ps(a0, b0));
      }
      total[v] = q == 0 ? sum : _mm256_add_ps(total[v], sum);
    }
    k = end;
  }
  for (int v = 0; v < vectors; ++v) _mm256_storeu_ps(out + 8 * v, total[v]);
}
#else
void pairSums(const Operands&, int64_t, const float*, int64_t, int64_t, int64_t, const std::vector<int64_t>&, bool,
              float* out) {
  std::fill(out, out + kPairCols, 0.f);  // unreachable: eigenAvx2MatmulApplies() is false off x86
}
#endif

// Redoes the P-kind outputs of C (M x N) as sums of the blocks in `cut` over k in [k0, ...):
// the rows onednnRowKinds marks, then the last 1-8 columns of a 16-column tiling in the other rows.
void redoPairKinds(const Operands& o, float* C, int64_t M, int64_t N, int64_t k0, const EigenCuts& cut) {
  const std::vector<uint8_t> kinds = onednnRowKinds(M, cut.rowsPerCall);
  const int64_t full16 = N / 16 * 16, leftCols = N - full16;
  const bool pairCols = leftCols >= 1 && leftCols <= 8;
  const bool pairRows = std::any_of(kinds.begin(), kinds.end(), [](uint8_t k) { return k != 0; });
  if (!pairRows && !pairCols) return;
  const std::vector<int64_t>& lengths = cut.kLengths;
  int64_t K = 0;
  for (int64_t len : lengths) K += len;
  // An untransposed B's rows are read in place; a transposed one's columns are gathered first.
  auto columns = [&](int64_t j0, int64_t cols, std::vector<float>& panel) -> std::pair<const float*, int64_t> {
    if (!o.tb) return {o.B + k0 * o.ldb + j0, o.ldb};
    panel.assign(static_cast<size_t>(K * kPairCols), 0.f);
    for (int64_t k = 0; k < K; ++k)
      for (int64_t c = 0; c < cols; ++c) panel[static_cast<size_t>(k * kPairCols + c)] = o.b(k0 + k, j0 + c);
    return {panel.data(), kPairCols};
  };
  // Both parts on the thread pool: at 512^3 the two leftover rows took 4% of the product alone.
  if (pairRows) {
    parallelFor(divUp(N, kPairCols), [&](int64_t chunk) {
      const int64_t j0 = chunk * kPairCols, cols = std::min(kPairCols, N - j0);
      std::vector<float> panel;
      const auto [b, stride] = columns(j0, cols, panel);
      float out[kPairCols];
      for (int64_t i = 0; i < M; ++i) {
        if (kinds[static_cast<size_t>(i)] == 0) continue;
        pairSums(o, i, b, stride, cols, k0, lengths, kinds[static_cast<size_t>(i)] == 1, out);
        std::copy(out, out + cols, C + i * N + j0);
      }
    });
  }
  if (!pairCols) return;
  std::vector<float> panel;
  const auto [b, stride] = columns(full16, leftCols, panel);
  parallelRange(M, 64, [&](int64_t i0, int64_t i1) {
    float out[kPairCols];
    for (int64_t i = i0; i < i1; ++i) {
      if (kinds[static_cast<size_t>(i)] != 0) continue;
      pairSums(o, i, b, stride, leftCols, k0, lengths, true, out);
      std::copy(out, out + leftCols, C + i * N + full16);
    }
  });
}

// C = the contraction over k in [k0, k0 + K) as `cut` cuts it.
void blockedProduct(const Operands& o, float* C, int64_t M, int64_t N, int64_t k0, const EigenCuts& cut) {
  const float* A = o.ta ? o.A + k0 * o.lda : o.A + k0;
  const float* B = o.tb ? o.B + k0 : o.B + k0 * o.ldb;
  gemmF32Blocks(A, o.lda, o.ta, B, o.ldb, o.tb, C, M, N, cut.kLengths);
  redoPairKinds(o, C, M, N, k0, cut);
}

}  // namespace

bool eigenAvx2MatmulApplies() {
#ifdef TFTS_EIGEN_X86
  static const bool applies = [] {
    __builtin_cpu_init();
    // On an AVX-512 CPU oneDNN's kernels differ; a pinned machine replays an AVX2 one (the S-kind
    // sums, sequential fused multiply-adds, are the same in every micro-kernel of gemm_f32.cc).
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
           (!__builtin_cpu_supports("avx512f") || eigenMachinePinned());
  }();
  return applies;
#else
  return false;
#endif
}

void eigenMatmulF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb) {
  const Operands o{A, B, ta ? M : K, tb ? K : N, ta, tb};
  const int64_t m = N, n = M;  // Eigen's column-major view of TF's row-major product
  const EigenPlan p = eigenContractionPlan(m, n, K);
  if (p.kind != EigenPlan::ShardedByK) {
    blockedProduct(o, C, M, N, 0, eigenCuts(K, m, n, p.threads, p.byCol));
    return;
  }
  // Each K slice is its own product, then the slices' sums are added: in ranges of four,
  // (s0 + s1) + (s2 + s3) by packets of 8 and s0 + ((s1 + s2) + s3) for the last M*N % 8 outputs,
  // the ranges into the first one after (Eigen's addAllToBuffer/addToBuffer; with two CPUs only
  // two slices occur, which is what was measured).
  const int64_t slices = p.threads, total = M * N;
  std::vector<std::vector<float>> partial(static_cast<size_t>(slices - 1), std::vector<float>(static_cast<size_t>(total)));
  auto slice = [&](int64_t s) { return s == 0 ? C : partial[static_cast<size_t>(s - 1)].data(); };
  for (int64_t s = 0; s < slices; ++s) {
    const int64_t k0 = s * p.sliceSize, len = std::min(p.sliceSize, K - k0);
    blockedProduct(o, slice(s), M, N, k0, eigenCuts(len, m, n, slices, p.byCol));
  }
  const int64_t packed = total / kPacket * kPacket;
  auto addAll = [&](float* d, const float* s0, const float* s1, const float* s2) {
    for (int64_t e = 0; e < packed; ++e) d[e] = (d[e] + s0[e]) + (s1[e] + s2[e]);
    for (int64_t e = packed; e < total; ++e) d[e] = d[e] + ((s0[e] + s1[e]) + s2[e]);
  };
  auto add = [&](float* d, const float* s0) {
    for (int64_t e = 0; e < total; ++e) d[e] = s0[e] + d[e];
  };
  const int64_t ranges = divUp(slices, 4);
  for (int64_t r = 0; r < ranges; ++r) {
    float* d = slice(r * 4);
    const int64_t inRange = std::min<int64_t>(4, slices - r * 4);
    if (inRange == 4) addAll(d, slice(r * 4 + 1), slice(r * 4 + 2), slice(r * 4 + 3));
    else
      for (int64_t q = 1; q < inRange; ++q) add(d, slice(r * 4 + q));
  }
  int64_t r = 1;
  for (; r + 2 < ranges; r += 3) addAll(C, slice(r * 4), slice((r + 1) * 4), slice((r + 2) * 4));
  for (; r < ranges; ++r) add(C, slice(r * 4));
}

}  // namespace tfts
