// matmul(dtype, a, aShape, b, bShape, transposeA, transposeB) with numpy
// batch broadcasting. CPU GEMM: B is packed into 16-column panels per
// 256-deep k block; a 4x16 register tile accumulates over k (each output
// element is summed in k order). The tile loop is compiled twice (SSE2
// baseline + AVX2) and picked at load time; both give identical results
// because no FMA contraction is enabled and per-element order is the same.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "../args.h"
#include "../broadcast_iter.h"
#include "../threads.h"
#include "fp_contract.h"
#include "eigen_matmul_order.h"
#include "eigen_matrix_product.h"
#include "gemm.h"
#include "kernels.h"

#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__)
#define TFTS_MULTIVERSION __attribute__((target_clones("avx2", "default")))
// std::fma as one instruction where the CPU has it (the default clone calls libm's exact fmaf).
#define TFTS_MULTIVERSION_FMA __attribute__((target_clones("fma", "default")))
#else
#define TFTS_MULTIVERSION
#define TFTS_MULTIVERSION_FMA
#endif

namespace tfts {
namespace {

constexpr int64_t MR = 4, NR = 16, KC = 256, NC = 256;

// C[mr x nr] += A[mr x kc] (row stride lda) * Bp (kc x NR packed panel).
template <typename T>
inline __attribute__((always_inline)) void microTile(const T* A, int64_t lda, const T* Bp, T* C, int64_t ldc,
                                                     int64_t kc, int64_t mr, int64_t nr) {
  T acc[MR][NR] = {};
  const T* a[MR];
  for (int64_t r = 0; r < MR; ++r) a[r] = A + std::min(r, mr - 1) * lda;  // clamp: rows past M are not stored
  for (int64_t k = 0; k < kc; ++k) {
    const T* b = Bp + k * NR;
    for (int64_t r = 0; r < MR; ++r) {
      const T av = a[r][k];
      for (int64_t j = 0; j < NR; ++j) acc[r][j] += av * b[j];
    }
  }
  for (int64_t r = 0; r < mr; ++r)
    for (int64_t j = 0; j < nr; ++j) C[r * ldc + j] += acc[r][j];
}

// One k block: C[M x N] += A[:, k0:k0+kc] * packed B rows k0..k0+kc.
template <typename T>
inline __attribute__((always_inline)) void blockLoop(const T* A, int64_t lda, const T* packed, T* C, int64_t M,
                                                     int64_t N, int64_t kc) {
  for (int64_t j0 = 0; j0 < N; j0 += NC) {
    const int64_t jend = std::min(N, j0 + NC);
    for (int64_t i = 0; i < M; i += MR) {
      const int64_t mr = std::min(MR, M - i);
      for (int64_t j = j0; j < jend; j += NR) {
        microTile<T>(A + i * lda, lda, packed + (j / NR) * kc * NR, C + i * N + j, N, kc, mr,
                     std::min(NR, N - j));
      }
    }
  }
}

TFTS_MULTIVERSION void blockF32(const float* A, int64_t lda, const float* p, float* C, int64_t M, int64_t N, int64_t kc) {
  blockLoop<float>(A, lda, p, C, M, N, kc);
}
TFTS_MULTIVERSION void blockF64(const double* A, int64_t lda, const double* p, double* C, int64_t M, int64_t N, int64_t kc) {
  blockLoop<double>(A, lda, p, C, M, N, kc);
}
template <typename T> void block(const T* A, int64_t lda, const T* p, T* C, int64_t M, int64_t N, int64_t kc) {
  if constexpr (std::is_same_v<T, float>) blockF32(A, lda, p, C, M, N, kc);
  else if constexpr (std::is_same_v<T, double>) blockF64(A, lda, p, C, M, N, kc);
  else blockLoop<T>(A, lda, p, C, M, N, kc);
}

// Dot product with independent partial sums (vectorisable, more accurate).
template <typename T> T dot(const T* a, const T* b, int64_t n) {
  constexpr int L = 16;
  T acc[L] = {};
  int64_t i = 0;
  for (; i + L <= n; i += L)
    for (int j = 0; j < L; ++j) acc[j] += a[i + j] * b[i + j];
  T s = 0;
  for (; i < n; ++i) s += a[i] * b[i];
  for (int w = L / 2; w > 0; w /= 2)
    for (int j = 0; j < w; ++j) acc[j] += acc[j + w];
  return acc[0] + s;
}

// TF's float32 MatMul of a vector whose dot products run along contiguous memory ([M,K] @ [K,1],
// and [1,K] @ [N,K]^T; rank 2 only: BatchMatMul sums in k order like the GEMM) sums each dot's
// K <= 7 products (rounded, no FMA) as ((p0+p1) + (p2+p3)) + (p4+p5) + p6, dropping the parts K
// does not reach (measured against TF 2.21 on random data). Longer dots accumulate in an order not
// reproduced here: they take the GEMM like every other product.
constexpr int64_t kShortDotMax = 7;
inline float shortDot(const float* a, const float* b, int64_t k) {
  float p[kShortDotMax];
  for (int64_t i = 0; i < k; ++i) p[i] = 0.f + a[i] * b[i];  // lanes start at +0: a -0 product sums to +0
  if (k == 1) return p[0];
  if (k < 4) return k == 2 ? p[0] + p[1] : (p[0] + p[1]) + p[2];
  float s = (p[0] + p[1]) + (p[2] + p[3]);
  if (k >= 6) s += p[4] + p[5];
  if (k % 2 == 1) s += p[k - 1];
  return s;
}

// TF's float32 MatMul A @ B^T (rank 2) with 2..15 rows in A computes every element as a dot product
// in 16 lanes: lane k % 16 accumulates its products by fused multiply-add, then the lanes fold in
// halves (l[i] + l[i+8], then + l[i+4]) and the last four as (l0 + l2) + (l1 + l3) (measured against
// TF 2.21; 16 rows and more take the GEMM, as ours do). Dense layers' input gradient dy @ W^T is
// this product for batches under 16.
constexpr int64_t kLaneDotRowsMax = 16;
TFTS_MULTIVERSION_FMA float laneDot16(const float* a, const float* b, int64_t k) {
  float lane[16] = {};
  for (int64_t q = 0; q < k; ++q) lane[q % 16] = std::fma(a[q], b[q], lane[q % 16]);
  for (int width = 8; width >= 4; width /= 2)
    for (int i = 0; i < width; ++i) lane[i] += lane[i + width];
  return (lane[0] + lane[2]) + (lane[1] + lane[3]);
}

// Where TF runs Eigen's kernels instead of oneDNN's (onednn.ts; matmul's `eigen` argument), its float32
// MatMul of a matrix by a vector is Eigen's general_matrix_vector_product (AVX, no FMA):
//  - a dot along contiguous memory ([M,K] @ [K,1], [1,K] @ [N,K]^T): 8 lanes, lane k % 8
//    accumulating its products (multiply, then add), folded as ((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7)),
//    then the K % 8 tail products added one by one. Rows go in groups of 8, 4 and 2; an odd last
//    row (`lastOddRow`) also takes a half packet: 4 more products, folded (h0+h2)+(h1+h3) and
//    added before the rest of the tail;
//  - an axpy over the rows of a [K, stride] operand ([K,M]^T @ [K,1], [1,K] @ [K,N]): each output a
//    running sum in k order, in blocks of 16 k (4 when a row is 32000 bytes or more; one block
//    below K = 128), each block summed from zero and added to the output.
// Measured against TF 2.21 with oneDNN off on a Zen 3 (MatMul, and BatchMatMulV2's small batches).
TFTS_NO_FP_CONTRACT_ATTR float eigenRowDot(const float* a, const float* b, int64_t k, bool lastOddRow) {
  TFTS_NO_FP_CONTRACT
  float lane[8] = {};
  const int64_t whole = k / 8 * 8;
  for (int64_t q = 0; q < whole; ++q) {
    const float p = a[q] * b[q];
    lane[q % 8] = lane[q % 8] + p;
  }
  float s = eigenPacketSum(lane);
  int64_t q = whole;
  if (lastOddRow && k - whole >= 4) {
    float h[4];
    for (int i = 0; i < 4; ++i) h[i] = a[whole + i] * b[whole + i];
    s = s + ((h[0] + h[2]) + (h[1] + h[3]));
    q += 4;
  }
  for (; q < k; ++q) {
    const float p = a[q] * b[q];
    s = s + p;
  }
  return s;
}

// out[r] = sum_k rows[k * stride + r] * v[k] for r < count.
TFTS_NO_FP_CONTRACT_ATTR void eigenAxpy(const float* rows, int64_t stride, const float* v, int64_t k, int64_t count, float* out) {
  TFTS_NO_FP_CONTRACT
  const int64_t block = k < 128 ? k : (stride * int64_t(sizeof(float)) < 32000 ? 16 : 4);
  std::vector<float> part(static_cast<size_t>(count));
  for (int64_t k0 = 0; k0 < k; k0 += block) {
    std::fill(part.begin(), part.end(), 0.f);
    for (int64_t q = k0; q < std::min(k, k0 + block); ++q) {
      const float* row = rows + q * stride;
      for (int64_t r = 0; r < count; ++r) {
        const float p = row[r] * v[q];
        part[r] = part[r] + p;
      }
    }
    for (int64_t r = 0; r < count; ++r) out[r] = k0 == 0 ? part[r] : out[r] + part[r];
  }
}

TFTS_NO_FP_CONTRACT_ATTR float eigenSequentialDot(const float* a, const float* b, int64_t k) {
  TFTS_NO_FP_CONTRACT
  float s = 0.f;
  for (int64_t q = 0; q < k; ++q) {
    const float p = a[q] * b[q];
    s = s + p;
  }
  return s;
}

inline float fmaDot(const float* a, const float* b, int64_t k) {
  float acc = 0.f;
  for (int64_t q = 0; q < k; ++q) acc = std::fma(a[q], b[q], acc);
  return acc;
}

// C (zero-filled, M x N) = op(A) * op(B) for one batch entry.
template <typename T>
void gemm(const T* A, const T* B, T* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb, bool plain2d, bool eigen,
          bool eigenContraction, bool eigenProduct, std::vector<T>& scratch) {
  if (M == 0 || N == 0 || K == 0) return;
  if constexpr (std::is_same_v<T, float>) {
    // Eigen's dense matrix product: BatchMatMulV2's small batches, and MatMul's matrix-vector
    // products (their small ones take its coefficient-based path too; the others are below).
    const bool vector2d = plain2d && eigen && (M == 1 || N == 1);
    if ((eigenProduct || vector2d) && eigenMatrixProductModels(M, N, K)) {
      eigenMatrixProductF32(A, B, C, M, N, K, ta, tb);
      return;
    }
  }
  // Degenerate shapes where both operands are contiguous vectors whatever the
  // transpose flags: [1,K]x[K,1] (dot) and [M,1]x[1,N] (outer product).
  if (M == 1 && N == 1) {
    if constexpr (std::is_same_v<T, float>) {
      // TF's float32 [1,K] @ [K,1]: one fused multiply-add after another (oneDNN), or one multiply
      // then one add after another (Eigen, measured up to K = 1e6).
      // Eigen's product (MatMul's, and BatchMatMulV2's small ones) of two contiguous vectors: its
      // dot (eigenDotRedux).
      const bool eigenVectors = eigenProduct || (plain2d && eigen);
      if (eigenVectors && tb && !ta) C[0] = eigenDotRedux(A, B, K);
      else C[0] = eigenVectors ? eigenSequentialDot(A, B, K) : fmaDot(A, B, K);
    } else {
      C[0] = dot(A, B, K);
    }
    return;
  }
  if (K == 1) {
    for (int64_t i = 0; i < M; ++i)
      for (int64_t j = 0; j < N; ++j) C[i * N + j] = T(0) + A[i] * B[j];  // 0 + x: -0 becomes +0 like a summed GEMM
    return;
  }
  if constexpr (std::is_same_v<T, float>) {
    if ((eigenProduct || (plain2d && eigen)) && (M == 1 || N == 1)) {  // a vector operand is contiguous either way
      if (N == 1 && !ta) for (int64_t i = 0; i < M; ++i) C[i] = eigenRowDot(A + i * K, B, K, M % 2 == 1 && i == M - 1);
      else if (N == 1) eigenAxpy(A, M, B, K, M, C);
      else if (tb) for (int64_t j = 0; j < N; ++j) C[j] = eigenRowDot(A, B + j * K, K, N % 2 == 1 && j == N - 1);
      else eigenAxpy(B, N, A, K, N, C);
      return;
    }
    if (eigenContraction && eigenAvx2MatmulApplies()) {  // TF's Eigen contraction on an AVX2 CPU
      eigenMatmulF32(A, B, C, M, N, K, ta, tb);
      return;
    }
    if (plain2d && K <= kShortDotMax) {  // MatMul (not BatchMatMul) of a vector, few features
      if (N == 1 && !ta) {  // each row of A (contiguous) with the column
        for (int64_t i = 0; i < M; ++i) C[i] = shortDot(A + i * K, B, K);
        return;
      }
      if (M == 1 && tb) {  // the row with each row of B (contiguous: B is transposed)
        for (int64_t j = 0; j < N; ++j) C[j] = shortDot(A, B + j * K, K);
        return;
      }
    }
    if (plain2d && tb && !ta && M > 1 && M < kLaneDotRowsMax) {  // few rows by a transposed matrix
      for (int64_t i = 0; i < M; ++i)
        for (int64_t j = 0; j < N; ++j) C[i * N + j] = laneDot16(A + i * K, B + j * K, K);
      return;
    }
    // packed SIMD GEMM (gemm_f32.cc) reads op(A), op(B) while packing
    gemmF32(A, B, C, M, N, K, ta, tb);
    return;
  }
  // Materialise op(A) row-major when transposed (O(MK), small next to O(MNK)).
  const T* a = A;
  std::vector<T> at;
  if (ta) {
    at.resize(static_cast<size_t>(M * K));
    for (int64_t k = 0; k < K; ++k)
      for (int64_t i = 0; i < M; ++i) at[i * K + k] = A[k * M + i];
    a = at.data();
  }
  if (N == 1) {  // matrix-vector: B is a contiguous K-vector either way
    for (int64_t i = 0; i < M; ++i) C[i] = dot(a + i * K, B, K);
    return;
  }
  const int64_t panels = (N + NR - 1) / NR;
  scratch.assign(static_cast<size_t>(panels * NR * std::min(K, KC)), T(0));
  for (int64_t k0 = 0; k0 < K; k0 += KC) {
    const int64_t kc = std::min(KC, K - k0);
    // Pack B[k0:k0+kc, :] into panels of NR columns (zero padded).
    for (int64_t p = 0; p < panels; ++p) {
      T* dst = scratch.data() + p * kc * NR;
      const int64_t j0 = p * NR, nr = std::min(NR, N - j0);
      for (int64_t k = 0; k < kc; ++k) {
        for (int64_t j = 0; j < nr; ++j)
          dst[k * NR + j] = tb ? B[(j0 + j) * K + (k0 + k)] : B[(k0 + k) * N + (j0 + j)];
        for (int64_t j = nr; j < NR; ++j) dst[k * NR + j] = T(0);
      }
    }
    block<T>(a + k0, K, scratch.data(), C, M, N, kc);
  }
}

}  // namespace

Napi::Value Matmul(const Napi::CallbackInfo& info) {
  Args args(info, "matmul", 7);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape as = args.shape(2, "aShape"), bs = args.shape(4, "bShape");
  const bool ta = args.boolean(5, "transposeA"), tb = args.boolean(6, "transposeB");
  if (as.size() < 2 || bs.size() < 2) {
    throwRange(env, "matmul: operands must have rank >= 2, got " + shapeStr(as) + " and " + shapeStr(bs));
  }
  const size_t ra = as.size(), rb = bs.size();
  const int64_t M = ta ? as[ra - 1] : as[ra - 2], K = ta ? as[ra - 2] : as[ra - 1];
  const int64_t K2 = tb ? bs[rb - 1] : bs[rb - 2], N = tb ? bs[rb - 2] : bs[rb - 1];
  if (K != K2) {
    throwRange(env, "matmul: inner dimensions do not match: " + shapeStr(as) + (ta ? "^T" : "") + " x " +
                        shapeStr(bs) + (tb ? "^T" : ""));
  }
  const int64_t na = numElements(env, as, "matmul: aShape"), nb = numElements(env, bs, "matmul: bShape");
  Storage* sa = args.storageFor(1, "a", d, na);
  Storage* sb = args.storageFor(3, "b", d, nb);
  const Shape abatch(as.begin(), as.end() - 2), bbatch(bs.begin(), bs.end() - 2);
  Shape outShape = broadcastShapes(env, abatch, bbatch, "matmul");
  const int64_t nBatch = numElements(env, outShape, "matmul: batch");
  outShape.push_back(M);
  outShape.push_back(N);
  const int64_t nOut = numElements(env, outShape, "matmul: output");
  if (!(d == DType::Float32 || d == DType::Float64 || d == DType::Int32 || d == DType::Int64 ||
        d == DType::Float16 || d == DType::BFloat16)) {
    throwRange(env, std::string("matmul: unsupported dtype ") + dtypeName(d));
  }
  // The float32 GEMM stores every output element when K > 0; the other paths accumulate into C.
  const bool overwritesAll = d == DType::Float32 && K > 0;
  if (d == DType::Float32) gemmF32Announce(M, N, K);
  // Populated: the GEMM writes C in scattered tiles, where page-by-page faults cost the most.
  Napi::Object out = Storage::Create(env, byteSize(env, nOut, d), !overwritesAll, /*populate=*/true);
  uint8_t* o = Storage::Unwrap(out)->data();

  // Batch offsets (in matrices) for each output batch entry.
  const Shape batchOnly(outShape.begin(), outShape.end() - 2);
  std::vector<int64_t> aIdx, bIdx;
  aIdx.reserve(nBatch);
  bIdx.reserve(nBatch);
  const std::array<Shape, 2> st = {broadcastStrides(abatch, batchOnly), broadcastStrides(bbatch, batchOnly)};
  forEachRow<2>(batchOnly, st, [&](const std::array<int64_t, 2>& off, const std::array<int64_t, 2>& in, int64_t len) {
    for (int64_t i = 0; i < len; ++i) {
      aIdx.push_back(off[0] + i * in[0]);
      bIdx.push_back(off[1] + i * in[1]);
    }
  });

  // Rank-2 operands are TF's MatMul op, higher ranks its BatchMatMulV2, whose kernels differ.
  const bool plain2d = as.size() == 2 && bs.size() == 2;
  // Optional 8th argument: TF runs Eigen's kernels, not oneDNN's (float32 matrix-vector products
  // in Eigen's orders, and the contractions below).
  const bool eigen = info.Length() > 7 && info[7].ToBoolean().Value();
  // float32 products that TF computes as an Eigen tensor contraction (its thread-pool device, the
  // custom oneDNN kernel): MatMul's, and BatchMatMulV2's when it parallelizes inside each product
  // (a single product, or one over 128 * 128 multiply-adds with every dimension over 1); smaller
  // batched ones run Eigen's matrix product (eigen_matrix_product.h).
  const bool eigenContraction = eigen && d == DType::Float32 &&
                                (plain2d || (std::min({M, K, N}) > 1 && (nBatch == 1 || M * K * N > 128 * 128)));
  // BatchMatMulV2's other float32 products: Eigen's dense matrix product for each entry.
  const bool eigenProduct = eigen && d == DType::Float32 && !plain2d && !eigenContraction;
  auto runTyped = [&](auto tag, const void* A, const void* B, void* C) {
    using T = typename decltype(tag)::type;
    if (eigenProduct) {  // TF shards these over the batch as well; each entry is single-threaded
      parallelRange(nBatch, std::max<int64_t>(1, 32768 / std::max<int64_t>(1, M * N * K)), [&](int64_t b0, int64_t b1) {
        std::vector<T> scratch;
        for (int64_t bi = b0; bi < b1; ++bi)
          gemm<T>(static_cast<const T*>(A) + aIdx[bi] * M * K, static_cast<const T*>(B) + bIdx[bi] * K * N,
                  static_cast<T*>(C) + bi * M * N, M, N, K, ta, tb, plain2d, eigen, eigenContraction, eigenProduct, scratch);
      });
      return;
    }
    std::vector<T> scratch;
    for (int64_t bi = 0; bi < nBatch; ++bi) {
      gemm<T>(static_cast<const T*>(A) + aIdx[bi] * M * K, static_cast<const T*>(B) + bIdx[bi] * K * N,
              static_cast<T*>(C) + bi * M * N, M, N, K, ta, tb, plain2d, eigen, eigenContraction, eigenProduct, scratch);
    }
  };
  switch (d) {
    case DType::Float32: runTyped(Tag<float>{}, sa->data(), sb->data(), o); break;
    case DType::Float64: runTyped(Tag<double>{}, sa->data(), sb->data(), o); break;
    case DType::Int32: runTyped(Tag<int32_t>{}, sa->data(), sb->data(), o); break;
    case DType::Int64: runTyped(Tag<int64_t>{}, sa->data(), sb->data(), o); break;
    default: {
      // float16/bfloat16: widen to float, multiply, round each output once.
      std::vector<float> fa(na), fb(nb), fc(nOut, 0.0f);
      dispatchDType(d, [&](auto tag) {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, f16> || std::is_same_v<T, bf16>) {
          const T* pa = reinterpret_cast<const T*>(sa->data());
          const T* pb = reinterpret_cast<const T*>(sb->data());
          for (int64_t i = 0; i < na; ++i) fa[i] = load(pa[i]);
          for (int64_t i = 0; i < nb; ++i) fb[i] = load(pb[i]);
          runTyped(Tag<float>{}, fa.data(), fb.data(), fc.data());
          T* po = reinterpret_cast<T*>(o);
          for (int64_t i = 0; i < nOut; ++i) po[i] = store<T>(fc[i]);
        }
      });
    }
  }
  return out;
}

}  // namespace tfts
