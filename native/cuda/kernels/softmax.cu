// Softmax, LogSoftmax and the cross-entropy losses on the device: one thread per row, max, then
// sum(exp(x - max)) in the compute type, then the per-element result. The CPU kernels reproduce
// TF's exact summation orders and exp approximations; here results equal them up to rounding
// (the consistency test's contract), with CUDA's own exp/log.
#include "gather_common.cuh"
#include "softmax.h"

namespace tfts::cuda {
namespace {

template <typename T>
__global__ void softmaxRows(int op, const T* __restrict__ x, const T* __restrict__ labels, int64_t rows, int64_t cols,
                            T* __restrict__ out) {
  using C = kern::Compute<T>;
  for (int64_t r = kern::globalThread(); r < rows; r += kern::gridThreads()) {
    const T* xr = x + r * cols;
    const T* lr = labels + r * cols;
    C m = kern::ld(xr[0]);
    for (int64_t i = 1; i < cols; ++i) m = kern::ld(xr[i]) > m ? kern::ld(xr[i]) : m;
    C sum = 0;
    for (int64_t i = 0; i < cols; ++i) sum += exp(kern::ld(xr[i]) - m);
    const C lse = log(sum);
    if (op == 2 || op == 4) {
      C loss = 0;
      for (int64_t i = 0; i < cols; ++i) {
        const C label = kern::ld(lr[i]);
        if (op == 2 || label != C(0)) loss += label * (lse - (kern::ld(xr[i]) - m));
      }
      out[r] = kern::st<T>(loss);
      continue;
    }
    for (int64_t i = 0; i < cols; ++i) {
      const C s = kern::ld(xr[i]) - m;
      C v;
      if (op == 0) v = exp(s) * (C(1) / sum);
      else if (op == 1) v = s - lse;
      else v = exp(s) / sum - kern::ld(lr[i]);
      out[r * cols + i] = kern::st<T>(v);
    }
  }
}

}  // namespace

namespace launch {

cudaError_t softmax(int op, int dtype, const void* logits, const void* labels, int64_t rows, int64_t cols, void* out,
                    cudaStream_t stream) {
  if (rows <= 0 || cols <= 0) return cudaSuccess;
  auto run = [&](auto tag) {
    using T = typename decltype(tag)::type;
    softmaxRows<T><<<kern::blocksFor(rows), kern::kThreads, 0, stream>>>(
        op, static_cast<const T*>(logits), static_cast<const T*>(labels), rows, cols, static_cast<T*>(out));
  };
  if (dtype == kern::kF32) run(kern::Tag<float>{});
  else if (dtype == kern::kF64) run(kern::Tag<double>{});
  else if (dtype == kern::kBF16) run(kern::Tag<__nv_bfloat16>{});
  else return cudaErrorInvalidValue;
  return cudaGetLastError();
}

}  // namespace launch
}  // namespace tfts::cuda
