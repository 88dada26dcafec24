// cuBLAS, loaded at run time. Why not link it: the build machine's CUDA
// toolkit (and CI's) has no cuBLAS, and linking it would also make the library
// fail to load where cuBLAS is missing. So this file declares the few entry
// points used (stable C ABI of cuBLAS 12/13) and dlopens libcublas.so.13
// (then libcublas.so.12, libcublas.so) on first use.
#pragma once
#include <cuda_runtime_api.h>
#include <library_types.h>

#include <cstdint>

namespace tfts::cuda {

using cublasHandle = void*;
enum CublasOp : int { kOpN = 0, kOpT = 1 };
constexpr int kCublasDefaultMath = 0;
constexpr int kCublasTf32TensorOpMath = 3;
constexpr int kCublasCompute32F = 68;
constexpr int kCublasGemmDefault = -1;

struct Cublas {
  int (*create)(cublasHandle*);
  int (*setStream)(cublasHandle, cudaStream_t);
  int (*setMathMode)(cublasHandle, int);
  // Optional (null when the library lacks it): a workspace of our own, as PyTorch sets one.
  int (*setWorkspace)(cublasHandle, void*, size_t);
  int (*sgemm)(cublasHandle, int, int, int, int, int, const float*, const float*, int, const float*, int, const float*,
               float*, int);
  int (*sgemmStridedBatched)(cublasHandle, int, int, int, int, int, const float*, const float*, int, long long,
                             const float*, int, long long, const float*, float*, int, long long, int);
  int (*dgemmStridedBatched)(cublasHandle, int, int, int, int, int, const double*, const double*, int, long long,
                             const double*, int, long long, const double*, double*, int, long long, int);
  int (*gemmStridedBatchedEx)(cublasHandle, int, int, int, int, int, const void*, const void*, cudaDataType, int,
                              long long, const void*, cudaDataType, int, long long, const void*, void*, cudaDataType,
                              int, long long, int, int /*cublasComputeType_t*/, int /*cublasGemmAlgo_t*/);
  int (*sgemmBatched)(cublasHandle, int, int, int, int, int, const float*, const float* const*, int,
                      const float* const*, int, const float*, float* const*, int, int);
  int (*dgemmBatched)(cublasHandle, int, int, int, int, int, const double*, const double* const*, int,
                      const double* const*, int, const double*, double* const*, int, int);
  int (*gemmBatchedEx)(cublasHandle, int, int, int, int, int, const void*, const void* const*, cudaDataType, int,
                       const void* const*, cudaDataType, int, const void*, void* const*, cudaDataType, int, int, int, int);
  cublasHandle handle;
};

// The loaded library with a handle bound to the module's stream and the
// current TF32 setting; throws a JS Error saying why when cuBLAS is missing.
const Cublas& cublas();
// Throws a JS Error "<what>: cuBLAS status N (name)" unless status is 0.
void checkCublas(int status, const char* what);
// TF32 for float32 GEMMs (TF's default: on). Takes effect on the next GEMM.
void setTensorFloat32(bool on);
bool tensorFloat32();

}  // namespace tfts::cuda
