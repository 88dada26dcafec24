// BatchMatMulV2's small products in TF 2.21 with oneDNN off: TF runs each batch entry that is not
// worth parallelizing inside (at most 128 * 128 multiply-adds, or a dimension of 1) as Eigen's
// dense product `z.noalias() = x * y` of row-major maps (SequentialMatMulKernel), and Eigen sums
// its outputs in orders that depend on where they fall (TF's x86 build: AVX packets of 8 floats,
// multiplies and adds rounded separately, gebp_kernel with mr = 16, nr = 4):
//  - K + M + N < 20: a coefficient-based "lazy" product, each output summed in k order from its
//    first product; with B transposed (and not A) both are contiguous and Eigen's vectorized
//    redux sums them (eigenDotRedux).
//  - otherwise Eigen's GEMM on the transposed problem (C^T = op(B)^T op(A)^T): output columns are
//    its lhs rows, output rows its rhs columns. Blocked by computeProductBlockingSizes (k, then
//    output columns, then rows); each block's sums are added to C in order. In one gebp call the
//    lhs rows go in 16s, 8s and 4s, then one by one, and the rhs columns in 4s, then one by one:
//      * 16-row panels, and any single rhs column: one running sum in k order;
//      * 8- and 4-row panels by 4 columns: even k of the peeled part (k < depth / 8 * 8) in one
//        sum, odd k in another, added, then the rest of k in order;
//      * single rows by 4 columns (the "swapped" kernel): per 8 k, four pairs of sums (k mod 8 =
//        0/1, 2/3, 4/5, 6/7, even and odd apart) added as (s0 + s1) + (s2 + s3) for the even and
//        the odd k each, then the rest of the k pairs, then even + odd, then an odd last product.
// Matrix-vector products (M or N = 1, K + M + N >= 20) take Eigen's GEMV and dot instead
// (matmul.cc's eigenRowDot and eigenAxpy, eigenDotRedux here).
// Measured against TF on a Zen 3, every element: 128 random small batched shapes (K up to 4000:
// k blocks; N up to 4000: row blocks), 160 transposed ones, 672 batched and 644 MatMul
// matrix-vector shapes.
#include "eigen_matrix_product.h"

#include <algorithm>
#include <vector>

#include "eigen_contraction_plan.h"
#include "fp_contract.h"

#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__)
// An AVX2 clone where the CPU has it (8 lanes, multiplies and adds still separate), else SSE2.
#define TFTS_PRODUCT_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define TFTS_PRODUCT_CLONES
#endif

