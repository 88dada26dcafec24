// When V8 collects, decided by a memory pool's own byte counts (the host pool in storage.cc, the
// device allocator in native/cuda/core/device_storage.cc) instead of V8's external-memory
// accounting. Reported to V8 (napi_adjust_external_memory, or a counted ArrayBuffer backing store),
// every large output pushes V8's old-generation limit: a loop of `a + b` on 1e7 floats ran ~10
// mark-compacts a second, each 5-9 ms, and on the GPU a loop of 1e8-element adds ran at a fifth
// of the memory bandwidth. Instead:
//  - a young-generation GC (scavenge) after every `scavengeBudget` bytes handed out, so dead
//    temporaries give their blocks back before the next ones are needed;
//  - a full GC when the bytes still held pass twice, and `fullGcSlack` beyond, what was held after
//    the last full GC: tensors that lived long enough to be promoted die only there.
// Both are requested with Isolate::RequestGarbageCollectionForTesting, the one API that runs a
// young-generation GC on demand; it needs V8's --expose-gc flag (configurePooledGc). With
// --no-concurrent-array-buffer-sweeping the collection frees dead buffers, so the pool has its
// blocks back, before it returns: swept on a background thread, the blocks came back late on a
// busy machine, the loop took fresh ones meanwhile, and the held count that sets the next full-GC
// threshold was inflated (RSS grew by GBs in CI).
#pragma once
#include <v8.h>

#include <algorithm>
#include <cstddef>

namespace tfts {

// Idempotent; every environment that loads an addon (the CLI's worker, test workers) may call it.
inline void configurePooledGc() {
  static const char kFlags[] = "--expose-gc --no-concurrent-array-buffer-sweeping";
  v8::V8::SetFlagsFromString(kFlags, sizeof(kFlags) - 1);
}

class PooledGcPolicy {
 public:
  PooledGcPolicy(size_t scavengeBudget, size_t fullGcSlack)
      : scavengeBudget_(scavengeBudget), fullGcSlack_(fullGcSlack), fullGcAt_(fullGcSlack) {}

  // Before the pool hands out `bytes`, on the isolate's thread. `held()` counts the bytes the
  // pool's live blocks hold (read again after the GC, which has returned the dead ones).
  template <typename Held> void beforeTake(v8::Isolate* isolate, size_t bytes, Held held) {
    sinceScavenge_ += bytes;
    if (sinceScavenge_ < scavengeBudget_) return;
    sinceScavenge_ = 0;
    isolate->RequestGarbageCollectionForTesting(v8::Isolate::kMinorGarbageCollection);
    if (held() < fullGcAt_) return;
    isolate->RequestGarbageCollectionForTesting(v8::Isolate::kFullGarbageCollection);
    const size_t live = held();
    fullGcAt_ = std::max(2 * live, live + fullGcSlack_);
  }

 private:
  size_t scavengeBudget_;
  size_t fullGcSlack_;
  size_t sinceScavenge_ = 0;
  size_t fullGcAt_;  // held bytes that trigger the next full GC
};

}  // namespace tfts
