// mathBinary on the device: truncatediv/truncatemod (C++ division semantics), div_no_nan/mul_no_nan
// and xlogy/xdivy, with numpy broadcasting through per-operand strides. Integer arithmetic wraps as
// on the CPU (built with -fwrapv): products are formed in unsigned arithmetic, INT_MIN / -1 is the
// wrapped negation, and a zero divisor is reported through a flag instead of computed.
#include <type_traits>

#include "gather_common.cuh"
#include "math_binary.h"

namespace tfts::cuda {
namespace {

using launch::MathBinaryOp;

constexpr int kMaxRank = 32;

// Output shape and operand strides after dropping size-1 dims and merging dims that are linear for
// both operands (same shapes collapse to rank 1).
struct Layout {
  int rank;
  int64_t shape[kMaxRank];
  int64_t sa[kMaxRank];
  int64_t sb[kMaxRank];
};

Layout collapse(const int64_t* shape, const int64_t* sa, const int64_t* sb, int rank) {
  Layout l{};
  l.rank = 0;
  for (int i = 0; i < rank; ++i) {
    if (shape[i] == 1) continue;
    if (l.rank > 0) {
      const int r = l.rank - 1;
      // The previous (outer) dim steps exactly over this one in both operands and the output.
      if (l.sa[r] == sa[i] * shape[i] && l.sb[r] == sb[i] * shape[i]) {
        l.shape[r] *= shape[i];
        l.sa[r] = sa[i];
        l.sb[r] = sb[i];
        continue;
      }
    }
    l.shape[l.rank] = shape[i];
    l.sa[l.rank] = sa[i];
    l.sb[l.rank] = sb[i];
    ++l.rank;
  }
  return l;
}

// float and double spelled out so float never goes through the double functions (the CPU calls
// the float overloads: truncf, fmodf, logf).
__device__ __forceinline__ float truncT(float x) { return truncf(x); }
__device__ __forceinline__ double truncT(double x) { return trunc(x); }
__device__ __forceinline__ float fmodT(float x, float y) { return fmodf(x, y); }
__device__ __forceinline__ double fmodT(double x, double y) { return fmod(x, y); }
__device__ __forceinline__ float logT(float x) { return logf(x); }
__device__ __forceinline__ double logT(double x) { return log(x); }

template <typename C>
__device__ __forceinline__ C floatOp(MathBinaryOp op, C a, C b) {
  switch (op) {
    case MathBinaryOp::TruncateDiv: return truncT(a / b);
    case MathBinaryOp::TruncateMod: return fmodT(a, b);
    case MathBinaryOp::DivNoNan: return b == C(0) ? C(0) : a / b;
    case MathBinaryOp::MulNoNan: return b == C(0) ? C(0) : a * b;
    case MathBinaryOp::Xlogy: return a == C(0) ? C(0) : a * logT(b);
    default: return a == C(0) ? C(0) : a / b;  // Xdivy
  }
}

template <typename C>
__device__ __forceinline__ C intOp(MathBinaryOp op, C a, C b, int* divByZero) {
  using W = std::conditional_t<sizeof(C) <= 4, uint32_t, uint64_t>;  // wide enough to avoid promotion to int
  constexpr bool kSigned = std::is_signed_v<C>;
  const C wrappedNeg = static_cast<C>(W(0) - static_cast<W>(a));
  switch (op) {
    case MathBinaryOp::TruncateDiv:
      if (b == 0) { *divByZero = 1; return C(0); }
      if (kSigned && b == C(-1)) return wrappedNeg;
      return static_cast<C>(a / b);
    case MathBinaryOp::TruncateMod:
      if (b == 0) { *divByZero = 1; return C(0); }
      if (kSigned && b == C(-1)) return C(0);
      return static_cast<C>(a % b);
    case MathBinaryOp::DivNoNan:
      if (b == 0) return C(0);
      if (kSigned && b == C(-1)) return wrappedNeg;
      return static_cast<C>(a / b);
    case MathBinaryOp::MulNoNan:
      return b == 0 ? C(0) : static_cast<C>(static_cast<W>(a) * static_cast<W>(b));
    default:
      return C(0);  // xlogy/xdivy are float-only (rejected by the glue)
  }
}

template <typename T>
__global__ void mathBinaryKernel(MathBinaryOp op, const T* __restrict__ a, const T* __restrict__ b, Layout l,
                                 int64_t n, T* __restrict__ out, int* divByZero) {
  for (int64_t i = kern::globalThread(); i < n; i += kern::gridThreads()) {
    int64_t rem = i, oa = 0, ob = 0;
    for (int d = l.rank - 1; d >= 0; --d) {
      const int64_t q = rem / l.shape[d], idx = rem - q * l.shape[d];
      rem = q;
      oa += idx * l.sa[d];
      ob += idx * l.sb[d];
    }
    if constexpr (std::is_integral_v<T>) {
      out[i] = intOp<T>(op, a[oa], b[ob], divByZero);
    } else {
      out[i] = kern::st<T>(floatOp(op, kern::ld(a[oa]), kern::ld(b[ob])));
    }
  }
}

}  // namespace

cudaError_t launch::mathBinary(MathBinaryOp op, int dtype, const void* a, const int64_t* aStrides, const void* b,
                               const int64_t* bStrides, const int64_t* outShape, int rank, void* out, int* divByZero,
                               cudaStream_t stream) {
  if (rank < 0 || rank > kMaxRank) return cudaErrorInvalidValue;
  int64_t n = 1;
  for (int i = 0; i < rank; ++i) n *= outShape[i];
  if (dtype == kern::kBool) return cudaErrorInvalidValue;
  if (n <= 0) return cudaSuccess;
  const Layout l = collapse(outShape, aStrides, bStrides, rank);
  kern::dispatchNumeric(dtype, [&](auto tag) {
    using T = typename decltype(tag)::type;
    mathBinaryKernel<T><<<kern::blocksFor(n), kern::kThreads, 0, stream>>>(
        op, static_cast<const T*>(a), static_cast<const T*>(b), l, n, static_cast<T*>(out), divByZero);
  });
  return cudaGetLastError();
}

}  // namespace tfts::cuda
