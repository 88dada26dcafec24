// TF's float32 MatMul order with oneDNN off on an AVX2 CPU, measured against TF 2.21 on a Zen 3
// (every element of ~1800 shapes from 2x2x2 to 2048^3, all three ways of splitting K below; 139
// of 140 random shapes match in full).
//
// TF evaluates MatMul as an Eigen tensor contraction on its thread pool, in Eigen's column-major
// terms: m = TF's N (output columns), n = TF's M (output rows). Eigen's cost model picks one of:
//  - sequential: one thread; K cut into blocks by Eigen's single-thread blocking;
//  - parallel: row/column shards on several threads; K cut by the multi-thread blocking;
//  - sharded by K: K split into a few slices computed separately (each cut by the multi-thread
//    blocking) and the slices' sums added at the end.
// TF's contraction kernel then evens the k blocks out (multiples of 8) and calls oneDNN's sgemm
// per block with beta = 1, and oneDNN's driver halves blocks over 256 again. Each block's sum is
// added to C. Each call covers Eigen's block of output rows, which oneDNN's driver cuts into
// chunks (48 rows while more than 96 are left, the last 73-96 in halves); its AVX2 kernel tiles a
// chunk by 6 rows and the output by 16 columns, and sums each output one of three ways:
//  - S: one fused multiply-add after another (full tiles; 4-5 leftover rows; 9-15 leftover
//    columns);
//  - P: two fused accumulators, even and odd k, added, then the odd last product fused on top
//    (1-8 leftover columns; 3 leftover rows);
//  - Pm: the same with separate multiplies and adds (1-2 leftover rows).
// S is what gemm_f32.cc's AVX2 kernel computes; the P kinds are redone here afterwards.
// The cost-model and blocking constants are Eigen's and TF's (TF's AVX build: Eigen's gebp has
// mr = 16, nr = 4 and no FMA); the cache sizes and thread count are the machine's, as there.
// Not reproduced: a 1-column block that Eigen's column blocking leaves (e.g. 49 = 48 + 1 columns;
// oneDNN sums it in an order not found yet).
#include "eigen_matmul_order.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <fstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "fp_contract.h"
#include "gemm.h"
#include "../threads.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#include <sched.h>
#define TFTS_EIGEN_X86 1
#endif

