// 2-D pooling on the device, with the CPU kernel's semantics (native/src/kernels/pool.cc):
//   pool2d: one thread per output element; windows visited in row-major order, 'max' propagates
//     NaN, 'avg' divides by the number of in-image entries; integers accumulate in double.
//   pool2dGrad: one thread per input element gathering from every window that contains it, in the
//     CPU's (oy, ox) order and rounding after every add, so no atomics are needed and the result
//     is the CPU's up to float rounding. 'max' routes a window's gradient to its first maximal entry.
#include <type_traits>

#include "gather_common.cuh"
#include "pool.h"

namespace tfts::cuda {
namespace {

using launch::ConvGeom;

__device__ __forceinline__ int64_t imin(int64_t a, int64_t b) { return a < b ? a : b; }

template <typename T>
__global__ void poolKernel(bool max, const T* __restrict__ x, ConvGeom g, int64_t total, T* __restrict__ out) {
  using A = std::conditional_t<std::is_integral_v<T>, double, kern::Compute<T>>;
  for (int64_t i = kern::globalThread(); i < total; i += kern::gridThreads()) {
    int64_t t = i;
    const int64_t c = t % g.c; t /= g.c;
    const int64_t ox = t % g.ow; t /= g.ow;
    const int64_t oy = t % g.oh;
    const int64_t n = t / g.oh;
    A acc = 0;
    int64_t count = 0;
    for (int64_t ky = 0; ky < g.kh; ++ky) {
      const int64_t y = oy * g.sh + ky - g.padTop;
      if (y < 0 || y >= g.h) continue;
      for (int64_t kx = 0; kx < g.kw; ++kx) {
        const int64_t xx = ox * g.sw + kx - g.padLeft;
        if (xx < 0 || xx >= g.w) continue;
        const A v = static_cast<A>(kern::ld(x[((n * g.h + y) * g.w + xx) * g.c + c]));
        if (count == 0) acc = v;
        else if (max) acc = (v > acc || v != v) ? v : acc;
        else acc += v;
        ++count;
      }
    }
    if (count == 0) {
      out[i] = kern::st<T>(0);  // a window entirely in the padding: the CPU leaves its zero
      continue;
    }
    if (!max) acc /= static_cast<A>(count);
    out[i] = kern::st<T>(static_cast<kern::Compute<T>>(acc));
  }
}

template <typename T>
__global__ void poolGradKernel(bool max, const T* __restrict__ x, const T* __restrict__ dy, ConvGeom g, int64_t total,
                               T* __restrict__ out) {
  using C = kern::Compute<T>;
  for (int64_t i = kern::globalThread(); i < total; i += kern::gridThreads()) {
    int64_t t = i;
    const int64_t c = t % g.c; t /= g.c;
    const int64_t px = t % g.w; t /= g.w;
    const int64_t py = t % g.h;
    const int64_t n = t / g.h;
    // Windows [oy*sh - padTop, +kh) containing py: oy*sh in [py + padTop - kh + 1, py + padTop].
    const int64_t loY = py + g.padTop - g.kh + 1, loX = px + g.padLeft - g.kw + 1;
    const int64_t oyMin = loY <= 0 ? 0 : (loY + g.sh - 1) / g.sh;
    const int64_t oxMin = loX <= 0 ? 0 : (loX + g.sw - 1) / g.sw;
    const int64_t oyMax = imin(g.oh - 1, (py + g.padTop) / g.sh);
    const int64_t oxMax = imin(g.ow - 1, (px + g.padLeft) / g.sw);
    T acc = kern::st<T>(0);
    for (int64_t oy = oyMin; oy <= oyMax; ++oy) {
      const int64_t y0 = oy * g.sh - g.padTop;
      const int64_t yBegin = y0 < 0 ? 0 : y0, yEnd = imin(g.h, y0 + g.kh);
      for (int64_t ox = oxMin; ox <= oxMax; ++ox) {
        const int64_t x0 = ox * g.sw - g.padLeft;
        const int64_t xBegin = x0 < 0 ? 0 : x0, xEnd = imin(g.w, x0 + g.kw);
        const C gv = kern::ld(dy[((n * g.oh + oy) * g.ow + ox) * g.c + c]);
        if (max) {
          int64_t bestY = yBegin, bestX = xBegin;
          C best = kern::ld(x[((n * g.h + yBegin) * g.w + xBegin) * g.c + c]);
          for (int64_t y = yBegin; y < yEnd; ++y)
            for (int64_t xx = xBegin; xx < xEnd; ++xx) {
              const C v = kern::ld(x[((n * g.h + y) * g.w + xx) * g.c + c]);
              if (v > best) { best = v; bestY = y; bestX = xx; }
            }
          if (bestY == py && bestX == px) acc = kern::st<T>(kern::ld(acc) + gv);
        } else {
          const C share = gv / static_cast<C>((yEnd - yBegin) * (xEnd - xBegin));
          acc = kern::st<T>(kern::ld(acc) + share);
        }
      }
    }
    out[i] = acc;
  }
}

}  // namespace

cudaError_t launch::pool2d(bool max, int dtype, const void* x, const ConvGeom& g, void* out, cudaStream_t stream) {
  const int64_t total = g.n * g.oh * g.ow * g.c;
  bool known = dtype != kern::kBool;
  if (known && total > 0) {
    known = kern::dispatchNumeric(dtype, [&](auto tag) {
      using T = typename decltype(tag)::type;
      poolKernel<T><<<kern::blocksFor(total), kern::kThreads, 0, stream>>>(max, static_cast<const T*>(x), g, total,
                                                                           static_cast<T*>(out));
    });
  }
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

cudaError_t launch::pool2dGrad(bool max, int dtype, const void* x, const void* dy, const ConvGeom& g, void* out,
                               cudaStream_t stream) {
  const int64_t total = g.n * g.h * g.w * g.c;
  bool known = true;
  if (total > 0) {
    known = kern::dispatchFloat(dtype, [&](auto tag) {
      using T = typename decltype(tag)::type;
      poolGradKernel<T><<<kern::blocksFor(total), kern::kThreads, 0, stream>>>(
          max, static_cast<const T*>(x), static_cast<const T*>(dy), g, total, static_cast<T*>(out));
    });
  }
  return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

}  // namespace tfts::cuda
