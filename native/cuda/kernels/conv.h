// Host launchers of the convolution kernels (conv.cu) and the window geometry they share with
// pooling (pool.cu). Geometry as native/src/kernels/conv_geometry.h: NHWC image [n,h,w,c] and the
// 10-number window [kh, kw, sh, sw, dh, dw, padTop, padLeft, oh, ow]; the glue validated both.
#pragma once
#include <cuda_runtime_api.h>

#include <cstddef>
#include <cstdint>

namespace tfts::cuda::launch {

struct ConvGeom {
  int64_t n, h, w, c;
  int64_t kh, kw, sh, sw, dh, dw, padTop, padLeft, oh, ow;
};

// [n*oh*ow, kh*kw*c] patches (zeros outside the image), any element size.
cudaError_t im2col(size_t elemSize, const void* x, const ConvGeom& g, void* out, cudaStream_t stream);
// [n,h,w,c] sums of the patch entries of every pixel; float dtype codes only (false otherwise).
cudaError_t col2im(int dtype, const void* cols, const ConvGeom& g, void* out, cudaStream_t stream);

// float32 convolutions as im2col + a tiled GEMM, `chunk` images at a time through the
// caller's scratch buffer of convScratchFloats(g, chunk) floats (may be null when that is 0).
int64_t convChunk(const ConvGeom& g);
int64_t convScratchFloats(const ConvGeom& g, int64_t chunk);
cudaError_t conv2dF32(const ConvGeom& g, int64_t oc, const float* x, const float* w, float* y,
                      float* scratch, int64_t chunk, cudaStream_t stream);
cudaError_t conv2dBackpropInputF32(const ConvGeom& g, int64_t oc, const float* w, const float* dy, float* dx,
                                   float* scratch, int64_t chunk, cudaStream_t stream);
cudaError_t conv2dBackpropFilterF32(const ConvGeom& g, int64_t oc, const float* x, const float* dy, float* dw,
                                    float* scratch, int64_t chunk, cudaStream_t stream);

// Row-major C[m,n] = op(A)[m,k] * op(B)[k,n] (+ C when accumulate), float32, no TF32.
cudaError_t gemmF32(const float* a, const float* b, float* c, int64_t m, int64_t n, int64_t k, bool transA,
                    bool transB, bool accumulate, cudaStream_t stream);

}  // namespace tfts::cuda::launch