namespace tfts {
namespace {

enum class SumKind { Sequential, EvenOdd, Swapped };

// The paired kinds' outputs of one row are summed side by side in arrays of this many (one lane
// each, in the same per-output order as alone). They cover at most 12 columns per block.
constexpr int64_t kLanes = 64;

// Sequential sums of 32 and 8 columns at a time in vector registers (GCC vector types: the AVX2
// clone uses ymm registers, the default one pairs of xmm), the last 1-7 columns one by one. With
// the sums in an array instead, each k waited on the previous k's store: 5x slower.
typedef float Floats8 __attribute__((vector_size(32)));
typedef float Floats8Unaligned __attribute__((vector_size(32), aligned(4)));

TFTS_PRODUCT_CLONES TFTS_NO_FP_CONTRACT_ATTR void addSequentialSums(const float* a, const float* b, int64_t ldb,
                                                                   int64_t cols, int64_t depth, float* out) {
  TFTS_NO_FP_CONTRACT
#define TFTS_LOAD8(p) Floats8(*reinterpret_cast<const Floats8Unaligned*>(p))
#define TFTS_STORE8(p, v) (*reinterpret_cast<Floats8Unaligned*>(p) = (v))
  int64_t j = 0;
  for (; j + 32 <= cols; j += 32) {
    Floats8 s0 = {}, s1 = {}, s2 = {}, s3 = {};
    for (int64_t k = 0; k < depth; ++k) {
      const float* row = b + k * ldb + j;
      const Floats8 av = Floats8{} + a[k];
      s0 = s0 + av * TFTS_LOAD8(row);
      s1 = s1 + av * TFTS_LOAD8(row + 8);
      s2 = s2 + av * TFTS_LOAD8(row + 16);
      s3 = s3 + av * TFTS_LOAD8(row + 24);
    }
    TFTS_STORE8(out + j, TFTS_LOAD8(out + j) + s0);
    TFTS_STORE8(out + j + 8, TFTS_LOAD8(out + j + 8) + s1);
    TFTS_STORE8(out + j + 16, TFTS_LOAD8(out + j + 16) + s2);
    TFTS_STORE8(out + j + 24, TFTS_LOAD8(out + j + 24) + s3);
  }
  for (; j + 8 <= cols; j += 8) {
    Floats8 s0 = {};
    for (int64_t k = 0; k < depth; ++k) s0 = s0 + (Floats8{} + a[k]) * TFTS_LOAD8(b + k * ldb + j);
    TFTS_STORE8(out + j, TFTS_LOAD8(out + j) + s0);
  }
  for (; j < cols; ++j) {
    float s0 = 0.f;
    for (int64_t k = 0; k < depth; ++k) {
      const float p = a[k] * b[k * ldb + j];
      s0 = s0 + p;
    }
    out[j] = out[j] + s0;
  }
#undef TFTS_LOAD8
#undef TFTS_STORE8
}

// out[j] += the sum over k < depth of a[k] * b[k * ldb + j] (each product rounded) for j < cols,
// in `kind`'s order.
TFTS_PRODUCT_CLONES TFTS_NO_FP_CONTRACT_ATTR void addBlockSums(const float* a, const float* b, int64_t ldb,
                                                              int64_t cols, int64_t depth, SumKind kind, float* out) {
  TFTS_NO_FP_CONTRACT
  if (kind == SumKind::Sequential) {
    addSequentialSums(a, b, ldb, cols, depth, out);
    return;
  }
  for (int64_t j0 = 0; j0 < cols; j0 += kLanes) {
    const int64_t n = std::min(kLanes, cols - j0);
    const float* bj = b + j0;
    auto zero = [&](float* acc) { std::fill(acc, acc + n, 0.f); };
    auto add = [&](float* acc, int64_t k) {
      const float av = a[k];
      const float* row = bj + k * ldb;
      for (int64_t j = 0; j < n; ++j) {
        const float p = av * row[j];
        acc[j] = acc[j] + p;
      }
    };
    float s[kLanes];
    zero(s);
    if (kind == SumKind::EvenOdd) {
      const int64_t peeled = depth / 8 * 8;
      float odd[kLanes];
      zero(odd);
      for (int64_t k = 0; k < peeled; k += 2) {
        add(s, k);
        add(odd, k + 1);
      }
      for (int64_t j = 0; j < n; ++j) s[j] = s[j] + odd[j];
      for (int64_t k = peeled; k < depth; ++k) add(s, k);
    } else {
      const int64_t pairsEnd = depth / 2 * 2, octetsEnd = depth / 8 * 8;
      float even[4][kLanes], odd[4][kLanes];
      for (int q = 0; q < 4; ++q) zero(even[q]), zero(odd[q]);
      for (int64_t k0 = 0; k0 < octetsEnd; k0 += 8)
        for (int q = 0; q < 4; ++q) {
          add(even[q], k0 + 2 * q);
          add(odd[q], k0 + 2 * q + 1);
        }
      for (int64_t j = 0; j < n; ++j) {
        even[0][j] = (even[0][j] + even[1][j]) + (even[2][j] + even[3][j]);
        odd[0][j] = (odd[0][j] + odd[1][j]) + (odd[2][j] + odd[3][j]);
      }
      for (int64_t k = octetsEnd; k < pairsEnd; k += 2) {
        add(even[0], k);
        add(odd[0], k + 1);
      }
      for (int64_t j = 0; j < n; ++j) s[j] = even[0][j] + odd[0][j];
      if (pairsEnd < depth) add(s, depth - 1);
    }
    for (int64_t j = 0; j < n; ++j) out[j0 + j] = out[j0 + j] + s[j];
  }
}

// The lazy product (K + M + N < 20): each output a[i][0] * b[0][j] + a[i][1] * b[1][j] + ... in k
// order from the first product; a row's outputs side by side.
TFTS_PRODUCT_CLONES TFTS_NO_FP_CONTRACT_ATTR void lazyProduct(const float* __restrict a, const float* __restrict b,
                                                             int64_t M, int64_t N, int64_t K, float* __restrict out) {
  TFTS_NO_FP_CONTRACT
  constexpr int64_t kMostColumns = 20;
  for (int64_t i = 0; i < M; ++i) {
    const float* ai = a + i * K;
    float s[kMostColumns];
    for (int64_t j = 0; j < N; ++j) s[j] = ai[0] * b[j];
    for (int64_t k = 1; k < K; ++k)
      for (int64_t j = 0; j < N; ++j) {
        const float p = ai[k] * b[k * N + j];
        s[j] = s[j] + p;
      }
    for (int64_t j = 0; j < N; ++j) out[i * N + j] = s[j];
  }
}

TFTS_NO_FP_CONTRACT_ATTR float firstProductSum(const float* a, const float* b, int64_t depth) {
  TFTS_NO_FP_CONTRACT
  float s = a[0] * b[0];
  for (int64_t k = 1; k < depth; ++k) {
    const float v = a[k] * b[k];
    s = s + v;
  }
  return s;
}

}  // namespace

TFTS_NO_FP_CONTRACT_ATTR float eigenDotRedux(const float* a, const float* b, int64_t k) {
  TFTS_NO_FP_CONTRACT
  const int64_t packets = k / 8, whole = packets * 8, quads = k / 32 * 32;
  if (packets == 0) return firstProductSum(a, b, k);
  float r[4][8];
  for (int64_t q = 0; q < std::min<int64_t>(packets, 4); ++q)
    for (int l = 0; l < 8; ++l) r[q][l] = a[8 * q + l] * b[8 * q + l];
  auto accumulate = [&](int q, int64_t at) {
    for (int l = 0; l < 8; ++l) {
      const float p = a[at + l] * b[at + l];
      r[q][l] = p + r[q][l];
    }
  };
  if (packets >= 4) {
    for (int64_t at = 32; at < quads; at += 32)
      for (int q = 0; q < 4; ++q) accumulate(q, at + 8 * q);
    for (int64_t q = 0; quads + 8 * q < whole; ++q) accumulate(static_cast<int>(q), quads + 8 * q);
    for (int l = 0; l < 8; ++l) r[2][l] = r[2][l] + r[3][l];
  }
  if (packets >= 3)
    for (int l = 0; l < 8; ++l) r[1][l] = r[1][l] + r[2][l];
  if (packets >= 2)
    for (int l = 0; l < 8; ++l) r[0][l] = r[0][l] + r[1][l];
  float s = eigenPacketSum(r[0]);
  for (int64_t q = whole; q < k; ++q) {
    const float p = a[q] * b[q];
    s = p + s;
  }
  return s;
}

void eigenMatrixProductF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb) {
  if (M == 0 || N == 0) return;
  if (K == 0) {
    std::fill(C, C + M * N, 0.f);
    return;
  }
  if (K + M + N < 20 && tb && !ta) {  // both contiguous: the vectorized redux of each dot product
    for (int64_t i = 0; i < M; ++i)
      for (int64_t j = 0; j < N; ++j) C[i * N + j] = eigenDotRedux(A + i * K, B + j * K, K);
    return;
  }
  // op(A) as rows of K and op(B) as K rows of N (copied when transposed).
  std::vector<float> at, bt;
  const float* a = A;
  const float* b = B;
  if (ta) {
    at.resize(static_cast<size_t>(M * K));
    for (int64_t k = 0; k < K; ++k)
      for (int64_t i = 0; i < M; ++i) at[static_cast<size_t>(i * K + k)] = A[k * M + i];
    a = at.data();
  }
  if (tb) {
    bt.resize(static_cast<size_t>(K * N));
    for (int64_t j = 0; j < N; ++j)
      for (int64_t k = 0; k < K; ++k) bt[static_cast<size_t>(k * N + j)] = B[j * K + k];
    b = bt.data();
  }
  if (K + M + N < 20) {
    lazyProduct(a, b, M, N, K, C);
    return;
  }
  // Eigen's problem: lhs rows = our columns (N), rhs columns = our rows (M), depth K.
  const EigenProductBlocks bl = eigenProductBlocking(K, N, M);
  const int64_t mc = std::min(N, bl.mc), nc = std::min(M, bl.nc), kc = bl.kc;
  std::fill(C, C + M * N, 0.f);
  for (int64_t i2 = 0; i2 < N; i2 += mc) {
    const int64_t rowsHere = std::min(i2 + mc, N) - i2;
    const int64_t by16 = rowsHere / 16 * 16, by8 = by16 + (rowsHere - by16) / 8 * 8;
    const int64_t by4 = by8 + (rowsHere - by8) / 4 * 4;
    for (int64_t k2 = 0; k2 < K; k2 += kc) {
      const int64_t depth = std::min(k2 + kc, K) - k2;
      const float* bk = b + k2 * N + i2;
      for (int64_t j2 = 0; j2 < M; j2 += nc) {
        const int64_t colsHere = std::min(j2 + nc, M) - j2, in4s = colsHere / 4 * 4;
        for (int64_t c = 0; c < colsHere; ++c) {
          const float* ai = a + (j2 + c) * K + k2;
          float* ci = C + (j2 + c) * N + i2;
          if (c >= in4s) {  // a single rhs column: every lhs row sums in order
            addBlockSums(ai, bk, N, rowsHere, depth, SumKind::Sequential, ci);
            continue;
          }
          addBlockSums(ai, bk, N, by16, depth, SumKind::Sequential, ci);
          addBlockSums(ai, bk + by16, N, by4 - by16, depth, SumKind::EvenOdd, ci + by16);
          addBlockSums(ai, bk + by4, N, rowsHere - by4, depth, SumKind::Swapped, ci + by4);
        }
      }
    }
  }
}

}  // namespace tfts