namespace tfts {
namespace {

constexpr int64_t kMr = 16, kNr = 4;  // Eigen's gebp_traits<float, float> in TF's AVX build
constexpr int64_t kPacket = 8;        // floats per AVX packet

int64_t divUp(int64_t a, int64_t b) { return (a + b - 1) / b; }

// The machine as Eigen and TF see it: cache sizes (bytes) and TF's intra-op thread count.
struct Machine {
  int64_t l1 = 32 * 1024, l2 = 256 * 1024, l3 = 2 * 1024 * 1024;  // Eigen's defaults
  int64_t threads = 1;
};

// Reads /sys/devices/system/cpu/cpu0/cache/indexN/size ("32K", "32768K", ...) for a data or unified
// cache of each level; the values CPUID gives Eigen.
int64_t sysCacheBytes(int level) {
  for (int index = 0; index < 8; ++index) {
    const std::string dir = "/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(index) + "/";
    std::ifstream lv(dir + "level"), ty(dir + "type"), sz(dir + "size");
    int l = 0;
    std::string type, size;
    if (!(lv >> l) || !(ty >> type) || !(sz >> size) || l != level || type == "Instruction") continue;
    const int64_t value = std::atoll(size.c_str());
    const char unit = size.empty() ? 'B' : size.back();
    return unit == 'K' ? value * 1024 : unit == 'M' ? value * 1024 * 1024 : value;
  }
  return 0;
}

// TFTS_EIGEN_MACHINE="l1,l2,l3,threads" (bytes, count) stands in for this machine, so a test can
// replay products recorded from TF on another one.
const char* pinnedMachine() { return std::getenv("TFTS_EIGEN_MACHINE"); }

const Machine& machine() {
  static const Machine m = [] {
    Machine r;
    if (const char* pin = pinnedMachine()) {
      long long l1 = 0, l2 = 0, l3 = 0, threads = 0;
      if (std::sscanf(pin, "%lld,%lld,%lld,%lld", &l1, &l2, &l3, &threads) == 4 && l1 > 0 && l2 > 0 && l3 > 0 && threads > 0)
        return Machine{l1, l2, l3, threads};
    }
    if (int64_t v = sysCacheBytes(1)) r.l1 = v;
    if (int64_t v = sysCacheBytes(2)) r.l2 = v;
    if (int64_t v = sysCacheBytes(3)) r.l3 = v;
#ifdef TFTS_EIGEN_X86
    cpu_set_t set;
    r.threads = sched_getaffinity(0, sizeof(set), &set) == 0 ? CPU_COUNT(&set) : 0;
#endif
    if (r.threads <= 0) r.threads = std::max(1u, std::thread::hardware_concurrency());
    return r;
  }();
  return m;
}

struct Blocks {
  int64_t kc, mc, nc;
};

// Eigen's computeProductBlockingSizes<float, float, 1>(k, m, n, threads).
Blocks eigenBlocking(int64_t k, int64_t m, int64_t n, int64_t threads) {
  const Machine& mc = machine();
  const int64_t kdiv = kMr * 4 + kNr * 4, ksub = kMr * kNr * 4;
  if (threads > 1) {
    const int64_t kCache = std::max<int64_t>(8, std::min<int64_t>((mc.l1 - ksub) / kdiv, 320));
    if (kCache < k) k = kCache - kCache % 8;
    const int64_t nCache = (mc.l2 - mc.l1) / (kNr * 4 * k), nPerThread = divUp(n, threads);
    if (nCache <= nPerThread) n = nCache / kNr * kNr;
    else n = std::min(n, (nPerThread + kNr - 1) - ((nPerThread + kNr - 1) % kNr));
    if (mc.l3 > mc.l2) {
      const int64_t mCache = (mc.l3 - mc.l2) / (4 * k * threads), mPerThread = divUp(m, threads);
      if (mCache < mPerThread && mCache >= kMr) m = mCache / kMr * kMr;
      else m = std::min(m, (mPerThread + kMr - 1) - ((mPerThread + kMr - 1) % kMr));
    }
  } else if (std::max({k, m, n}) >= 48) {
    const int64_t maxKc = std::max<int64_t>(((mc.l1 - ksub) / kdiv) & ~int64_t(7), 1), oldK = k;
    if (k > maxKc) k = k % maxKc == 0 ? maxKc : maxKc - 8 * ((maxKc - 1 - (k % maxKc)) / (8 * (k / maxKc + 1)));
    const int64_t actualL2 = 1572864;  // Eigen's fixed 1.5 MB "L2 per core"
    const int64_t remainingL1 = mc.l1 - ksub - m * k * 4;
    const int64_t maxNc = remainingL1 >= kNr * 4 * k ? remainingL1 / (k * 4) : (3 * actualL2) / (2 * 2 * maxKc * 4);
    const int64_t nc = std::min(actualL2 / (2 * k * 4), maxNc) & ~(kNr - 1);
    if (n > nc) {
      n = n % nc == 0 ? nc : nc - kNr * ((nc - (n % nc)) / (kNr * (n / nc + 1)));
    } else if (oldK == k) {
      const int64_t problem = k * n * 4;
      int64_t lm = actualL2, maxMc = m;
      if (problem <= 1024) lm = mc.l1;
      else if (mc.l3 != 0 && problem <= 32768) lm = mc.l2, maxMc = std::min<int64_t>(576, maxMc);
      int64_t mcut = std::min(lm / (3 * k * 4), maxMc);
      if (mcut > kMr) mcut -= mcut % kMr;
      if (mcut > 0) m = m % mcut == 0 ? mcut : mcut - kMr * ((mcut - (m % mcut)) / (kMr * (m / mcut + 1)));
    }
  }
  return {k, m, n};
}

// TF's TensorContractionBlocking for its oneDNN kernel (eigen_contraction_kernel.h): Eigen's sizes
// for the K x M x N contraction, mc and nc scaled to oneDNN's unrolls, K in near-equal slices.
Blocks tfBlocking(int64_t K, int64_t M, int64_t N, Blocks e) {
  Blocks b;
  b.mc = std::min(M, divUp(static_cast<int64_t>(static_cast<double>(e.mc) * 1.5), 48) * 48);
  b.nc = std::min(N, divUp(e.nc, 24) * 24);
  const int64_t slices = std::max<int64_t>(1, divUp(K, e.kc));
  b.kc = std::min(K, divUp(K / slices, 8) * 8);
  return b;
}

// How one contraction's kernel calls cut it: the k blocks oneDNN's kernels see (TF's blocks, each
// over 256 cut in near-equal parts by oneDNN's driver) and the output rows per call (Eigen's n
// block). `threads` and `byCol` name the blocking (sharding by rows swaps Eigen's m and n).
struct Cuts {
  std::vector<int64_t> kLengths;
  int64_t rowsPerCall;
};

Cuts cuts(int64_t K, int64_t m, int64_t n, int64_t threads, bool byCol) {
  Blocks e = byCol ? eigenBlocking(K, m, n, threads) : eigenBlocking(K, n, m, threads);
  if (!byCol) std::swap(e.mc, e.nc);
  const Blocks b = tfBlocking(K, m, n, e);
  Cuts c;
  for (int64_t s = 0; s < K; s += b.kc) {
    const int64_t len = std::min(b.kc, K - s);
    const int64_t parts = divUp(len, 256), piece = divUp(len, parts);
    for (int64_t t = 0; t < len; t += piece) c.kLengths.push_back(std::min(piece, len - t));
  }
  c.rowsPerCall = b.nc;
  return c;
}

bool shardByCol(int64_t m, int64_t n, int64_t t) {
  if (m / t >= kNr && (n / t < kNr || (n / t < 4 * kNr && n % (t * kNr) != 0 && (m % (t * kNr) == 0 || m / n >= 6))))
    return false;
  if (n / t < 16 * kNr && m > n * 32) return false;
  return true;
}

double bandwidth(bool byCol, int64_t bm, int64_t bn, int64_t bk) {
  if (bk == 1) return 4.0;
  return (byCol ? bn : bm) < kNr || (byCol ? bm : bn) < kMr ? 2.0 : 1.0;  // 0.5 needs FMA, absent in TF's build
}

constexpr double kMemCycles = 11.0 / 64;  // TensorCostModel's load and store cost per byte

struct Plan {
  enum Kind { Sequential, Parallel, ShardedByK } kind;
  int64_t threads;  // Parallel: the contraction's threads; ShardedByK: slices
};

// TensorContractionThreadPool's choice (evalProductImpl) for Eigen's m x k x n.
Plan plan(int64_t m, int64_t n, int64_t k) {
  const int64_t deviceThreads = machine().threads;
  const bool byCol = shardByCol(m, n, 2);
  // First approximation with two threads, as there; sharding by rows swaps Eigen's m and n.
  Blocks e = byCol ? eigenBlocking(k, m, n, 2) : eigenBlocking(k, n, m, 2);
  if (!byCol) std::swap(e.mc, e.nc);
  const Blocks b = tfBlocking(k, m, n, e);
  const double kd = static_cast<double>(b.kc);
  const double loaded = byCol ? 4 * (kd / m) : 4 * (kd / n);
  const double perCoeff = loaded * kMemCycles + 4 * kMemCycles + kd * bandwidth(false, b.mc, b.nc, b.kc) / kPacket;
  const double total = static_cast<double>(m) * static_cast<double>(n) * perCoeff;
  int64_t threads = static_cast<int64_t>((total - 100000) / 100000 + 0.9);
  threads = std::min(deviceThreads, std::max<int64_t>(1, threads));

  const double innerPerK = n * 4 * kMemCycles + 4 * kMemCycles + bandwidth(true, m, n, k) * m * n / kPacket;
  const double parallelCost = static_cast<double>(k) * innerPerK;
  const double reduction = static_cast<double>(m) * n * (3 * kMemCycles + 1.0 / kPacket);
  int64_t byK = 1;
  double best = parallelCost;
  for (int64_t t = 2; t <= deviceThreads; t += 2) {
    const double cost = parallelCost / t + 100000 + t * (reduction + 3000);
    if (cost < best) byK = t, best = cost;
  }
  bool shardK = false;
  if (n == 1 || byK < 2 || byK < threads || m * n * 4 > machine().l3 / byK || k / byK < 2 * kNr) shardK = false;
  else if (std::max(m, n) / threads < kNr || (k / byK > 8 * kNr && (std::min(m, n) < 2 * kNr || byK > threads)))
    shardK = true;
  if (shardK) return {Plan::ShardedByK, byK};
  return threads == 1 ? Plan{Plan::Sequential, 1} : Plan{Plan::Parallel, threads};
}

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

// The summation kind of each output row: 0 as the full 6-row tiles, 1 two fused accumulators
// (3 leftover rows), 2 two unfused ones (1-2 leftover rows). Each kernel call's rows (rowsPerCall)
// are cut by oneDNN's driver into chunks of 48 while over 96 are left, the last 73-96 in halves,
// and every chunk tiled by 6 from its top.
std::vector<uint8_t> rowKinds(int64_t M, int64_t rowsPerCall) {
  std::vector<uint8_t> kinds;
  kinds.reserve(static_cast<size_t>(M));
  auto chunk = [&](int64_t rows) {
    const int64_t left = rows % 6;
    kinds.insert(kinds.end(), static_cast<size_t>(rows - left), 0);
    kinds.insert(kinds.end(), static_cast<size_t>(left), left == 3 ? 1 : left >= 1 && left <= 2 ? 2 : 0);
  };
  for (int64_t s = 0; s < M; s += rowsPerCall) {
    int64_t rest = std::min(rowsPerCall, M - s);
    for (; rest > 96; rest -= 48) chunk(48);
    if (rest > 72) {
      chunk(divUp(rest, 2));
      chunk(rest / 2);
    } else {
      chunk(rest);
    }
  }
  return kinds;
}

// Redoes the P-kind outputs of C (M x N) as sums of the blocks in `cut` over k in [k0, ...):
// the rows rowKinds marks, then the last 1-8 columns of a 16-column tiling in the other rows.
void redoPairKinds(const Operands& o, float* C, int64_t M, int64_t N, int64_t k0, const Cuts& cut) {
  const std::vector<uint8_t> kinds = rowKinds(M, cut.rowsPerCall);
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
void blockedProduct(const Operands& o, float* C, int64_t M, int64_t N, int64_t k0, const Cuts& cut) {
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
           (!__builtin_cpu_supports("avx512f") || pinnedMachine() != nullptr);
  }();
  return applies;
#else
  return false;
#endif
}

void eigenMatmulF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb) {
  const Operands o{A, B, ta ? M : K, tb ? K : N, ta, tb};
  const int64_t m = N, n = M;  // Eigen's column-major view of TF's row-major product
  const Plan p = plan(m, n, K);
  if (p.kind != Plan::ShardedByK) {
    // The sequential path blocks as sharded by columns on one thread; the parallel one as its
    // sharding (recomputed for its thread count) says.
    const bool sequential = p.kind == Plan::Sequential;
    blockedProduct(o, C, M, N, 0, cuts(K, m, n, p.threads, sequential || shardByCol(m, n, p.threads)));
    return;
  }
  // Slices of `size` (a multiple of 8, at least 12 packets), each a product with the blocking of
  // `slices` threads, then summed: in ranges of four, (s0 + s1) + (s2 + s3) by packets of 8 and
  // s0 + ((s1 + s2) + s3) for the last M*N % 8 outputs; ranges into the first one after.
  const int64_t size = std::min(K, std::max(12 * kPacket, divUp(divUp(K, p.threads), 8) * 8));
  const int64_t slices = divUp(K, size), total = M * N;
  std::vector<std::vector<float>> partial(static_cast<size_t>(slices - 1), std::vector<float>(static_cast<size_t>(total)));
  auto slice = [&](int64_t s) { return s == 0 ? C : partial[static_cast<size_t>(s - 1)].data(); };
  for (int64_t s = 0; s < slices; ++s) {
    const int64_t k0 = s * size, len = std::min(size, K - k0);
    blockedProduct(o, slice(s), M, N, k0, cuts(len, m, n, slices, true));
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
