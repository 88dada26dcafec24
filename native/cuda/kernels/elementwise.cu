// Elementwise binary and unary kernels. One kernel per (dtype, kind, layout)
// with the op as a runtime switch (uniform across the grid, so no
// divergence): a few dozen kernels instead of hundreds keeps compile time low.
// Arithmetic follows src/kernels/elementwise_{binary,unary}.cc: halves compute
// in float, integer ops wrap, integer division truncates with -1 special-cased.
#include <cmath>
#include <limits>
#include <type_traits>

#include "../core/device_types.cuh"
#include "../core/launch.cuh"
#include "../core/stream.h"
#include "elementwise.h"

namespace tfts::cuda {
namespace {

// ---- integer helpers (C is an integer compute type) -----------------------
template <typename C> __device__ C negWrap(C a) {
  using U = std::make_unsigned_t<C>;
  return static_cast<C>(static_cast<U>(U(0) - static_cast<U>(a)));
}
template <typename C> __device__ C intDiv(C a, C b) {
  if constexpr (std::is_signed_v<C>) {
    if (b == -1) return negWrap(a);  // INT_MIN / -1 would trap
  }
  return static_cast<C>(a / b);
}
template <typename C> __device__ C intRem(C a, C b) {
  if constexpr (std::is_signed_v<C>) {
    if (b == -1) return 0;
  }
  return static_cast<C>(a % b);
}
template <typename C> __device__ C intFloorDiv(C a, C b) {
  C q = intDiv(a, b);
  if constexpr (std::is_signed_v<C>) {
    const C r = intRem(a, b);
    if (r != 0 && ((r < 0) != (b < 0))) q = static_cast<C>(q - 1);
  }
  return q;
}
template <typename C> __device__ C intFloorMod(C a, C b) {
  C r = intRem(a, b);
  if constexpr (std::is_signed_v<C>) {
    if (r != 0 && ((r < 0) != (b < 0))) r = static_cast<C>(r + b);
  }
  return r;
}
template <typename C> __device__ C intPow(C base, C exp) {  // exp >= 0 (checked by the glue)
  C r = 1;
  while (exp != 0) {
    if (exp & 1) r = static_cast<C>(r * base);
    exp = static_cast<C>(exp >> 1);
    base = static_cast<C>(base * base);
  }
  return r;
}

// ---- binary -------------------------------------------------------------
template <typename C> __device__ __forceinline__ C arith(BinOp op, C a, C b) {
  constexpr bool F = std::is_floating_point_v<C>;
  switch (op) {
    case BinOp::Add: return static_cast<C>(a + b);
    case BinOp::Sub: return static_cast<C>(a - b);
    case BinOp::Mul: return static_cast<C>(a * b);
    case BinOp::Div: if constexpr (F) return a / b; else return intDiv(a, b);
    case BinOp::FloorDiv: if constexpr (F) return std::floor(a / b); else return intFloorDiv(a, b);
    case BinOp::FloorMod:
      if constexpr (F) {
        const C m = std::fmod(a, b);
        return (m != 0 && ((b < 0) != (m < 0))) ? m + b : m;
      } else {
        return intFloorMod(a, b);
      }
    case BinOp::Pow: if constexpr (F) return std::pow(a, b); else return intPow(a, b);
    case BinOp::Maximum:
      if constexpr (F) { if (isnan(a) || isnan(b)) return a + b; }
      return a < b ? b : a;
    case BinOp::Minimum:
      if constexpr (F) { if (isnan(a) || isnan(b)) return a + b; }
      return b < a ? b : a;
    case BinOp::SquaredDifference: { const C d = static_cast<C>(a - b); return static_cast<C>(d * d); }
    default:  // Atan2 (float dtypes only, checked by the glue)
      if constexpr (F) return std::atan2(a, b); else return a;
  }
}

template <typename C> __device__ __forceinline__ bool compare(BinOp op, C a, C b) {
  switch (op) {
    case BinOp::Equal: return a == b;
    case BinOp::NotEqual: return a != b;
    case BinOp::Less: return a < b;
    case BinOp::LessEqual: return a <= b;
    case BinOp::Greater: return a > b;
    case BinOp::GreaterEqual: return a >= b;
    case BinOp::LogicalAnd: return a && b;
    default: return a || b;  // LogicalOr
  }
}

// Kind: false = arithmetic (output T), true = comparison/logical (output bool8).
template <typename T, bool CMP> struct BinaryFn {
  using C = Compute<T>;
  using O = std::conditional_t<CMP, bool8, T>;
  BinOp op;
  __device__ __forceinline__ O operator()(T x, T y) const {
    if constexpr (CMP) return dstore<bool8>(compare<C>(op, dload(x), dload(y)));
    else return dstore<T>(static_cast<Compute<T>>(arith<C>(op, dload(x), dload(y))));
  }
};

template <typename T, size_t K> struct alignas(sizeof(T) * K) Vec { T v[K]; };

template <typename T, bool CMP>
__global__ void binaryLinear(BinaryFn<T, CMP> f, const T* __restrict__ a, int aStep, const T* __restrict__ b, int bStep,
                             typename BinaryFn<T, CMP>::O* __restrict__ out, int64_t n) {
  using O = typename BinaryFn<T, CMP>::O;
  constexpr size_t K = 16 / sizeof(T);  // 16-byte loads (storage blocks are 512-byte aligned)
  int64_t done = 0;
  if (aStep == 1 && bStep == 1) {
    const int64_t nv = n / static_cast<int64_t>(K);
    const auto* av = reinterpret_cast<const Vec<T, K>*>(a);
    const auto* bv = reinterpret_cast<const Vec<T, K>*>(b);
    auto* ov = reinterpret_cast<Vec<O, K>*>(out);
    TFTS_GRID_STRIDE(j, nv) {
      const Vec<T, K> x = av[j], y = bv[j];
      Vec<O, K> r;
#pragma unroll
      for (size_t k = 0; k < K; ++k) r.v[k] = f(x.v[k], y.v[k]);
      ov[j] = r;
    }
    done = nv * static_cast<int64_t>(K);
  }
  const int64_t rest = n - done;
  TFTS_GRID_STRIDE(i, rest) {
    const int64_t e = done + i;
    out[e] = f(a[e * aStep], b[e * bStep]);
  }
}

template <typename T, bool CMP>
__global__ void binaryStrided(BinaryFn<T, CMP> f, const T* __restrict__ a, const T* __restrict__ b,
                              typename BinaryFn<T, CMP>::O* __restrict__ out, int64_t n, StrideTable<3> t) {
  TFTS_GRID_STRIDE(i, n) {
    int64_t off[3];
    stridedOffsets<3>(t, i, off);
    out[off[0]] = f(a[off[1]], b[off[2]]);
  }
}

template <typename T> __global__ void findBadDivisor(const T* __restrict__ b, int64_t n, bool negative, int* flag) {
  TFTS_GRID_STRIDE(i, n) {
    const T v = b[i];
    bool bad = v == T(0);
    if constexpr (std::is_signed_v<T>) bad = bad || (negative && v < T(0));
    if (bad) *flag = 1;
  }
}

// ---- unary ----------------------------------------------------------------
template <typename C> __device__ __forceinline__ C intUnary(UnOp op, C x) {
  switch (op) {
    case UnOp::Neg: return negWrap(x);
    case UnOp::Abs: if constexpr (std::is_signed_v<C>) return x < 0 ? negWrap(x) : x; else return x;
    case UnOp::Sign:
      if constexpr (std::is_signed_v<C>) return static_cast<C>((x > 0) - (x < 0)); else return static_cast<C>(x != 0);
    case UnOp::Square: return static_cast<C>(x * x);
    default: return x > 0 ? x : C(0);  // Relu
  }
}

template <typename C> __device__ __forceinline__ C floatUnary(UnOp op, C x) {
  switch (op) {
    case UnOp::Neg: return -x;
    case UnOp::Abs: return std::fabs(x);
    case UnOp::Sign: return isnan(x) ? x : static_cast<C>((x > 0) - (x < 0));
    case UnOp::Square: return x * x;
    case UnOp::Relu: return x < C(0) ? C(0) : x;  // std::max(x, 0) as Eigen: keeps -0 and NaN
    case UnOp::Exp: return std::exp(x);
    case UnOp::Log: return std::log(x);
    case UnOp::Log1p: return std::log1p(x);
    case UnOp::Expm1: return std::expm1(x);
    case UnOp::Sqrt: return std::sqrt(x);
    case UnOp::Rsqrt: return C(1) / std::sqrt(x);
    case UnOp::Reciprocal: return C(1) / x;
    case UnOp::Sin: return std::sin(x);
    case UnOp::Cos: return std::cos(x);
    case UnOp::Tan: return std::tan(x);
    case UnOp::Tanh: return std::tanh(x);
    case UnOp::Sigmoid: {
      if (x >= 0) return C(1) / (C(1) + std::exp(-x));  // never exponentiate a positive number
      const C e = std::exp(x);
      return e / (C(1) + e);
    }
    case UnOp::Floor: return std::floor(x);
    case UnOp::Ceil: return std::ceil(x);
    case UnOp::Round: return rint(x);  // half to even, as the CPU's nearbyint
    case UnOp::Erf: return std::erf(x);
    default: {  // Softplus with TF's thresholds (log(epsilon) + 2)
      const C threshold = std::log(std::numeric_limits<C>::epsilon()) + C(2);
      if (x > -threshold) return x;
      if (x < threshold) return std::exp(x);
      return std::log1p(std::exp(x));
    }
  }
}

template <typename T> __global__ void unaryKernel(UnOp op, const T* __restrict__ a, T* __restrict__ out, int64_t n) {
  TFTS_GRID_STRIDE(i, n) {
    if constexpr (isBoolType<T>) {
      out[i] = bool8{static_cast<uint8_t>(a[i].v ? 0 : 1)};  // logical_not (the only bool op)
    } else if constexpr (isIntType<T>) {
      out[i] = intUnary<T>(op, a[i]);
    } else {
      out[i] = dstore<T>(floatUnary<Compute<T>>(op, dload(a[i])));
    }
  }
}

}  // namespace

void launchBinaryLinear(BinOp op, DType d, const void* a, int aStep, const void* b, int bStep, void* out, int64_t n) {
  if (n <= 0) return;
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* pa = static_cast<const T*>(a);
    const T* pb = static_cast<const T*>(b);
    if (isComparison(op) || isLogical(op)) {
      binaryLinear<T, true><<<gridFor(n), kBlock, 0, stream()>>>(BinaryFn<T, true>{op}, pa, aStep, pb, bStep,
                                                                   static_cast<bool8*>(out), n);
    } else if constexpr (!isBoolType<T>) {
      binaryLinear<T, false><<<gridFor(n), kBlock, 0, stream()>>>(BinaryFn<T, false>{op}, pa, aStep, pb, bStep,
                                                                    static_cast<T*>(out), n);
    }
  });
}

