// mathUnary on the device with CUDA's math library (asinf, lgammaf, erfcf, rintf, ...): results
// agree with the CPU's glibc within a few ulp (CUDA documents its maximum ulp errors; lgamma near
// its negative zeros is the least accurate), not bit for bit. Halves compute in float as on the CPU.
#include <type_traits>

#include "gather_common.cuh"
#include "math_unary.h"

namespace tfts::cuda {
namespace {

using launch::MathUnaryOp;

__device__ __forceinline__ float apply(MathUnaryOp op, float x) {
  switch (op) {
    case MathUnaryOp::Asin: return asinf(x);
    case MathUnaryOp::Acos: return acosf(x);
    case MathUnaryOp::Atan: return atanf(x);
    case MathUnaryOp::Sinh: return sinhf(x);
    case MathUnaryOp::Cosh: return coshf(x);
    case MathUnaryOp::Asinh: return asinhf(x);
    case MathUnaryOp::Acosh: return acoshf(x);
    case MathUnaryOp::Atanh: return atanhf(x);
    case MathUnaryOp::Rint: return rintf(x);  // half to even, as nearbyint in the default mode
    case MathUnaryOp::Erfc: return erfcf(x);
    default: return lgammaf(x);
  }
}

__device__ __forceinline__ double apply(MathUnaryOp op, double x) {
  switch (op) {
    case MathUnaryOp::Asin: return asin(x);
    case MathUnaryOp::Acos: return acos(x);
    case MathUnaryOp::Atan: return atan(x);
    case MathUnaryOp::Sinh: return sinh(x);
    case MathUnaryOp::Cosh: return cosh(x);
    case MathUnaryOp::Asinh: return asinh(x);
    case MathUnaryOp::Acosh: return acosh(x);
    case MathUnaryOp::Atanh: return atanh(x);
    case MathUnaryOp::Rint: return rint(x);
    case MathUnaryOp::Erfc: return erfc(x);
    default: return lgamma(x);
  }
}

template <typename C> __device__ __forceinline__ bool predicate(MathUnaryOp op, C x) {
  if (op == MathUnaryOp::IsNan) return isnan(x);
  if (op == MathUnaryOp::IsInf) return isinf(x);
  return isfinite(x);
}

template <typename T>
__global__ void mathUnaryKernel(MathUnaryOp op, const T* __restrict__ a, int64_t n, T* __restrict__ out) {
  for (int64_t i = kern::globalThread(); i < n; i += kern::gridThreads()) out[i] = kern::st<T>(apply(op, kern::ld(a[i])));
}

template <typename T>
__global__ void predicateKernel(MathUnaryOp op, const T* __restrict__ a, int64_t n, uint8_t* __restrict__ out) {
  for (int64_t i = kern::globalThread(); i < n; i += kern::gridThreads()) out[i] = predicate(op, kern::ld(a[i])) ? 1 : 0;
}

}  // namespace

cudaError_t launch::mathUnary(MathUnaryOp op, int dtype, const void* a, int64_t n, void* out, cudaStream_t stream) {
  bool known = true;
  if (n > 0) {
    known = kern::dispatchFloat(dtype, [&](auto tag) {
      using T = typename decltype(tag)::type;
      if (isPredicate(op)) {
        predicateKernel<T><<<kern::blocksFor(n), kern::kThreads, 0, stream>>>(op, static_cast<const T*>(a), n,
                                                                              static_cast<uint8_t*>(out));
      } else {
        mathUnaryKernel<T><<<kern::blocksFor(n), kern::kThreads, 0, stream>>>(op, static_cast<const T*>(a), n,
                                                                              static_cast<T*>(out));
      }
    });
  }
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

}  // namespace tfts::cuda
