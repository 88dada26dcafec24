// Level-1/2 BLAS products in the exact summation order of OpenBLAS's Haswell kernels (the ones
// numpy's bundled OpenBLAS runs on AVX2 machines), so numpy's dot/matmul print numpy's bits.
// Pure C++ (no N-API): openblas_order_napi.cc wraps them.
#pragma once
#include <cstdint>

namespace tfts::openblas {

// Whether this CPU has AVX2 and FMA; without them the kernels fall back to scalar code that
// emulates the same lanes (std::fma rounds once either way), slower but bit-identical.
bool haveAvx2Fma();

// sum_i x[i] * y[i] as cblas_ddot / cblas_sdot on contiguous vectors. ddot splits n > 10000 over
// `threads` parts as OpenBLAS's threaded ddot does; sdot is never threaded.
double ddot(int64_t n, const double* x, const double* y, int threads);
float sdot(int64_t n, const float* x, const float* y);

// The number of threads OpenBLAS would use here (its CPU count, at most 64).
int blasThreads();

// dgemv "T" (column-major, transposed): y[j] = sum_{i<m} a[j*lda + i] * x[i] for j < n, i.e. one
// contiguous row of a C-ordered matrix dotted with x per output (numpy's matrix @ vector).
// dgemv "N": y[i] = sum_{j<n} a[i + j*lda] * x[j] for i < m (numpy's vector @ matrix, with the
// C-ordered matrix read column by column). beta = 0, alpha = 1, unit strides.
void dgemvT(int64_t m, int64_t n, const double* a, int64_t lda, const double* x, double* y, int threads);
void dgemvN(int64_t m, int64_t n, const double* a, int64_t lda, const double* x, double* y, int threads);
void sgemvT(int64_t m, int64_t n, const float* a, int64_t lda, const float* x, float* y, int threads);
void sgemvN(int64_t m, int64_t n, const float* a, int64_t lda, const float* x, float* y, int threads);

// dgemm: out (rows x cols) = A (rows x k) @ B (k x cols), all C-ordered, as numpy's matmul /
// dot get it from OpenBLAS (cblas_dgemm, row-major, no transposes, beta = 0).
void dgemm(int64_t rows, int64_t k, int64_t cols, const double* A, const double* B, double* out, int threads);

}  // namespace tfts::openblas
