// Reductions over contiguous rows (reduce_glue.cc first permutes reduced axes
// innermost). Each warp reduces one segment of a row with shuffles; long rows
// are split into segments whose partials are reduced again, so a full
// reduction of 2^40 elements still spreads over the whole GPU.
// Accumulators: float for float/half/bfloat16, double, and 32/64-bit integers
// with wrapping add/multiply (the result modulo 2^bits equals the CPU's
// wrapping in the narrower type). Float sums are a tree, not the CPU's
// pairwise order: equal up to rounding.
#include <cmath>
#include <limits>
#include <type_traits>

#include "../core/device_types.cuh"
#include "../core/launch.cuh"
#include "../core/stream.h"
#include "reduce.h"

namespace tfts::cuda {
namespace {

template <typename T> struct AccOf { using type = Compute<T>; };
template <> struct AccOf<int8_t> { using type = int32_t; };
template <> struct AccOf<int16_t> { using type = int32_t; };
template <> struct AccOf<uint8_t> { using type = uint32_t; };
template <> struct AccOf<uint16_t> { using type = uint32_t; };
template <> struct AccOf<bool8> { using type = int32_t; };
template <typename T> using Acc = typename AccOf<T>::type;

template <typename A> __device__ __forceinline__ A identity(RedOp op) {
  constexpr bool F = std::is_floating_point_v<A>;
  switch (op) {
    case RedOp::Prod: case RedOp::All: return A(1);
    case RedOp::Max: return F ? -std::numeric_limits<A>::infinity() : std::numeric_limits<A>::lowest();
    case RedOp::Min: return F ? std::numeric_limits<A>::infinity() : std::numeric_limits<A>::max();
    default: return A(0);  // Sum, Mean, Any
  }
}

template <typename A> __device__ __forceinline__ A combine(RedOp op, A a, A b) {
  if constexpr (std::is_floating_point_v<A>) {
    switch (op) {
      case RedOp::Prod: return a * b;
      case RedOp::Max: if (isnan(a)) return a; if (isnan(b)) return b; return a < b ? b : a;
      case RedOp::Min: if (isnan(a)) return a; if (isnan(b)) return b; return b < a ? b : a;
      default: return a + b;
    }
  } else {
    using U = std::make_unsigned_t<A>;  // wrapping arithmetic without signed overflow
    switch (op) {
      case RedOp::Prod: return static_cast<A>(static_cast<U>(a) * static_cast<U>(b));
      case RedOp::Max: return a < b ? b : a;
      case RedOp::Min: return b < a ? b : a;
      case RedOp::Any: return (a != 0 || b != 0) ? A(1) : A(0);
      case RedOp::All: return (a != 0 && b != 0) ? A(1) : A(0);
      default: return static_cast<A>(static_cast<U>(a) + static_cast<U>(b));
    }
  }
}

template <typename A, typename In> __device__ __forceinline__ A toAcc(In x) {
  if constexpr (std::is_same_v<In, A>) return x;
  else return static_cast<A>(dload(x));
}

// Final value for the output dtype T (mean divides by the row length as the CPU does).
template <typename T, typename A> __device__ __forceinline__ T finish(RedOp op, A acc, int64_t count) {
  using C = Compute<T>;
  if constexpr (isBoolType<T>) {
    return bool8{static_cast<uint8_t>(acc != 0 ? 1 : 0)};
  } else if constexpr (isFloatType<T>) {
    C v = static_cast<C>(acc);
    if (op == RedOp::Mean) v = static_cast<C>(v / static_cast<C>(count));  // 0/0 -> NaN
    return dstore<T>(v);
  } else {
    const T s = static_cast<T>(acc);  // modulo 2^bits, as the CPU's wrapping sum
    if (op != RedOp::Mean) return s;
    const T n = static_cast<T>(count);
    if (count == 0 || n == 0) return T(0);
    if constexpr (std::is_signed_v<T>) {
      if (n == T(-1)) return static_cast<T>(static_cast<std::make_unsigned_t<T>>(0) - static_cast<std::make_unsigned_t<T>>(s));
    }
    return static_cast<T>(s / n);  // truncating, like TF
  }
}

template <typename A> __device__ __forceinline__ A warpReduce(RedOp op, A v) {
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) v = combine(op, v, static_cast<A>(__shfl_down_sync(0xffffffffu, v, o)));
  return v;
}

constexpr int64_t kSegment = 32 * 128;  // elements per warp work item

// Work item = (row, segment), one warp each (uniform per warp: shuffles are safe).
template <typename In, typename A, typename Out, bool FINAL>
__global__ void reduceSegments(RedOp op, const In* __restrict__ x, int64_t rows, int64_t len, int64_t segs,
                               Out* __restrict__ out, int64_t count) {
  const int lane = threadIdx.x & 31;
  const int64_t warp = (static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x) >> 5;
  const int64_t nWarps = (static_cast<int64_t>(gridDim.x) * blockDim.x) >> 5;
  const int64_t items = rows * segs;
  for (int64_t it = warp; it < items; it += nWarps) {
    const int64_t row = it / segs, seg = it - row * segs;
    const int64_t lo = seg * kSegment;
    const int64_t hi = lo + kSegment < len ? lo + kSegment : len;
    const In* p = x + row * len;
    A acc = identity<A>(op);
    for (int64_t i = lo + lane; i < hi; i += 32) acc = combine(op, acc, toAcc<A>(p[i]));
    acc = warpReduce(op, acc);
    if (lane == 0) {
      if constexpr (FINAL) out[row] = finish<Out>(op, acc, count);
      else out[it] = acc;
    }
  }
}

unsigned warpGrid(int64_t items) { return gridFor(items * 32); }

template <typename T>
void reduceRowsT(RedOp op, const T* x, int64_t rows, int64_t len, T* out, const std::function<void*(size_t)>& temp) {
  using A = Acc<T>;
  int64_t segs = len <= kSegment ? 1 : (len + kSegment - 1) / kSegment;
  if (segs == 1) {
    reduceSegments<T, A, T, true><<<warpGrid(rows), kBlock, 0, stream()>>>(op, x, rows, len, 1, out, len);
    return;
  }
  // Mean's partials are plain sums; the division happens once at the end.
  const RedOp partialOp = op == RedOp::Mean ? RedOp::Sum : op;
  A* part = static_cast<A*>(temp(static_cast<size_t>(rows * segs) * sizeof(A)));
  reduceSegments<T, A, A, false><<<warpGrid(rows * segs), kBlock, 0, stream()>>>(partialOp, x, rows, len, segs, part, len);
  int64_t plen = segs;
  while (true) {
    segs = plen <= kSegment ? 1 : (plen + kSegment - 1) / kSegment;
    if (segs == 1) {
      reduceSegments<A, A, T, true><<<warpGrid(rows), kBlock, 0, stream()>>>(op, part, rows, plen, 1, out, len);
      return;
    }
    A* next = static_cast<A*>(temp(static_cast<size_t>(rows * segs) * sizeof(A)));
    reduceSegments<A, A, A, false><<<warpGrid(rows * segs), kBlock, 0, stream()>>>(partialOp, part, rows, plen, segs, next, len);
    part = next;
    plen = segs;
  }
}

// ---- argmax / argmin (Eigen's reducer: start at lowest()/max(), take strictly
// better values; ties keep the first index; NaN never wins) ----------------
template <typename C> __device__ __forceinline__ bool better(bool isMax, C v, C best) { return isMax ? v > best : v < best; }

// inner == 1: one warp per row.
template <typename T>
__global__ void argRows(bool isMax, const T* __restrict__ x, int64_t rows, int64_t len, int64_t* __restrict__ out) {
  using C = Compute<T>;
  const int lane = threadIdx.x & 31;
  const int64_t warp = (static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x) >> 5;
  const int64_t nWarps = (static_cast<int64_t>(gridDim.x) * blockDim.x) >> 5;
  const C init = isMax ? std::numeric_limits<C>::lowest() : std::numeric_limits<C>::max();
  for (int64_t r = warp; r < rows; r += nWarps) {
    const T* p = x + r * len;
    C best = init;
    int64_t idx = 0;
    for (int64_t k = lane; k < len; k += 32) {
      const C v = dload(p[k]);
      if (better(isMax, v, best)) { best = v; idx = k; }
    }
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) {
      const C ob = __shfl_down_sync(0xffffffffu, best, o);
      const int64_t oi = __shfl_down_sync(0xffffffffu, idx, o);
      // Only lanes that improved hold values above init, so the tie rule
      // (lower index) also keeps index 0 when no lane improved.
      if (better(isMax, ob, best) || (ob == best && oi < idx)) { best = ob; idx = oi; }
    }
    if (lane == 0) out[r] = idx;
  }
}

