// mathUnary on the device with CUDA's math library (asinf, lgammaf, erfcf, rintf, ...): results
// agree with the CPU's glibc within a few ulp (CUDA documents its maximum ulp errors; lgamma near
// its negative zeros is the least accurate), not bit for bit. Halves compute in float as on the CPU.
#include <type_traits>

#include "gather_common.cuh"
#include "math_unary.h"

namespace tfts::cuda {
namespace {

using launch::MathUnaryOp;

// Eigen's scalar digamma (the CPU's eigen_digamma.h) with CUDA's tan/log: reflection for x <= 0,
// recurrence up to 10, then the asymptotic series.
template <typename C> __device__ C digamma(C x) {
  const C pi = C(3.141592653589793238462643383279502884);
  bool negative = false;
  C reflection = 0;
  if (x <= C(0)) {
    negative = true;
    C p = floor(x);
    if (p == x) return C(NAN);
    C r = x - p;
    if (r != C(0.5)) {
      if (r > C(0.5)) { p += C(1); r = x - p; }
      reflection = pi / tan(pi * r);
    }
    x = C(1) - x;
  }
  C s = x, w = 0;
  while (s < C(10)) { w += C(1) / s; s += C(1); }
  C series = 0;
  if constexpr (sizeof(C) == 4) {
    if (s < 1.0e8f) {
      const float z = 1.0f / (s * s);
      series = z * (((-4.16666666666666666667E-3f * z + 3.96825396825396825397E-3f) * z - 8.33333333333333333333E-3f) * z + 8.33333333333333333333E-2f);
    }
  } else {
    if (s < 1.0e17) {
      const double a[] = {8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
                          -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3,
                          8.33333333333333333333E-2};
      const double z = 1.0 / (s * s);
      double poly = a[0];
      for (int i = 1; i < 7; ++i) poly = poly * z + a[i];
      series = z * poly;
    }
  }
  const C y = log(s) - (C(0.5) / s) - series - w;
  return negative ? y - reflection : y;
}

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
    case MathUnaryOp::Digamma: return digamma(x);
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
    case MathUnaryOp::Digamma: return digamma(x);
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
