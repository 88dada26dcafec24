// Caching device allocator. Blocks are rounded up to a size class (4 classes
// per power of two, so at most 25% waste) and kept on per-class free lists
// when their DeviceStorage dies, to be reused without cudaMalloc/cudaFree
// (both synchronise the device). emptyCache() returns free blocks to the
// driver. An allocation that fails empties the cache and retries, then runs a
// full GC (unreachable storages still hold blocks), empties it and retries again.
//
// Thread safety: release() may run on any thread (V8 frees ArrayBuffer
// backing stores during GC, possibly on a background thread), so it only
// takes the mutex and pushes the block; every CUDA call stays on the JS thread.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

namespace tfts::cuda {

struct Block {
  void* ptr;        // device memory (from cudaMalloc), or host memory for test probes
  size_t size;      // size class actually allocated
  uint64_t bytes;   // size requested (the storage's byteLength)
};

class Allocator {
 public:
  // Throws the TFTS_CUDA_OOM Error when the device is full even after
  // emptying the cache. JS thread only.
  Block* allocate(uint64_t bytes);
  // Any thread; never calls CUDA.
  void release(Block* b);
  // Synchronises the stream and cudaFrees every cached block. JS thread only.
  void emptyCache();
  uint64_t inUse();
  uint64_t reserved();

  static size_t sizeClass(uint64_t bytes);
  // Full garbage collection of the calling thread's JS heap (set by
  // device_storage.cc): dead DeviceStorages give their blocks back during it.
  void setCollectGarbage(void (*fn)()) { collectGarbage_ = fn; }

 private:
  void freeCachedLocked();

  std::mutex mu_;
  std::map<size_t, std::vector<Block*>> free_;  // size class -> cached blocks
  uint64_t inUse_ = 0;     // bytes (size classes) held by live storages
  uint64_t reserved_ = 0;  // bytes obtained from cudaMalloc and not yet freed
  void (*collectGarbage_)() = nullptr;
};

// The process-wide allocator (never destroyed: GC may release blocks during
// process teardown, after static destructors would have run).
Allocator& allocator();

}  // namespace tfts::cuda
