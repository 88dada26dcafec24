// Random kernels: one thread per output group, running the very Philox and
// distribution code of the CPU kernels (src/random/*.h, compiled for the
// device), so values match the CPU's stream layout (src/kernels/random.cc):
//  * uniform / normal / uniform int: group g = Philox block counter + g,
//    4 outputs (32/16-bit types) or 2 (64-bit types) per block;
//  * truncated normal: group g starts at counter + g*256 blocks (g*128 for
//    float64) and consumes single words until its 4 (2) values are accepted.
// Device sin/cos/log may differ from glibc's in the last bit for normals.
#include <cmath>

#include "../../src/random/distributions.h"
#include "../core/device_types.cuh"
#include "../core/launch.cuh"
#include "../core/stream.h"
#include "random.h"

namespace tfts::cuda {
namespace {

template <typename T> __device__ __forceinline__ void put(T* out, int64_t i, float v) { out[i] = dstore<T>(v); }
template <> __device__ __forceinline__ void put<float>(float* out, int64_t i, float v) { out[i] = v; }

template <typename T> __device__ __forceinline__ float unit01(uint32_t w) {
  if constexpr (std::is_same_v<T, float>) return uint32ToFloat01(w);
  else if constexpr (std::is_same_v<T, f16>) return uint16ToHalf01(w);
  else return uint16ToBf16_01(w);
}

template <typename T> __global__ void uniformKernel(Philox4x32 base, int64_t count, T* __restrict__ out) {
  constexpr int64_t G = std::is_same_v<T, double> ? 2 : 4;
  const int64_t groups = (count + G - 1) / G;
  TFTS_GRID_STRIDE(g, groups) {
    Philox4x32 gen = base;
    gen.skip(static_cast<uint64_t>(g));
    uint32_t w[4];
    gen.next(w);
    const int64_t i = g * G;
    if constexpr (std::is_same_v<T, double>) {
      out[i] = uint64ToDouble01(w[0], w[1]);
      if (i + 1 < count) out[i + 1] = uint64ToDouble01(w[2], w[3]);
    } else {
      for (int64_t j = 0; j < 4 && i + j < count; ++j) put<T>(out, i + j, unit01<T>(w[j]));
    }
  }
}

template <typename T> __global__ void normalKernel(Philox4x32 base, int64_t count, T* __restrict__ out) {
  constexpr int64_t G = std::is_same_v<T, double> ? 2 : 4;
  const int64_t groups = (count + G - 1) / G;
  TFTS_GRID_STRIDE(g, groups) {
    Philox4x32 gen = base;
    gen.skip(static_cast<uint64_t>(g));
    uint32_t w[4];
    gen.next(w);
    const int64_t i = g * G;
    if constexpr (std::is_same_v<T, double>) {
      double d[2];
      boxMullerDouble(w[0], w[1], w[2], w[3], &d[0], &d[1]);
      out[i] = d[0];
      if (i + 1 < count) out[i + 1] = d[1];
    } else {
      float f[4];
      boxMullerFloat(w[0], w[1], &f[0], &f[1]);
      boxMullerFloat(w[2], w[3], &f[2], &f[3]);
      for (int64_t j = 0; j < 4 && i + j < count; ++j) put<T>(out, i + j, f[j]);
    }
  }
}

template <typename T> __global__ void truncatedKernel(Philox4x32 base, int64_t count, T* __restrict__ out) {
  constexpr bool dbl = std::is_same_v<T, double>;
  constexpr int64_t G = dbl ? 2 : 4;
  constexpr uint64_t blocksPerGroup = static_cast<uint64_t>(G) * 256 / 4;
  const int64_t groups = (count + G - 1) / G;
  TFTS_GRID_STRIDE(g, groups) {
    PhiloxWords words;
    words.gen = base;
    words.gen.skip(static_cast<uint64_t>(g) * blocksPerGroup);
    const int64_t first = g * G;
    const int64_t want = count - first < G ? count - first : G;
    int64_t got = 0;
    while (got < want) {
      if constexpr (dbl) {
        const uint32_t x0 = words(), x1 = words(), x2 = words(), x3 = words();
        double d[2];
        boxMullerDouble(x0, x1, x2, x3, &d[0], &d[1]);
        for (int k = 0; k < 2 && got < want; ++k) {
          if (fabs(d[k]) < 2.0) out[first + got++] = d[k];
        }
      } else {
        const uint32_t x0 = words(), x1 = words();
        float f[2];
        boxMullerFloat(x0, x1, &f[0], &f[1]);
        for (int k = 0; k < 2 && got < want; ++k) {
          if (fabsf(f[k]) < 2.0f) put<T>(out, first + got++, f[k]);
        }
      }
    }
  }
}

__global__ void uniformInt32(Philox4x32 base, int64_t count, int32_t lo, uint32_t range, int32_t* __restrict__ out) {
  const int64_t groups = (count + 3) / 4;
  TFTS_GRID_STRIDE(g, groups) {
    Philox4x32 gen = base;
    gen.skip(static_cast<uint64_t>(g));
    uint32_t w[4];
    gen.next(w);
    for (int64_t j = 0; j < 4 && g * 4 + j < count; ++j) {
      out[g * 4 + j] = static_cast<int32_t>(static_cast<uint32_t>(lo) + w[j] % range);
    }
  }
}

__global__ void uniformInt64(Philox4x32 base, int64_t count, int64_t lo, uint64_t range, int64_t* __restrict__ out) {
  const int64_t groups = (count + 1) / 2;
  TFTS_GRID_STRIDE(g, groups) {
    Philox4x32 gen = base;
    gen.skip(static_cast<uint64_t>(g));
    uint32_t w[4];
    gen.next(w);
    for (int64_t j = 0; j < 2 && g * 2 + j < count; ++j) {
      const uint64_t bits = w[2 * j] | static_cast<uint64_t>(w[2 * j + 1]) << 32;
      out[g * 2 + j] = static_cast<int64_t>(static_cast<uint64_t>(lo) + bits % range);
    }
  }
}

template <typename T> void launchFloat(RandomDist dist, int64_t count, const Philox4x32& gen, T* out) {
  const int64_t G = std::is_same_v<T, double> ? 2 : 4;
  const unsigned grid = gridFor((count + G - 1) / G);
  switch (dist) {
    case RandomDist::Uniform: uniformKernel<T><<<grid, kBlock, 0, stream()>>>(gen, count, out); break;
    case RandomDist::Normal: normalKernel<T><<<grid, kBlock, 0, stream()>>>(gen, count, out); break;
    default: truncatedKernel<T><<<grid, kBlock, 0, stream()>>>(gen, count, out); break;
  }
}

}  // namespace

void launchRandomFloat(RandomDist dist, DType d, int64_t count, const Philox4x32& gen, void* out) {
  if (count <= 0) return;
  switch (d) {
    case DType::Float32: launchFloat(dist, count, gen, static_cast<float*>(out)); break;
    case DType::Float64: launchFloat(dist, count, gen, static_cast<double*>(out)); break;
    case DType::Float16: launchFloat(dist, count, gen, static_cast<f16*>(out)); break;
    default: launchFloat(dist, count, gen, static_cast<bf16*>(out)); break;  // BFloat16 (validated by the glue)
  }
}

void launchRandomUniformInt(DType d, int64_t count, int64_t lo, int64_t hi, const Philox4x32& gen, void* out) {
  if (count <= 0) return;
  if (d == DType::Int32) {
    const uint32_t range = static_cast<uint32_t>(hi) - static_cast<uint32_t>(lo);
    uniformInt32<<<gridFor((count + 3) / 4), kBlock, 0, stream()>>>(gen, count, static_cast<int32_t>(lo), range,
                                                                     static_cast<int32_t*>(out));
  } else {
    const uint64_t range = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
    uniformInt64<<<gridFor((count + 1) / 2), kBlock, 0, stream()>>>(gen, count, lo, range, static_cast<int64_t*>(out));
  }
}

}  // namespace tfts::cuda
