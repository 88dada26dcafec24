// Host launchers of the square-matrix kernels (linalg.cu): a batch of `count` n x n matrices,
// float dtype codes only (cudaErrorInvalidValue otherwise). Each needs a device scratch buffer of
// the size its *ScratchBytes function gives (0: pass null).
#pragma once
#include <cuda_runtime_api.h>

#include <cstdint>

namespace tfts::cuda::launch {

int64_t inverseScratchBytes(int64_t count, int64_t n);
int64_t determinantScratchBytes(int64_t count, int64_t n);
int64_t eigScratchBytes(int64_t count, int64_t n);

// singular[b] = 1 when matrix b has an exactly zero pivot (its output is then not written).
cudaError_t matrixInverse(int dtype, const void* a, int64_t count, int n, void* scratch, int* singular, void* out,
                          cudaStream_t stream);
cudaError_t matrixDeterminant(int dtype, const void* a, int64_t count, int n, void* scratch, void* out,
                              cudaStream_t stream);
// vals [count, n] ascending, vecs [count, n, n] with the eigenvectors as columns.
cudaError_t selfAdjointEig(int dtype, const void* a, int64_t count, int n, void* scratch, void* vals, void* vecs,
                           cudaStream_t stream);

}  // namespace tfts::cuda::launch
