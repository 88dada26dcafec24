// A small persistent thread pool for kernels that are worth splitting (large elementwise ops and
// reductions, the float32 GEMM). Starting a std::thread per call costs tens of microseconds; the
// pool's helpers are started once and wait on a condition variable between jobs.
#pragma once
#include <cstdint>

namespace tfts {

// Threads a parallelFor may use: the caller plus the pool's helpers (at least 1, at most 4).
int parallelThreads();

// Tells the pool's helpers that a parallelFor is coming soon: sleeping helpers wake now and spin
// (for at most ~2 ms) waiting for it. A caller that first has slow single-threaded work to do
// (allocating its output can run a V8 garbage collection) hides the helpers' wake-up latency
// behind it; on this project's VMs a futex wake-up takes 0.2-0.7 ms to get a helper running.
void wakeHelpers();

namespace detail {
void runChunks(int64_t chunks, void (*fn)(void*, int64_t), void* ctx);
}

// Calls body(c) exactly once for every chunk c in [0, chunks), on the caller and the pool's
// helpers, and returns when all calls have finished. Chunks are claimed one at a time, so a helper
// that the OS does not schedule (a busy machine) delays at most the chunk it holds; results that
// must be bit-stable therefore may depend on the chunk index but never on the thread. Helpers run
// with the caller's MXCSR (flush-to-zero mode). body must not throw. A second caller arriving
// while the pool is busy (another JS worker, or a nested call) runs its chunks serially itself.
template <typename F> void parallelFor(int64_t chunks, F&& body) {
  detail::runChunks(chunks, [](void* ctx, int64_t c) { (*static_cast<F*>(ctx))(c); }, &body);
}

// Number of chunks to split `work` units into, each at least `minChunk` units (1 when the work is
// too small to be worth waking a helper for).
inline int64_t chunksFor(int64_t work, int64_t minChunk) {
  if (work < 2 * minChunk || parallelThreads() < 2) return 1;
  const int64_t most = int64_t(4) * parallelThreads();  // a few per thread: balances a late helper
  const int64_t n = work / minChunk;
  return n < most ? n : most;
}

// Calls body(begin, end) on disjoint ranges covering [0, n), in parallel when n is at least twice
// minChunk. Range starts are multiples of 16 elements, so threads share no cache line of 4-byte
// (or wider) elements.
template <typename F> void parallelRange(int64_t n, int64_t minChunk, F&& body) {
  const int64_t chunks = chunksFor(n, minChunk);
  if (chunks == 1) {
    if (n > 0) body(int64_t(0), n);
    return;
  }
  const int64_t step = ((n + chunks - 1) / chunks + 15) & ~int64_t(15);
  parallelFor(chunks, [&](int64_t c) {
    const int64_t b = c * step, e = b + step < n ? b + step : n;
    if (b < e) body(b, e);
  });
}

}  // namespace tfts
