// How TF 2.21 cuts a float32 MatMul where it runs Eigen's kernels (oneDNN off) on an AVX2 CPU:
// Eigen's thread-pool contraction picks sequential, parallel or sharded-by-K evaluation from its
// cost model, blocks K (and the output rows) by its cache-size heuristics, TF evens the k blocks
// out for its oneDNN kernel, and oneDNN's sgemm driver halves blocks over 256 and regroups each
// call's rows. The constants are Eigen's and TF's (TF's AVX build: Eigen's gebp has mr = 16,
// nr = 4 and no FMA); the cache sizes and thread count are the machine's, as there.
// eigen_matmul_order.cc computes the product these cuts describe.
#include "eigen_contraction_plan.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <fstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#if defined(__x86_64__) && defined(__GNUC__)
#include <sched.h>
#define TFTS_EIGEN_PLAN_AFFINITY 1
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
#ifdef TFTS_EIGEN_PLAN_AFFINITY
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

// TensorContractionBlocking for `threads` threads: Eigen's sizes (sharding by rows swaps its m
// and n), refined by TF.
Blocks contractionBlocks(int64_t K, int64_t m, int64_t n, int64_t threads, bool byCol) {
  Blocks e = byCol ? eigenBlocking(K, m, n, threads) : eigenBlocking(K, n, m, threads);
  if (!byCol) std::swap(e.mc, e.nc);
  return tfBlocking(K, m, n, e);
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

}  // namespace

// TensorContractionThreadPool's choice (evalProductImpl) for Eigen's m x k x n.
EigenPlan eigenContractionPlan(int64_t m, int64_t n, int64_t k) {
  const int64_t deviceThreads = machine().threads;
  const bool byCol = shardByCol(m, n, 2);
  const Blocks b = contractionBlocks(k, m, n, 2, byCol);  // the first approximation uses two threads
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
  if (shardK) {
    // EvalShardedByInnerDimContext::blockSize: a multiple of 8, at least 12 packets; each slice
    // blocked for as many threads as there are slices, sharded by columns.
    const int64_t size = std::min(k, std::max(12 * kPacket, divUp(divUp(k, byK), 8) * 8));
    return {EigenPlan::ShardedByK, divUp(k, size), true, size};
  }
  // The sequential path blocks as sharded by columns on one thread; the parallel one as its
  // sharding, recomputed for its thread count, says.
  if (threads == 1) return {EigenPlan::Sequential, 1, true, k};
  return {EigenPlan::Parallel, threads, shardByCol(m, n, threads), k};
}

bool eigenMachinePinned() { return pinnedMachine() != nullptr; }

EigenProductBlocks eigenProductBlocking(int64_t k, int64_t m, int64_t n) {
  const Blocks b = eigenBlocking(k, m, n, 1);
  return {b.kc, b.mc, b.nc};
}

// How one contraction's kernel calls cut it: the k blocks oneDNN's kernels see (TF's blocks, each
// over 256 cut in near-equal parts by oneDNN's driver) and the output rows per call (Eigen's n
// block). `threads` and `byCol` name the blocking (sharding by rows swaps Eigen's m and n).
EigenCuts eigenCuts(int64_t K, int64_t m, int64_t n, int64_t threads, bool byCol) {
  const Blocks b = contractionBlocks(K, m, n, threads, byCol);
  EigenCuts c;
  for (int64_t s = 0; s < K; s += b.kc) {
    const int64_t len = std::min(b.kc, K - s);
    const int64_t parts = divUp(len, 256), piece = divUp(len, parts);
    for (int64_t t = 0; t < len; t += piece) c.kLengths.push_back(std::min(piece, len - t));
  }
  c.rowsPerCall = b.nc;
  return c;
}

// The summation kind of each output row: 0 as the full 6-row tiles, 1 two fused accumulators
// (3 leftover rows), 2 two unfused ones (1-2 leftover rows). Each kernel call's rows (rowsPerCall)
// are cut by oneDNN's driver into chunks of 48 while over 96 are left, the last 73-96 in halves,
// and every chunk tiled by 6 from its top.
std::vector<uint8_t> onednnRowKinds(int64_t M, int64_t rowsPerCall) {
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

}  // namespace tfts
