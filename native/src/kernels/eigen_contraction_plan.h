// How TF's Eigen contraction (oneDNN off, AVX2 CPU) cuts a float32 MatMul, in Eigen's
// column-major terms: m = TF's output columns, n = TF's output rows (see the .cc).
#pragma once
#include <cstdint>
#include <vector>

namespace tfts {

struct EigenPlan {
  enum Kind { Sequential, Parallel, ShardedByK } kind;
  int64_t threads;    // the threads the blocking is computed for (ShardedByK: the K slices)
  bool byCol;         // sharded by columns (the blocking swaps m and n otherwise)
  int64_t sliceSize;  // K per slice (the last one may be shorter); K when not sharded by K
};

// The k blocks oneDNN's kernels see and the output rows per kernel call.
struct EigenCuts {
  std::vector<int64_t> kLengths;
  int64_t rowsPerCall;
};

// TensorContractionThreadPool's choice for an m x k x n contraction on this machine.
EigenPlan eigenContractionPlan(int64_t m, int64_t n, int64_t k);

// The cuts of one contraction over K blocked for `threads` threads, sharded by columns or rows.
EigenCuts eigenCuts(int64_t K, int64_t m, int64_t n, int64_t threads, bool byCol);

// Each output row's summation kind in oneDNN's AVX2 kernel: 0 as full 6-row tiles, 1 two fused
// accumulators (3 leftover rows), 2 two unfused ones (1-2 leftover rows).
std::vector<uint8_t> onednnRowKinds(int64_t M, int64_t rowsPerCall);

// Eigen's single-threaded blocking (computeProductBlockingSizes) of an m x k x n matrix product on
// this machine's caches: the depth, row and column block sizes.
struct EigenProductBlocks {
  int64_t kc, mc, nc;
};
EigenProductBlocks eigenProductBlocking(int64_t k, int64_t m, int64_t n);

// Whether TFTS_EIGEN_MACHINE="l1,l2,l3,threads" stands in for this machine's caches and CPUs.
bool eigenMachinePinned();

}  // namespace tfts
