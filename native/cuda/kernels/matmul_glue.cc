// matmul(dtype, a, aShape, b, bShape, transposeA, transposeB) on the GPU
// (validation and messages as src/kernels/matmul.cc) and setTensorFloat32.
// float32/float64/float16/bfloat16 run on cuBLAS: row-major C = op(A) op(B)
// is column-major C^T = op(B)^T op(A)^T, so B is passed first. Batch dims
// broadcast: a strided-batched call when both operands step uniformly (or
// not at all) through the batch, otherwise pointer arrays.
#include <climits>
#include <string>
#include <vector>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/cublas_loader.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "matmul.h"

namespace tfts::cuda {
namespace {

// Offset (in matrices) of each output batch entry's operand, as the CPU computes it.
std::vector<int64_t> batchOffsets(const Shape& batch, const Shape& outBatch, int64_t nBatch) {
  const Shape st = broadcastStrides(batch, outBatch);
  std::vector<int64_t> off(static_cast<size_t>(nBatch));
  for (int64_t bi = 0; bi < nBatch; ++bi) {
    int64_t rem = bi, o = 0;
    for (size_t d = outBatch.size(); d-- > 0;) {
      const int64_t idx = rem % outBatch[d];
      rem /= outBatch[d];
      o += idx * st[d];
    }
    off[bi] = o;
  }
  return off;
}

// Stride s with off[i] == i*s for all i, or -1.
int64_t uniformStride(const std::vector<int64_t>& off) {
  if (off.size() < 2) return 0;
  const int64_t s = off[1] - off[0];
  for (size_t i = 0; i < off.size(); ++i) {
    if (off[i] != static_cast<int64_t>(i) * s) return -1;
  }
  return s;
}

void requireInt(Napi::Env env, int64_t v, const char* what) {
  if (v > INT_MAX) throwRange(env, std::string("matmul: ") + what + " " + std::to_string(v) + " is too large for cuBLAS (max 2^31-1)");
}

Napi::Value Matmul(const Napi::CallbackInfo& info) {
  Args args(info, "matmul", 7);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape as = args.shape(2, "aShape"), bs = args.shape(4, "bShape");
  const bool ta = args.boolean(5, "transposeA"), tb = args.boolean(6, "transposeB");
  if (as.size() < 2 || bs.size() < 2) {
    throwRange(env, "matmul: operands must have rank >= 2, got " + shapeStr(as) + " and " + shapeStr(bs));
  }
  const size_t ra = as.size(), rb = bs.size();
  const int64_t M = ta ? as[ra - 1] : as[ra - 2], K = ta ? as[ra - 2] : as[ra - 1];
  const int64_t K2 = tb ? bs[rb - 1] : bs[rb - 2], N = tb ? bs[rb - 2] : bs[rb - 1];
  if (K != K2) {
    throwRange(env, "matmul: inner dimensions do not match: " + shapeStr(as) + (ta ? "^T" : "") + " x " +
                        shapeStr(bs) + (tb ? "^T" : ""));
  }
  const int64_t na = numElements(env, as, "matmul: aShape"), nb = numElements(env, bs, "matmul: bShape");
  DevBuf A = devArgFor(args, 1, "a", d, na);
  DevBuf B = devArgFor(args, 3, "b", d, nb);
  const Shape abatch(as.begin(), as.end() - 2), bbatch(bs.begin(), bs.end() - 2);
  Shape outShape = broadcastShapes(env, abatch, bbatch, "matmul");
  const Shape batchOnly = outShape;
  const int64_t nBatch = numElements(env, outShape, "matmul: batch");
  outShape.push_back(M);
  outShape.push_back(N);
  const int64_t nOut = numElements(env, outShape, "matmul: output");
  if (!(d == DType::Float32 || d == DType::Float64 || d == DType::Int32 || d == DType::Int64 ||
        d == DType::Float16 || d == DType::BFloat16)) {
    throwRange(env, std::string("matmul: unsupported dtype ") + dtypeName(d));
  }
  void* C = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, nOut, d), &C);
  if (nOut == 0) return obj;
  const size_t es = dtypeSize(d);
  if (K == 0) {  // empty sum
    check(cudaMemsetAsync(C, 0, static_cast<size_t>(nOut) * es, stream()), "cudaMemsetAsync(matmul)");
    return obj;
  }
  if (M == 1 && N == 1 && nBatch == 1 && K <= kSmallDotMaxK && (d == DType::Float32 || d == DType::Float64)) {
    launchSmallDot(d, A.ptr, B.ptr, C, K);
    checkLaunch("matmul (dot)");
    return obj;
  }
  std::vector<int64_t> aIdx = batchOffsets(abatch, batchOnly, nBatch), bIdx = batchOffsets(bbatch, batchOnly, nBatch);

  if (d == DType::Int32 || d == DType::Int64) {
    for (auto& v : aIdx) v *= M * K;
    for (auto& v : bIdx) v *= K * N;
    const auto* aOff = static_cast<const int64_t*>(uploadTemp(env, aIdx.data(), aIdx.size() * sizeof(int64_t)));
    const auto* bOff = static_cast<const int64_t*>(uploadTemp(env, bIdx.data(), bIdx.size() * sizeof(int64_t)));
    launchIntMatmul(d, A.ptr, B.ptr, C, aOff, bOff, nBatch, M, N, K, ta, tb);
    checkLaunch("matmul");
    return obj;
  }

