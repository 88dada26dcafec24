#include "host_pool.h"

#include <sys/mman.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace tfts {

namespace {

constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kSmallGranule = size_t(64) << 10;
// Free bytes kept for reuse; blocks given back beyond this are unmapped. A loop's working set
// (a few outputs per op between two GCs) stays far below it.
constexpr size_t kMaxCachedBytes = size_t(1) << 30;

size_t roundUp(size_t n, size_t to) { return (n + to - 1) / to * to; }

// Block sizes come in classes, so a freed block serves any later request of its class: 64 KiB
// steps below 2 MiB (at most 25% unused at the 256 KiB minimum), whole huge pages above.
size_t capacityFor(size_t bytes) { return bytes < kHugePage ? roundUp(bytes, kSmallGranule) : roundUp(bytes, kHugePage); }

// Maps `capacity` bytes; huge-page sized blocks 2 MiB aligned (mapping 2 MiB more and trimming
// the ends) and advised as transparent huge pages. Fresh anonymous memory is zero-filled.
void* mapBlock(size_t capacity) {
  if (capacity < kHugePage) {
    void* p = mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? nullptr : p;
  }
  const size_t span = capacity + kHugePage;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = roundUp(start, kHugePage);
  if (aligned > start) munmap(raw, aligned - start);
  const uintptr_t end = start + span, used = aligned + capacity;
  if (end > used) munmap(reinterpret_cast<void*>(used), end - used);
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(aligned), capacity, MADV_HUGEPAGE);  // best effort
#endif
  return reinterpret_cast<void*>(aligned);
}

struct Pool {
  std::mutex lock;
  std::unordered_map<size_t, std::vector<void*>> free;  // by capacity, most recently freed last
  size_t cachedBytes = 0;
};

std::atomic<size_t> outstanding{0};

// Never destroyed: deleters may still run while the process exits.
Pool& pool() {
  static Pool* p = new Pool();
  return *p;
}

}  // namespace

HostBlock hostPoolTake(size_t bytes) {
  const size_t capacity = capacityFor(bytes);
  outstanding += capacity;  // given back below if nothing can be mapped
  Pool& p = pool();
  {
    std::lock_guard<std::mutex> g(p.lock);
    auto it = p.free.find(capacity);
    if (it != p.free.end() && !it->second.empty()) {
      void* data = it->second.back();
      it->second.pop_back();
      p.cachedBytes -= capacity;
      return {data, capacity, false};
    }
  }
  void* data = mapBlock(capacity);
  if (data == nullptr) {
    // Out of address space or memory: give every cached block back to the system and retry once.
    std::vector<std::pair<void*, size_t>> drop;
    {
      std::lock_guard<std::mutex> g(p.lock);
      for (auto& [cap, blocks] : p.free)
        for (void* b : blocks) drop.emplace_back(b, cap);
      p.free.clear();
      p.cachedBytes = 0;
    }
    for (auto& [b, cap] : drop) munmap(b, cap);
    data = mapBlock(capacity);
  }
  if (data == nullptr) outstanding -= capacity;
  return {data, data ? capacity : 0, data != nullptr};
}

void hostPoolPopulate(const HostBlock& block) {
#ifdef MADV_POPULATE_WRITE
  if (block.data != nullptr) madvise(block.data, block.capacity, MADV_POPULATE_WRITE);
#else
  (void)block;
#endif
}

size_t hostPoolOutstandingBytes() { return outstanding.load(); }

void hostPoolGive(void* data, size_t capacity) {
  if (data == nullptr) return;
  outstanding -= capacity;
  Pool& p = pool();
  {
    std::lock_guard<std::mutex> g(p.lock);
    if (p.cachedBytes + capacity <= kMaxCachedBytes) {
      p.free[capacity].push_back(data);
      p.cachedBytes += capacity;
      return;
    }
  }
  munmap(data, capacity);
}

}  // namespace tfts
