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
// gemm_f32.cc computes S (given the k blocks) and, where told which outputs they are, the P kinds
// (gemm_pair_sums.cc).
// Not reproduced: a 1-column block that Eigen's column blocking leaves (e.g. 49 = 48 + 1 columns;
// oneDNN sums it in an order not found yet).
#include "eigen_matmul_order.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "eigen_contraction_plan.h"
#include "gemm.h"

#if defined(__x86_64__) && defined(__GNUC__)
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
};

// C = the contraction over k in [k0, k0 + K) as `cut` cuts it, the P-kind outputs summed in pairs
// by the GEMM itself (their tiles take a slower path, so only products with such outputs pass
// them): the rows onednnRowKinds marks, and the last 1-8 columns of a 16-column tiling in the
// other rows.
void blockedProduct(const Operands& o, float* C, int64_t M, int64_t N, int64_t k0, const EigenCuts& cut) {
  const float* A = o.ta ? o.A + k0 * o.lda : o.A + k0;
  const float* B = o.tb ? o.B + k0 : o.B + k0 * o.ldb;
  const std::vector<uint8_t> kinds = onednnRowKinds(M, cut.rowsPerCall);
  const int64_t full16 = N / 16 * 16, leftCols = N - full16;
  const bool pairCols = leftCols >= 1 && leftCols <= 8;
  const bool pairRows = std::any_of(kinds.begin(), kinds.end(), [](uint8_t k) { return k != 0; });
  const GemmPairKinds pairs{kinds.data(), pairCols ? full16 : N};
  gemmF32Blocks(A, o.lda, o.ta, B, o.ldb, o.tb, C, M, N, cut.kLengths, pairRows || pairCols ? &pairs : nullptr);
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
