// Convolution on the device: im2col / col2im data movement and the float32 convolutions built from
// them and a tiled shared-memory GEMM (no cuBLAS needed, and no TF32: results stay within float32
// rounding of the CPU's packed GEMM).
//   conv2dF32:               y[rows, oc]  = cols[rows, k] * w[k, oc]            (rows = images*oh*ow)
//   conv2dBackpropInputF32:  dcols[rows, k] = dy[rows, oc] * w^T, then col2im
//   conv2dBackpropFilterF32: dw[k, oc] += cols^T[k, rows] * dy[rows, oc], one chunk of images at a time
#include "conv.h"
#include "gather_common.cuh"

namespace tfts::cuda {
namespace {

using launch::ConvGeom;

template <typename T>
__global__ void im2colKernel(const T* __restrict__ x, ConvGeom g, int64_t total, T* __restrict__ out) {
  for (int64_t i = kern::globalThread(); i < total; i += kern::gridThreads()) {
    int64_t t = i;
    const int64_t c = t % g.c; t /= g.c;
    const int64_t kx = t % g.kw; t /= g.kw;
    const int64_t ky = t % g.kh; t /= g.kh;
    const int64_t ox = t % g.ow; t /= g.ow;
    const int64_t oy = t % g.oh;
    const int64_t n = t / g.oh;
    const int64_t y = oy * g.sh + ky * g.dh - g.padTop;
    const int64_t xx = ox * g.sw + kx * g.dw - g.padLeft;
    out[i] = (y >= 0 && y < g.h && xx >= 0 && xx < g.w) ? x[((n * g.h + y) * g.w + xx) * g.c + c] : T(0);
  }
}

// One thread per output pixel channel, summing its patch entries in the CPU's order (ascending
// output position (oy, ox), i.e. descending (ky, kx)), rounding to T after every add as the CPU does.
template <typename T>
__global__ void col2imKernel(const T* __restrict__ cols, ConvGeom g, int64_t total, T* __restrict__ out) {
  const int64_t rowLen = g.kh * g.kw * g.c;
  for (int64_t i = kern::globalThread(); i < total; i += kern::gridThreads()) {
    int64_t t = i;
    const int64_t c = t % g.c; t /= g.c;
    const int64_t x = t % g.w; t /= g.w;
    const int64_t y = t % g.h;
    const int64_t n = t / g.h;
    T acc = kern::st<T>(0);
    for (int64_t ky = g.kh - 1; ky >= 0; --ky) {
      const int64_t ty = y + g.padTop - ky * g.dh;
      if (ty < 0 || ty % g.sh != 0) continue;
      const int64_t oy = ty / g.sh;
      if (oy >= g.oh) continue;
      for (int64_t kx = g.kw - 1; kx >= 0; --kx) {
        const int64_t tx = x + g.padLeft - kx * g.dw;
        if (tx < 0 || tx % g.sw != 0) continue;
        const int64_t ox = tx / g.sw;
        if (ox >= g.ow) continue;
        const T v = cols[((n * g.oh + oy) * g.ow + ox) * rowLen + (ky * g.kw + kx) * g.c + c];
        acc = kern::st<T>(kern::ld(acc) + kern::ld(v));
      }
    }
    out[i] = acc;
  }
}

// Tiled GEMM: a 64x64 tile of C per 256-thread block, 16-deep slices of A and B staged in shared
// memory, each thread accumulating a 4x4 strided sub-tile in registers.
constexpr int kBM = 64, kBN = 64, kBK = 16;

__global__ void __launch_bounds__(256) gemmKernel(const float* __restrict__ a, const float* __restrict__ b,
                                                  float* __restrict__ c, int64_t m, int64_t n, int64_t k,
                                                  bool transA, bool transB, bool accumulate) {
  __shared__ float as[kBK][kBM + 1];
  __shared__ float bs[kBK][kBN + 1];
  const int tid = threadIdx.x;
  const int tx = tid % 16, ty = tid / 16;
  const int64_t row0 = static_cast<int64_t>(blockIdx.x) * kBM;
  const int64_t col0 = static_cast<int64_t>(blockIdx.y) * kBN;
  float acc[4][4] = {};
  for (int64_t k0 = 0; k0 < k; k0 += kBK) {
    // Each thread stages 4 elements of each tile; the element order follows the operand's memory
    // layout so neighbouring threads read neighbouring addresses.
    for (int e = tid; e < kBM * kBK; e += 256) {
      const int mm = transA ? e % kBM : e / kBK;
      const int kk = transA ? e / kBM : e % kBK;
      const int64_t gm = row0 + mm, gk = k0 + kk;
      float v = 0.0f;
      if (gm < m && gk < k) v = transA ? a[gk * m + gm] : a[gm * k + gk];
      as[kk][mm] = v;
    }
    for (int e = tid; e < kBN * kBK; e += 256) {
      const int nn = transB ? e / kBK : e % kBN;
      const int kk = transB ? e % kBK : e / kBN;
      const int64_t gn = col0 + nn, gk = k0 + kk;
      float v = 0.0f;
      if (gn < n && gk < k) v = transB ? b[gn * k + gk] : b[gk * n + gn];
      bs[kk][nn] = v;
    }
    __syncthreads();
#pragma unroll
    for (int kk = 0; kk < kBK; ++kk) {
      float ra[4], rb[4];
#pragma unroll
      for (int i = 0; i < 4; ++i) ra[i] = as[kk][ty + 16 * i];
#pragma unroll
      for (int j = 0; j < 4; ++j) rb[j] = bs[kk][tx + 16 * j];
#pragma unroll
      for (int i = 0; i < 4; ++i)
#pragma unroll
        for (int j = 0; j < 4; ++j) acc[i][j] += ra[i] * rb[j];
    }
    __syncthreads();
  }
#pragma unroll
  for (int i = 0; i < 4; ++i) {
    const int64_t gm = row0 + ty + 16 * i;
    if (gm >= m) continue;
#pragma unroll
    for (int j = 0; j < 4; ++j) {
      const int64_t gn = col0 + tx + 16 * j;
      if (gn >= n) continue;
      float* p = c + gm * n + gn;
      *p = accumulate ? *p + acc[i][j] : acc[i][j];
    }
  }
}

// Budget for one chunk's patch matrix; at least one image per chunk whatever its size.
constexpr int64_t kScratchBudgetFloats = int64_t(64) << 20;  // 256 MiB

bool isPointwise(const ConvGeom& g) {
  return g.kh == 1 && g.kw == 1 && g.sh == 1 && g.sw == 1 && g.padTop == 0 && g.padLeft == 0 && g.oh == g.h &&
         g.ow == g.w;
}

}  // namespace

cudaError_t launch::im2col(size_t elemSize, const void* x, const ConvGeom& g, void* out, cudaStream_t stream) {
  const int64_t total = g.n * g.oh * g.ow * g.kh * g.kw * g.c;
  if (total <= 0) return cudaSuccess;
  kern::dispatchSize(elemSize, [&](auto tag) {
    using T = typename decltype(tag)::type;
    im2colKernel<T><<<kern::blocksFor(total), kern::kThreads, 0, stream>>>(static_cast<const T*>(x), g, total,
                                                                           static_cast<T*>(out));
  });
  return cudaGetLastError();
}

cudaError_t launch::col2im(int dtype, const void* cols, const ConvGeom& g, void* out, cudaStream_t stream) {
  const int64_t total = g.n * g.h * g.w * g.c;
  bool known = true;
  if (total > 0) {
    known = kern::dispatchFloat(dtype, [&](auto tag) {
      using T = typename decltype(tag)::type;
      col2imKernel<T><<<kern::blocksFor(total), kern::kThreads, 0, stream>>>(static_cast<const T*>(cols), g, total,
                                                                             static_cast<T*>(out));
    });
  }
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

cudaError_t launch::gemmF32(const float* a, const float* b, float* c, int64_t m, int64_t n, int64_t k, bool transA,
                            bool transB, bool accumulate, cudaStream_t stream) {
  if (m <= 0 || n <= 0) return cudaSuccess;
  const int64_t gx = (m + kBM - 1) / kBM, gy = (n + kBN - 1) / kBN;
  if (gx > 2147483647 || gy > 65535) return cudaErrorInvalidConfiguration;
  gemmKernel<<<dim3(static_cast<unsigned>(gx), static_cast<unsigned>(gy)), 256, 0, stream>>>(
      a, b, c, m, n, k, transA, transB, accumulate);
  return cudaGetLastError();
}

int64_t launch::convChunk(const ConvGeom& g) {
  const int64_t perImage = g.oh * g.ow * g.kh * g.kw * g.c;
  if (perImage <= 0 || g.n <= 0) return g.n > 0 ? g.n : 1;
  const int64_t fit = kScratchBudgetFloats / perImage;
  return fit < 1 ? 1 : (fit < g.n ? fit : g.n);
}

int64_t launch::convScratchFloats(const ConvGeom& g, int64_t chunk) {
  return chunk * g.oh * g.ow * g.kh * g.kw * g.c;
}

cudaError_t launch::conv2dF32(const ConvGeom& g, int64_t oc, const float* x, const float* w, float* y,
                              float* scratch, int64_t chunk, cudaStream_t stream) {
  const int64_t m = g.oh * g.ow, k = g.kh * g.kw * g.c, imageSize = g.h * g.w * g.c;
  if (isPointwise(g)) return gemmF32(x, w, y, g.n * m, oc, k, false, false, false, stream);
  for (int64_t n0 = 0; n0 < g.n; n0 += chunk) {
    ConvGeom part = g;
    part.n = g.n - n0 < chunk ? g.n - n0 : chunk;
    cudaError_t e = im2col(sizeof(float), x + n0 * imageSize, part, scratch, stream);
    if (e == cudaSuccess) e = gemmF32(scratch, w, y + n0 * m * oc, part.n * m, oc, k, false, false, false, stream);
    if (e != cudaSuccess) return e;
  }
  return cudaSuccess;
}

cudaError_t launch::conv2dBackpropInputF32(const ConvGeom& g, int64_t oc, const float* w, const float* dy, float* dx,
                                           float* scratch, int64_t chunk, cudaStream_t stream) {
  const int64_t m = g.oh * g.ow, k = g.kh * g.kw * g.c, imageSize = g.h * g.w * g.c;
  if (isPointwise(g)) return gemmF32(dy, w, dx, g.n * m, k, oc, false, true, false, stream);
  for (int64_t n0 = 0; n0 < g.n; n0 += chunk) {
    ConvGeom part = g;
    part.n = g.n - n0 < chunk ? g.n - n0 : chunk;
    cudaError_t e = gemmF32(dy + n0 * m * oc, w, scratch, part.n * m, k, oc, false, true, false, stream);
    if (e == cudaSuccess) e = col2im(kern::kF32, scratch, part, dx + n0 * imageSize, stream);
    if (e != cudaSuccess) return e;
  }
  return cudaSuccess;
}

cudaError_t launch::conv2dBackpropFilterF32(const ConvGeom& g, int64_t oc, const float* x, const float* dy, float* dw,
                                            float* scratch, int64_t chunk, cudaStream_t stream) {
  const int64_t m = g.oh * g.ow, k = g.kh * g.kw * g.c, imageSize = g.h * g.w * g.c;
  if (k * oc <= 0) return cudaSuccess;
  // No patch rows at all: the gradient is zero (the GEMMs below would write nothing).
  if (g.n * m == 0) return cudaMemsetAsync(dw, 0, static_cast<size_t>(k * oc) * sizeof(float), stream);
  if (isPointwise(g)) return gemmF32(x, dy, dw, k, oc, g.n * m, true, false, false, stream);
  for (int64_t n0 = 0; n0 < g.n; n0 += chunk) {
    ConvGeom part = g;
    part.n = g.n - n0 < chunk ? g.n - n0 : chunk;
    cudaError_t e = im2col(sizeof(float), x + n0 * imageSize, part, scratch, stream);
    if (e == cudaSuccess) e = gemmF32(scratch, dy + n0 * m * oc, dw, k, oc, part.n * m, true, false, n0 > 0, stream);
    if (e != cudaSuccess) return e;
  }
  return cudaSuccess;
}

}  // namespace tfts::cuda
