// cblas_ddot / cblas_sdot in OpenBLAS's Haswell order (kernel/x86_64/ddot.c, sdot.c and their
// haswell micro-kernels): FMA lanes over whole blocks, a fixed tree to fold the lanes, then the
// tail added one rounded product at a time. The lane arrays below mirror the ymm registers.
#include <cmath>
#include <thread>

#include "openblas_order.h"
#include "openblas_order_simd.h"

namespace tfts::openblas {

bool haveAvx2Fma() {
#if defined(__x86_64__) && defined(__GNUC__)
  static const bool ok = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return ok;
#else
  return false;
#endif
}

int blasThreads() {
  static const int n = [] {
    const unsigned c = std::thread::hardware_concurrency();
    return c == 0 ? 1 : (c > 64 ? 64 : static_cast<int>(c));
  }();
  return n;
}

namespace {

// One ddot call of the kernel: 16 lanes (4 ymm of 4) of FMA over n & -16 elements, folded as
// (lo+hi of each register), (r4+r5)+(r6+r7), lane 0 + lane 1; then the tail without FMA.
OB_INLINE double ddotPart(int64_t n, const double* x, const double* y) {
  const int64_t n1 = n & -16;
  double dot = 0.0;
  if (n1 > 0) {
    double acc[16] = {};
    for (int64_t i = 0; i < n1; i += 16)
      for (int l = 0; l < 16; ++l) acc[l] = std::fma(y[i + l], x[i + l], acc[l]);
    double h[4][2];
    for (int k = 0; k < 4; ++k)
      for (int q = 0; q < 2; ++q) h[k][q] = acc[4 * k + q] + acc[4 * k + 2 + q];
    double s[2];
    for (int q = 0; q < 2; ++q) s[q] = (h[0][q] + h[1][q]) + (h[2][q] + h[3][q]);
    dot = s[0] + s[1];
  }
  for (int64_t i = n1; i < n; ++i) dot = dot + y[i] * x[i];
  return dot;
}

// sdot's kernel: 32 float lanes (4 ymm of 8) over n & -32, folded lo+hi per register, then
// (r4+r5)+(r6+r7), then two horizontal adds: (v0+v1)+(v2+v3).
OB_INLINE float sdotKernel(int64_t n1, const float* x, const float* y) {
  float acc[32] = {};
  for (int64_t i = 0; i < n1; i += 32)
    for (int l = 0; l < 32; ++l) acc[l] = std::fma(y[i + l], x[i + l], acc[l]);
  float v[4];
  for (int q = 0; q < 4; ++q) {
    float h[4];
    for (int k = 0; k < 4; ++k) h[k] = acc[8 * k + q] + acc[8 * k + 4 + q];
    v[q] = (h[0] + h[1]) + (h[2] + h[3]);
  }
  return (v[0] + v[1]) + (v[2] + v[3]);
}

OB_INLINE float sdotBody(int64_t n, const float* x, const float* y) {
  const int64_t n1 = n & -32;
  const float mydot = n1 > 0 ? sdotKernel(n1, x, y) : 0.0f;
  // The tail accumulates in double: each product is rounded to float first.
  double dot = 0.0;
  for (int64_t i = n1; i < n; ++i) {
    const float p = y[i] * x[i];
    dot += static_cast<double>(p);
  }
  dot += static_cast<double>(mydot);
  return static_cast<float>(dot);
}

OB_FAST double ddotPartFast(int64_t n, const double* x, const double* y) { return ddotPart(n, x, y); }
double ddotPartPortable(int64_t n, const double* x, const double* y) { return ddotPart(n, x, y); }
OB_FAST float sdotFast(int64_t n, const float* x, const float* y) { return sdotBody(n, x, y); }
float sdotPortable(int64_t n, const float* x, const float* y) { return sdotBody(n, x, y); }

double ddotOne(int64_t n, const double* x, const double* y) {
  return haveAvx2Fma() ? ddotPartFast(n, x, y) : ddotPartPortable(n, x, y);
}

}  // namespace

double ddot(int64_t n, const double* x, const double* y, int threads) {
  if (n <= 0) return 0.0;
  if (n <= 10000 || threads <= 1) return ddotOne(n, x, y);
  // OpenBLAS splits long vectors into `threads` consecutive parts (each ceil(remaining / parts
  // left) long) and adds the partial dots in order onto 0.0. The parts are computed here one
  // after another: only their grouping affects the bits.
  double result = 0.0;
  int64_t start = 0;
  for (int j = 0; j < threads && start < n; ++j) {
    const int64_t left = n - start, parts = threads - j;
    const int64_t width = (left + parts - 1) / parts;
    result = result + ddotOne(width, x + start, y + start);
    start += width;
  }
  return result;
}

float sdot(int64_t n, const float* x, const float* y) {
  if (n <= 0) return 0.0f;
  return haveAvx2Fma() ? sdotFast(n, x, y) : sdotPortable(n, x, y);
}

}  // namespace tfts::openblas
