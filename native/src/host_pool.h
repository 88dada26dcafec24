// A caching allocator for large tensor buffers (TF's and PyTorch's CPU allocators do the same).
//
// Why: every op returns a fresh output, and tensors die only when V8's GC collects them, so a
// loop like `c = a + b` on 4 MB tensors writes each result into memory nobody touched recently:
// glibc coalesces the freed blocks and hands out the oldest memory first, so every output pays
// cache misses and, under virtualisation, expensive page walks. The pool instead keeps freed
// blocks by size and reuses the most recently freed one first (still in the cache after a GC),
// and maps blocks of 2 MiB and more as transparent huge pages (one TLB entry per 2 MiB).
#pragma once
#include <cstddef>

namespace tfts {

// Requests of at least this many bytes come from the pool; smaller ones stay with V8's allocator.
constexpr size_t kHostPoolMinBytes = size_t(256) << 10;

struct HostBlock {
  void* data = nullptr;  // 2 MiB aligned (64 KiB for blocks under 2 MiB); nullptr: out of memory
  size_t capacity = 0;   // what was mapped; hostPoolGive needs it back
  bool fresh = false;    // newly mapped, so still zero-filled
};

// A block of at least `bytes` bytes. Thread-safe.
HostBlock hostPoolTake(size_t bytes);

// Maps every page of a fresh block in one call (MADV_POPULATE_WRITE) instead of one fault per
// page on first touch; under virtualisation a fault costs microseconds. Best effort: kernels
// without MADV_POPULATE_WRITE (Linux < 5.14) fault as before.
void hostPoolPopulate(const HostBlock& block);

// Returns a block to the pool (or unmaps it when the pool already caches enough). Thread-safe and
// free of V8 calls: V8 calls it from a backing store's deleter, possibly on a GC thread.
void hostPoolGive(void* data, size_t capacity);

// Bytes of blocks taken and not yet given back (live tensors, and dead ones GC has not freed).
size_t hostPoolOutstandingBytes();

}  // namespace tfts
