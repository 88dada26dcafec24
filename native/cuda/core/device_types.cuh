// Device-side element access for the storage types of src/dtype.h. The CPU's
// load/store (src/dtype.h) and conversions (src/kernels/convert.h) are marked
// TFTS_HD (__host__ __device__ under nvcc), so kernels use the very same code:
// halves and bfloat16 compute in float with bit-exact round-to-nearest-even,
// bool is one byte.
#pragma once
#include <cstdint>
#include <type_traits>

#include "../../src/dtype.h"
#include "../../src/kernels/convert.h"
#include "strides.h"

namespace tfts::cuda {

template <typename T> __device__ __forceinline__ Compute<T> dload(T x) { return tfts::load<T>(x); }
template <typename T, typename C> __device__ __forceinline__ T dstore(C x) { return tfts::store<T, C>(x); }

// Element offsets of output index i for each of the K operands.
template <int K> __device__ __forceinline__ void stridedOffsets(const StrideTable<K>& t, int64_t i, int64_t off[K]) {
  for (int k = 0; k < K; ++k) off[k] = 0;
  for (int d = t.rank - 1; d >= 0; --d) {
    const int64_t q = i / t.shape[d];
    const int64_t r = i - q * t.shape[d];
    i = q;
    for (int k = 0; k < K; ++k) off[k] += r * t.stride[k][d];
  }
}

}  // namespace tfts::cuda