// inner > 1: one thread per output, reading along len with stride inner (coalesced across threads).
template <typename T>
__global__ void argStrided(bool isMax, const T* __restrict__ x, int64_t outer, int64_t len, int64_t inner,
                           int64_t* __restrict__ out) {
  using C = Compute<T>;
  const C init = isMax ? std::numeric_limits<C>::lowest() : std::numeric_limits<C>::max();
  const int64_t n = outer * inner;
  TFTS_GRID_STRIDE(i, n) {
    const int64_t o = i / inner, j = i - o * inner;
    const T* p = x + o * len * inner + j;
    C best = init;
    int64_t idx = 0;
    for (int64_t k = 0; k < len; ++k) {
      const C v = dload(p[k * inner]);
      if (better(isMax, v, best)) { best = v; idx = k; }
    }
    out[i] = idx;
  }
}

}  // namespace

void launchReduceRows(RedOp op, DType d, const void* x, int64_t rows, int64_t len, void* out,
                      const std::function<void*(size_t)>& temp) {
  if (rows <= 0) return;
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    reduceRowsT<T>(op, static_cast<const T*>(x), rows, len, static_cast<T*>(out), temp);
  });
}

void launchArgReduce(bool isMax, DType d, const void* x, int64_t outer, int64_t len, int64_t inner, int64_t* out) {
  const int64_t n = outer * inner;
  if (n <= 0) return;
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (!isBoolType<T>) {
      if (inner == 1) argRows<T><<<warpGrid(outer), kBlock, 0, stream()>>>(isMax, static_cast<const T*>(x), outer, len, out);
      else argStrided<T><<<gridFor(n), kBlock, 0, stream()>>>(isMax, static_cast<const T*>(x), outer, len, inner, out);
    }
  });
}

}  // namespace tfts::cuda