void launchBinaryStrided(BinOp op, DType d, const void* a, const void* b, void* out, int64_t n, const StrideTable<3>& t) {
  if (n <= 0) return;
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* pa = static_cast<const T*>(a);
    const T* pb = static_cast<const T*>(b);
    if (isComparison(op) || isLogical(op)) {
      binaryStrided<T, true><<<gridFor(n), kBlock, 0, stream()>>>(BinaryFn<T, true>{op}, pa, pb, static_cast<bool8*>(out), n, t);
    } else if constexpr (!isBoolType<T>) {
      binaryStrided<T, false><<<gridFor(n), kBlock, 0, stream()>>>(BinaryFn<T, false>{op}, pa, pb, static_cast<T*>(out), n, t);
    }
  });
}

void launchFindBadDivisor(DType d, const void* b, int64_t n, bool negative, int* flag) {
  if (n <= 0) return;
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (isIntType<T>) {
      findBadDivisor<T><<<gridFor(n), kBlock, 0, stream()>>>(static_cast<const T*>(b), n, negative, flag);
    }
  });
}

void launchUnary(UnOp op, DType d, const void* a, void* out, int64_t n) {
  if (n <= 0) return;
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    unaryKernel<T><<<gridFor(n), kBlock, 0, stream()>>>(op, static_cast<const T*>(a), static_cast<T*>(out), n);
  });
}

}  // namespace tfts::cuda