  requireInt(env, M, "dimension");
  requireInt(env, N, "dimension");
  requireInt(env, K, "dimension");
  requireInt(env, nBatch, "batch count");
  const Cublas& cb = cublas();
  const int m = static_cast<int>(N), n = static_cast<int>(M), k = static_cast<int>(K);
  const int opB = tb ? kOpT : kOpN, opA = ta ? kOpT : kOpN;
  const int ldb = static_cast<int>(tb ? K : N), lda = static_cast<int>(ta ? M : K), ldc = static_cast<int>(N);
  const int batch = static_cast<int>(nBatch);
  const int64_t sa = uniformStride(aIdx), sb = uniformStride(bIdx);
  const float alphaF = 1.0f, betaF = 0.0f;
  const double alphaD = 1.0, betaD = 0.0;
  const cudaDataType ty = d == DType::Float16 ? CUDA_R_16F : d == DType::BFloat16 ? CUDA_R_16BF : CUDA_R_32F;

  if (sa >= 0 && sb >= 0) {
    const long long strideA = sa * M * K, strideB = sb * K * N, strideC = M * N;
    if (d == DType::Float32 && batch == 1) {  // plain sgemm: cuBLAS's heuristics for one product
      checkCublas(cb.sgemm(cb.handle, opB, opA, m, n, k, &alphaF, static_cast<const float*>(B.ptr), ldb,
                           static_cast<const float*>(A.ptr), lda, &betaF, static_cast<float*>(C), ldc),
                  "cublasSgemm");
    } else if (d == DType::Float32) {
      checkCublas(cb.sgemmStridedBatched(cb.handle, opB, opA, m, n, k, &alphaF, static_cast<const float*>(B.ptr), ldb, strideB,
                                         static_cast<const float*>(A.ptr), lda, strideA, &betaF, static_cast<float*>(C), ldc,
                                         strideC, batch),
                  "cublasSgemmStridedBatched");
    } else if (d == DType::Float64) {
      checkCublas(cb.dgemmStridedBatched(cb.handle, opB, opA, m, n, k, &alphaD, static_cast<const double*>(B.ptr), ldb,
                                         strideB, static_cast<const double*>(A.ptr), lda, strideA, &betaD,
                                         static_cast<double*>(C), ldc, strideC, batch),
                  "cublasDgemmStridedBatched");
    } else {
      checkCublas(cb.gemmStridedBatchedEx(cb.handle, opB, opA, m, n, k, &alphaF, B.ptr, ty, ldb, strideB, A.ptr, ty, lda,
                                          strideA, &betaF, C, ty, ldc, strideC, batch, kCublasCompute32F, kCublasGemmDefault),
                  "cublasGemmStridedBatchedEx");
    }
    return obj;
  }
  // Irregular broadcast: per-batch pointer arrays (uploaded, stream-ordered).
  std::vector<const void*> pa(static_cast<size_t>(nBatch)), pb(static_cast<size_t>(nBatch));
  std::vector<void*> pc(static_cast<size_t>(nBatch));
  for (int64_t i = 0; i < nBatch; ++i) {
    pa[i] = static_cast<const uint8_t*>(A.ptr) + static_cast<size_t>(aIdx[i] * M * K) * es;
    pb[i] = static_cast<const uint8_t*>(B.ptr) + static_cast<size_t>(bIdx[i] * K * N) * es;
    pc[i] = static_cast<uint8_t*>(C) + static_cast<size_t>(i * M * N) * es;
  }
  const size_t pbytes = static_cast<size_t>(nBatch) * sizeof(void*);
  const auto* dA = static_cast<const void* const*>(uploadTemp(env, pa.data(), pbytes));
  const auto* dB = static_cast<const void* const*>(uploadTemp(env, pb.data(), pbytes));
  auto* dC = static_cast<void* const*>(const_cast<void*>(uploadTemp(env, pc.data(), pbytes)));
  if (d == DType::Float32) {
    checkCublas(cb.sgemmBatched(cb.handle, opB, opA, m, n, k, &alphaF, reinterpret_cast<const float* const*>(dB), ldb,
                                reinterpret_cast<const float* const*>(dA), lda, &betaF,
                                reinterpret_cast<float* const*>(dC), ldc, batch),
                "cublasSgemmBatched");
  } else if (d == DType::Float64) {
    checkCublas(cb.dgemmBatched(cb.handle, opB, opA, m, n, k, &alphaD, reinterpret_cast<const double* const*>(dB), ldb,
                                reinterpret_cast<const double* const*>(dA), lda, &betaD,
                                reinterpret_cast<double* const*>(dC), ldc, batch),
                "cublasDgemmBatched");
  } else {
    checkCublas(cb.gemmBatchedEx(cb.handle, opB, opA, m, n, k, &alphaF, dB, ty, ldb, dA, ty, lda, &betaF, dC, ty, ldc,
                                 batch, kCublasCompute32F, kCublasGemmDefault),
                "cublasGemmBatchedEx");
  }
  return obj;
}

Napi::Value SetTensorFloat32(const Napi::CallbackInfo& info) {
  Args args(info, "setTensorFloat32", 1);
  setTensorFloat32(args.boolean(0, "on"));
  return info.Env().Undefined();
}

}  // namespace

TFTS_CUDA_EXPORT("matmul", Matmul)
TFTS_CUDA_EXPORT("setTensorFloat32", SetTensorFloat32)

}  // namespace tfts::cuda
