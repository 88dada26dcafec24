// numpy_simd_math.h's array loops. Each is compiled for the CPU features that numpy's dispatcher
// requires before it uses the same algorithm (AVX2+FMA; AVX-512 for SVML's float64 exp/log, whose
// log also takes vrcp14sd's ~14-bit reciprocal from the CPU itself) and is only called on CPUs
// that have them. Every result is the header's scalar function of one element: the features only
// make its fused multiply-adds single instructions (ISO C++ mode: the compiler fuses nothing of
// its own, so separate multiplies and adds stay separately rounded).
#include "numpy_simd_math.h"

#include <immintrin.h>

namespace tfts::numpy {

namespace {

template <typename T, typename F> inline void each(const T* in, T* out, size_t n, F f) {
  for (size_t i = 0; i < n; i++) out[i] = f(in[i]);
}

__attribute__((target("avx2,fma"))) void f32Loop(int op, const float* in, float* out, size_t n) {
  switch (op) {
    case 0: return each(in, out, n, npExpF32);
    case 1: return each(in, out, n, npLogF32);
    case 2: return each(in, out, n, npSinF32);
    case 3: return each(in, out, n, npCosF32);
    default: return each(in, out, n, npTanhF32);
  }
}

__attribute__((target("avx2,fma"))) void tanhF64Loop(const double* in, double* out, size_t n) {
  each(in, out, n, npTanhF64);
}

__attribute__((target("avx512f,avx2,fma"))) double rcp14Avx512(double m) {
  const __m128d v = _mm_set_sd(m);
  return _mm_cvtsd_f64(_mm_rcp14_sd(v, v));
}

}  // namespace

// Out-of-line vrcp14sd for the header's scalar npLogF64 (only reached on AVX-512 CPUs).
double rcp14(double m) { return rcp14Avx512(m); }

namespace {

__attribute__((target("avx512f,avx2,fma"))) void svmlF64Loop(int op, const double* in, double* out, size_t n) {
  if (op == 0) each(in, out, n, npExpF64);
  else each(in, out, n, npLogF64);
}

}  // namespace

bool numpyMathLoop(int op, const float* in, float* out, size_t n) {
  if (!usesNumpySimd() || !(op <= 3 || op == 5)) return false;
  f32Loop(op, in, out, n);
  return true;
}

bool numpyMathLoop(int op, const double* in, double* out, size_t n) {
  if (op == 5 && usesNumpySimd()) {
    tanhF64Loop(in, out, n);
    return true;
  }
  if ((op == 0 || op == 1) && usesSvmlExpLog()) {
    svmlF64Loop(op, in, out, n);
    return true;
  }
  return false;
}

}  // namespace tfts::numpy
