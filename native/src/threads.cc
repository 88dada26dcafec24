#include "threads.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#if defined(__x86_64__) || defined(__SSE2__)
#include <xmmintrin.h>
#define TFTS_POOL_MXCSR 1
#endif

namespace tfts {
namespace {

constexpr int kMaxThreads = 4;
// How long a helper polls for the next job before sleeping: briefly after a job (back-to-back ops
// are common), longer after wakeHelpers (a job is announced). After a long job, an eighth of its
// length (up to kLongestIdleSpin): the caller may still be finishing its last chunk for a while
// (a 1024^3 GEMM: ~100 us), and a sleeping helper took 20-40 us to wake for the next one.
constexpr auto kIdleSpin = std::chrono::microseconds(40);
constexpr auto kLongestIdleSpin = std::chrono::milliseconds(2);
constexpr auto kAnnouncedSpin = std::chrono::milliseconds(2);

inline void cpuRelax() {
#ifdef TFTS_POOL_MXCSR
  _mm_pause();
#endif
}

struct Job {
  void (*fn)(void*, int64_t);
  void* ctx;
  int64_t chunks;
  unsigned mxcsr;
  std::atomic<int64_t> next{0};  // next unclaimed chunk
  std::atomic<int64_t> done{0};  // finished chunks
  std::atomic<int> users{0};     // helpers that may still touch this Job
};

// Claims and runs chunks until none are left.
void work(Job& j) {
  for (;;) {
    const int64_t c = j.next.fetch_add(1, std::memory_order_relaxed);
    if (c >= j.chunks) return;
    j.fn(j.ctx, c);
    j.done.fetch_add(1, std::memory_order_release);
  }
}

class Pool {
 public:
  Pool() {
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    threads_ = static_cast<int>(std::min<unsigned>(hw, kMaxThreads));
    // Detached and never destroyed: joining at exit would block on helpers parked in wait(), and
    // destroying a joinable std::thread aborts. The OS ends them with the process.
    for (int i = 1; i < threads_; ++i) std::thread([this] { helperLoop(); }).detach();
  }
  int threads() const { return threads_; }

  void wake() {
    if (threads_ < 2) return;
    {
      std::lock_guard<std::mutex> l(m_);
      wake_.fetch_add(1, std::memory_order_relaxed);
    }
    cv_.notify_all();
  }

  void run(int64_t chunks, void (*fn)(void*, int64_t), void* ctx) {
    if (chunks <= 0) return;
    if (chunks == 1 || threads_ < 2 || !callerLock_.try_lock()) {
      for (int64_t c = 0; c < chunks; ++c) fn(ctx, c);
      return;
    }
    Job j;
    j.fn = fn;
    j.ctx = ctx;
    j.chunks = chunks;
#ifdef TFTS_POOL_MXCSR
    j.mxcsr = _mm_getcsr();
#else
    j.mxcsr = 0;
#endif
    {
      std::lock_guard<std::mutex> l(m_);
      job_ = &j;
      gen_.fetch_add(1, std::memory_order_release);
    }
    cv_.notify_all();
    work(j);
    // Chunks claimed by a helper may still be running; they are short, so spin (yielding so a
    // helper sharing this core can finish).
    for (int spins = 0; j.done.load(std::memory_order_acquire) < chunks; ++spins) {
      if (spins < 4096) cpuRelax();
      else std::this_thread::yield();
    }
    {
      std::lock_guard<std::mutex> l(m_);
      job_ = nullptr;
    }
    // A helper that took the job may be between its last claim attempt and releasing it.
    while (j.users.load(std::memory_order_acquire) != 0) std::this_thread::yield();
    callerLock_.unlock();
  }

 private:
  // Polls until a job newer than `seen` is posted or `limit` has passed.
  void pollFor(uint64_t seen, std::chrono::steady_clock::duration limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (gen_.load(std::memory_order_acquire) == seen) {
      for (int i = 0; i < 64; ++i) cpuRelax();
      if (std::chrono::steady_clock::now() >= until) return;
    }
  }

  void helperLoop() {
    uint64_t seen = 0, seenWake = 0;
    std::chrono::steady_clock::duration spin = kIdleSpin;
    for (;;) {
      pollFor(seen, spin);
      spin = kIdleSpin;
      Job* j;
      {
        std::unique_lock<std::mutex> l(m_);
        cv_.wait(l, [&] {
          return gen_.load(std::memory_order_relaxed) != seen || wake_.load(std::memory_order_relaxed) != seenWake;
        });
        if (gen_.load(std::memory_order_relaxed) == seen) {  // woken by wake(): the job is on its way
          seenWake = wake_.load(std::memory_order_relaxed);
          spin = kAnnouncedSpin;
          continue;
        }
        seenWake = wake_.load(std::memory_order_relaxed);
        seen = gen_.load(std::memory_order_relaxed);
        j = job_;
        if (j == nullptr) continue;  // that job already finished without us
        j->users.fetch_add(1, std::memory_order_relaxed);
      }
#ifdef TFTS_POOL_MXCSR
      const unsigned saved = _mm_getcsr();
      _mm_setcsr(j->mxcsr);
#endif
      const auto began = std::chrono::steady_clock::now();
      work(*j);
      spin = std::clamp<std::chrono::steady_clock::duration>((std::chrono::steady_clock::now() - began) / 8, kIdleSpin,
                                                              kLongestIdleSpin);
#ifdef TFTS_POOL_MXCSR
      _mm_setcsr(saved);
#endif
      j->users.fetch_sub(1, std::memory_order_release);
    }
  }

  int threads_ = 1;
  std::mutex callerLock_;  // one job at a time
  std::mutex m_;
  std::condition_variable cv_;
  Job* job_ = nullptr;
  std::atomic<uint64_t> gen_{0};
  std::atomic<uint64_t> wake_{0};  // bumped by wake()
};

Pool& pool() {
  static Pool* p = new Pool();  // leaked on purpose, see the constructor
  return *p;
}

}  // namespace

int parallelThreads() { return pool().threads(); }

void wakeHelpers() { pool().wake(); }

namespace detail {
void runChunks(int64_t chunks, void (*fn)(void*, int64_t), void* ctx) { pool().run(chunks, fn, ctx); }
}  // namespace detail

}  // namespace tfts
