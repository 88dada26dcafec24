#include "allocator.h"

#include <cuda_runtime_api.h>

#include "check.h"
#include "stream.h"

namespace tfts::cuda {

Allocator& allocator() {
  static Allocator* a = new Allocator();  // intentionally leaked, see header
  return *a;
}

size_t Allocator::sizeClass(uint64_t bytes) {
  if (bytes <= 512) return 512;
  const int lg = 63 - __builtin_clzll(bytes - 1);  // 2^lg < bytes <= 2^(lg+1)
  const uint64_t step = (uint64_t(1) << lg) / 4;   // lg >= 9 here, so step >= 128
  return static_cast<size_t>((bytes + step - 1) / step * step);
}

Block* Allocator::allocate(uint64_t bytes) {
  const size_t size = sizeClass(bytes);
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = free_.find(size);
    if (it != free_.end() && !it->second.empty()) {
      Block* b = it->second.back();
      it->second.pop_back();
      b->bytes = bytes;
      inUse_ += size;
      return b;
    }
  }
  void* p = nullptr;
  cudaError_t e = cudaMalloc(&p, size);
  for (int attempt = 0; e == cudaErrorMemoryAllocation && attempt < 2; ++attempt) {
    cudaGetLastError();  // clear the (non-sticky) error before retrying
    if (attempt == 1) {
      if (collectGarbage_ == nullptr) break;
      collectGarbage_();
    }
    emptyCache();
    e = cudaMalloc(&p, size);
  }
  if (e == cudaErrorMemoryAllocation) {
    cudaGetLastError();
    throwOutOfMemory(bytes);
  }
  check(e, "cudaMalloc");
  std::lock_guard<std::mutex> lock(mu_);
  inUse_ += size;
  reserved_ += size;
  return new Block{p, size, bytes};
}

void Allocator::release(Block* b) {
  std::lock_guard<std::mutex> lock(mu_);
  free_[b->size].push_back(b);
  inUse_ -= b->size;
}

void Allocator::emptyCache() {
  // Kernels queued on the stream may still use cached blocks' memory only if
  // a later storage got them; waiting makes cudaFree safe regardless.
  synchronize();
  std::lock_guard<std::mutex> lock(mu_);
  freeCachedLocked();
}

void Allocator::freeCachedLocked() {
  for (auto& [size, blocks] : free_) {
    for (Block* b : blocks) {
      cudaFree(b->ptr);  // errors here would only be sticky ones reported elsewhere
      reserved_ -= b->size;
      delete b;
    }
  }
  free_.clear();
}

uint64_t Allocator::inUse() {
  std::lock_guard<std::mutex> lock(mu_);
  return inUse_;
}

uint64_t Allocator::reserved() {
  std::lock_guard<std::mutex> lock(mu_);
  return reserved_;
}

}  // namespace tfts::cuda
