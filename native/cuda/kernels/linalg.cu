// Square-matrix kernels on the device, one thread block per matrix of the batch, each running the
// CPU kernel's algorithm (native/src/kernels/math_linalg.cc) step for step in double:
//   LU with partial pivoting (first largest |pivot|, as the CPU) for inverse and determinant, the
//   row updates spread over the block; the inverse solves one column per thread;
//   cyclic Jacobi for the symmetric eigenproblem (lower triangle read), the same rotation order,
//   stopping rule, ascending stable ordering and eigenvector sign convention (last component
//   above 1e-12 in magnitude is positive).
// Products are written __dmul_rn so nvcc cannot fuse them into FMAs: with the same operation order
// and no contraction (the CPU build does not use FMA either) the double results are the CPU's, and
// the outputs agree up to the final rounding to the storage type.
#include "gather_common.cuh"
#include "linalg.h"

namespace tfts::cuda {
namespace {

constexpr int kMaxMatrixThreads = 256;  // threadsForMatrix's upper bound

template <typename T>
__device__ void loadMatrix(const T* __restrict__ a, int64_t b, int64_t nn, double* m) {
  for (int64_t i = threadIdx.x; i < nn; i += blockDim.x) m[i] = static_cast<double>(kern::ld(a[b * nn + i]));
}

// In-place LU of the block's matrix m (n x n); returns false (uniformly) when a pivot is exactly 0.
// perm receives the row permutation, *sign (thread 0 only) its parity.
__device__ bool luBlock(double* m, int* perm, int n, int* sign) {
  __shared__ int sPivot;
  __shared__ int sSingular;
  __shared__ double sCandidate[kMaxMatrixThreads];
  __shared__ int sCandidateRow[kMaxMatrixThreads];
  for (int i = threadIdx.x; i < n; i += blockDim.x) perm[i] = i;
  if (threadIdx.x == 0) *sign = 1;
  __syncthreads();
  for (int c = 0; c < n; ++c) {
    // Pivot: the first row of largest |m[r][c]| (the CPU's sequential strict '>' search). Each
    // thread proposes the first maximum of its rows, NaNs never win a comparison, and thread 0
    // merges the proposals preferring the lower row on ties. A NaN diagonal keeps row c, as on
    // the CPU (nothing compares greater than it there).
    double best = -1;
    int bestRow = -1;
    for (int r = c + threadIdx.x; r < n; r += blockDim.x) {
      const double v = fabs(m[static_cast<int64_t>(r) * n + c]);
      if (v > best) { best = v; bestRow = r; }
    }
    sCandidate[threadIdx.x] = best;
    sCandidateRow[threadIdx.x] = bestRow;
    __syncthreads();
    if (threadIdx.x == 0) {
      int p = c;
      const double diag = m[static_cast<int64_t>(c) * n + c];
      if (!isnan(diag)) {
        double pv = fabs(diag);
        for (int t = 0; t < static_cast<int>(blockDim.x); ++t) {
          const int row = sCandidateRow[t];
          if (row >= 0 && (sCandidate[t] > pv || (sCandidate[t] == pv && row < p))) { pv = sCandidate[t]; p = row; }
        }
      }
      sPivot = p;
      sSingular = m[static_cast<int64_t>(p) * n + c] == 0;
      if (!sSingular && p != c) {
        const int t = perm[p]; perm[p] = perm[c]; perm[c] = t;
        *sign = -*sign;
      }
    }
    __syncthreads();
    if (sSingular) return false;
    const int p = sPivot;
    if (p != c) {
      for (int j = threadIdx.x; j < n; j += blockDim.x) {
        const double t = m[static_cast<int64_t>(p) * n + j];
        m[static_cast<int64_t>(p) * n + j] = m[static_cast<int64_t>(c) * n + j];
        m[static_cast<int64_t>(c) * n + j] = t;
      }
      __syncthreads();
    }
    const double pivot = m[static_cast<int64_t>(c) * n + c];
    for (int r = c + 1 + threadIdx.x; r < n; r += blockDim.x) m[static_cast<int64_t>(r) * n + c] /= pivot;
    __syncthreads();
    const int64_t rest = n - c - 1;
    for (int64_t e = threadIdx.x; e < rest * rest; e += blockDim.x) {
      const int64_t r = c + 1 + e / rest, j = c + 1 + e % rest;
      m[r * n + j] = m[r * n + j] - __dmul_rn(m[r * n + c], m[static_cast<int64_t>(c) * n + j]);
    }
    __syncthreads();
  }
  return true;
}

template <typename T>
__global__ void inverseKernel(const T* __restrict__ a, int64_t count, int n, double* work, double* inv, int* perms,
                              int* singular, T* __restrict__ out) {
  __shared__ int sign;
  const int64_t nn = static_cast<int64_t>(n) * n;
  for (int64_t b = blockIdx.x; b < count; b += gridDim.x) {
    double* m = work + b * nn;
    double* x = inv + b * nn;  // column col of the inverse, solved by one thread
    int* perm = perms + b * n;
    loadMatrix(a, b, nn, m);
    __syncthreads();
    const bool ok = luBlock(m, perm, n, &sign);
    if (threadIdx.x == 0) singular[b] = ok ? 0 : 1;
    if (!ok) continue;  // uniform: every thread saw the same flag
    for (int col = threadIdx.x; col < n; col += blockDim.x) {
      for (int i = 0; i < n; ++i) {  // L y = P e_col
        double v = perm[i] == col ? 1.0 : 0.0;
        for (int j = 0; j < i; ++j) v = v - __dmul_rn(m[static_cast<int64_t>(i) * n + j], x[static_cast<int64_t>(j) * n + col]);
        x[static_cast<int64_t>(i) * n + col] = v;
      }
      for (int i = n - 1; i >= 0; --i) {  // U x = y
        double v = x[static_cast<int64_t>(i) * n + col];
        for (int j = i + 1; j < n; ++j) v = v - __dmul_rn(m[static_cast<int64_t>(i) * n + j], x[static_cast<int64_t>(j) * n + col]);
        x[static_cast<int64_t>(i) * n + col] = v / m[static_cast<int64_t>(i) * n + i];
      }
    }
    __syncthreads();
    for (int64_t i = threadIdx.x; i < nn; i += blockDim.x) out[b * nn + i] = kern::st<T>(static_cast<kern::Compute<T>>(x[i]));
    __syncthreads();
  }
}

template <typename T>
__global__ void determinantKernel(const T* __restrict__ a, int64_t count, int n, double* work, int* perms,
                                  T* __restrict__ out) {
  __shared__ int sign;
  const int64_t nn = static_cast<int64_t>(n) * n;
  for (int64_t b = blockIdx.x; b < count; b += gridDim.x) {
    double* m = work + b * nn;
    loadMatrix(a, b, nn, m);
    __syncthreads();
    const bool ok = luBlock(m, perms + b * n, n, &sign);
    if (threadIdx.x == 0) {
      double det = 0;
      if (ok) {
        det = sign;
        for (int i = 0; i < n; ++i) det *= m[static_cast<int64_t>(i) * n + i];
      }
      out[b] = kern::st<T>(static_cast<kern::Compute<T>>(det));
    }
    __syncthreads();
  }
}

template <typename T>
__global__ void eigKernel(const T* __restrict__ a, int64_t count, int n, double* work, int* orders,
                          T* __restrict__ vals, T* __restrict__ vecs) {
  __shared__ int sDone;
  __shared__ double sApq, sApp, sAqq;
  const int64_t nn = static_cast<int64_t>(n) * n;
  for (int64_t b = blockIdx.x; b < count; b += gridDim.x) {
    double* m = work + 2 * b * nn;
    double* v = m + nn;
    int* order = orders + b * n;
    loadMatrix(a, b, nn, m);
    for (int64_t e = threadIdx.x; e < nn; e += blockDim.x) v[e] = (e / n == e % n) ? 1.0 : 0.0;
    __syncthreads();
    for (int64_t e = threadIdx.x; e < nn; e += blockDim.x) {  // symmetric from the lower half
      const int64_t i = e / n, j = e % n;
      if (j > i) m[e] = m[j * n + i];
    }
    __syncthreads();
    for (int sweep = 0; sweep < 100; ++sweep) {
      if (threadIdx.x == 0) {  // same summation order as the CPU, so the same stopping sweep
        double off = 0;
        for (int i = 0; i < n; ++i)
          for (int j = i + 1; j < n; ++j) {
            const double x = m[static_cast<int64_t>(i) * n + j];
            off = off + __dmul_rn(x, x);
          }
        sDone = off < 1e-300;
      }
      __syncthreads();
      if (sDone) break;
      for (int p = 0; p < n; ++p) {
        for (int q = p + 1; q < n; ++q) {
          if (threadIdx.x == 0) {
            sApq = m[static_cast<int64_t>(p) * n + q];
            sApp = m[static_cast<int64_t>(p) * n + p];
            sAqq = m[static_cast<int64_t>(q) * n + q];
          }
          __syncthreads();
          const double apq = sApq, app = sApp, aqq = sAqq;
          __syncthreads();  // every thread has its copy before thread 0 may overwrite them
          if (apq == 0) continue;  // uniform
          const double theta = (aqq - app) / (2 * apq);
          const double t = (theta >= 0 ? 1.0 : -1.0) / (fabs(theta) + sqrt(__dmul_rn(theta, theta) + 1));
          const double c = 1 / sqrt(__dmul_rn(t, t) + 1), sn = t * c;
          for (int k = threadIdx.x; k < n; k += blockDim.x) {  // columns p, q
            double* rowK = m + static_cast<int64_t>(k) * n;
            const double mkp = rowK[p], mkq = rowK[q];
            rowK[p] = __dmul_rn(c, mkp) - __dmul_rn(sn, mkq);
            rowK[q] = __dmul_rn(sn, mkp) + __dmul_rn(c, mkq);
          }
          __syncthreads();
          double* rowP = m + static_cast<int64_t>(p) * n;
          double* rowQ = m + static_cast<int64_t>(q) * n;
          for (int k = threadIdx.x; k < n; k += blockDim.x) {  // rows p, q and the eigenvector columns
            const double mpk = rowP[k], mqk = rowQ[k];
            rowP[k] = __dmul_rn(c, mpk) - __dmul_rn(sn, mqk);
            rowQ[k] = __dmul_rn(sn, mpk) + __dmul_rn(c, mqk);
            double* vk = v + static_cast<int64_t>(k) * n;
            const double vkp = vk[p], vkq = vk[q];
            vk[p] = __dmul_rn(c, vkp) - __dmul_rn(sn, vkq);
            vk[q] = __dmul_rn(sn, vkp) + __dmul_rn(c, vkq);
          }
          __syncthreads();
        }
      }
    }
    if (threadIdx.x == 0) {  // stable insertion sort of the diagonal, ascending
      for (int i = 0; i < n; ++i) {
        const double key = m[static_cast<int64_t>(i) * n + i];
        int j = i;
        while (j > 0 && key < m[static_cast<int64_t>(order[j - 1]) * n + order[j - 1]]) {
          order[j] = order[j - 1];
          --j;
        }
        order[j] = i;
      }
    }
    __syncthreads();
    for (int col = threadIdx.x; col < n; col += blockDim.x) {
      const int src = order[col];
      vals[b * n + col] = kern::st<T>(static_cast<kern::Compute<T>>(m[static_cast<int64_t>(src) * n + src]));
      double sgn = 1;
      for (int r = n - 1; r >= 0; --r) {
        const double x = v[static_cast<int64_t>(r) * n + src];
        if (fabs(x) > 1e-12) { sgn = x < 0 ? -1 : 1; break; }
      }
      for (int r = 0; r < n; ++r)
        vecs[b * nn + static_cast<int64_t>(r) * n + col] =
            kern::st<T>(static_cast<kern::Compute<T>>(sgn * v[static_cast<int64_t>(r) * n + src]));
    }
    __syncthreads();
  }
}

unsigned blocksForBatch(int64_t count) { return static_cast<unsigned>(count < 65535 ? count : 65535); }
int threadsForMatrix(int n) {
  const int t = (n + 31) / 32 * 32;
  return t < 32 ? 32 : (t > kMaxMatrixThreads ? kMaxMatrixThreads : t);
}

}  // namespace

int64_t launch::inverseScratchBytes(int64_t count, int64_t n) {
  return count * n * n * 2 * static_cast<int64_t>(sizeof(double)) + count * n * static_cast<int64_t>(sizeof(int));
}
int64_t launch::determinantScratchBytes(int64_t count, int64_t n) {
  return count * n * n * static_cast<int64_t>(sizeof(double)) + count * n * static_cast<int64_t>(sizeof(int));
}
int64_t launch::eigScratchBytes(int64_t count, int64_t n) {
  return count * n * n * 2 * static_cast<int64_t>(sizeof(double)) + count * n * static_cast<int64_t>(sizeof(int));
}

cudaError_t launch::matrixInverse(int dtype, const void* a, int64_t count, int n, void* scratch, int* singular,
                                  void* out, cudaStream_t stream) {
  if (count <= 0) return cudaSuccess;
  double* work = static_cast<double*>(scratch);
  double* inv = work + count * n * n;
  int* perms = reinterpret_cast<int*>(inv + count * n * n);
  const bool known = kern::dispatchFloat(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    inverseKernel<T><<<blocksForBatch(count), threadsForMatrix(n), 0, stream>>>(static_cast<const T*>(a), count, n,
                                                                                work, inv, perms, singular,
                                                                                static_cast<T*>(out));
  });
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

cudaError_t launch::matrixDeterminant(int dtype, const void* a, int64_t count, int n, void* scratch, void* out,
                                      cudaStream_t stream) {
  if (count <= 0) return cudaSuccess;
  double* work = static_cast<double*>(scratch);
  int* perms = reinterpret_cast<int*>(work + count * n * n);
  const bool known = kern::dispatchFloat(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    determinantKernel<T><<<blocksForBatch(count), threadsForMatrix(n), 0, stream>>>(static_cast<const T*>(a), count,
                                                                                    n, work, perms,
                                                                                    static_cast<T*>(out));
  });
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

cudaError_t launch::selfAdjointEig(int dtype, const void* a, int64_t count, int n, void* scratch, void* vals,
                                   void* vecs, cudaStream_t stream) {
  if (count <= 0 || n <= 0) return cudaSuccess;
  double* work = static_cast<double*>(scratch);
  int* orders = reinterpret_cast<int*>(work + 2 * count * n * n);
  const bool known = kern::dispatchFloat(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    eigKernel<T><<<blocksForBatch(count), threadsForMatrix(n), 0, stream>>>(
        static_cast<const T*>(a), count, n, work, orders, static_cast<T*>(vals), static_cast<T*>(vecs));
  });
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

}  // namespace tfts::cuda
