// binary(op, dtype, a, aShape, b, bShape): numpy-broadcast elementwise ops.
// Integer division by zero and negative integer powers are detected before
// computing (by scanning b) so they raise RangeError instead of trapping.
#include <cmath>
#include <string>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#define TFTS_STREAM_STORES 1
#endif

#include "../args.h"
#include "../broadcast_iter.h"
#include "../threads.h"
#include "eigen_pow.h"
#include "eigen_double_approx.h"
#include "eigen_float_trig.h"
#include "kernels.h"

namespace tfts {
namespace {

enum class Op {
  Add, Sub, Mul, Div, FloorDiv, FloorMod, Pow, Maximum, Minimum, SquaredDifference, Atan2,
  Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, LogicalAnd, LogicalOr,
};

struct OpName { const char* name; Op op; };
const OpName kOps[] = {
    {"add", Op::Add}, {"sub", Op::Sub}, {"mul", Op::Mul}, {"div", Op::Div},
    {"floordiv", Op::FloorDiv}, {"floormod", Op::FloorMod}, {"pow", Op::Pow},
    {"maximum", Op::Maximum}, {"minimum", Op::Minimum},
    {"squared_difference", Op::SquaredDifference}, {"atan2", Op::Atan2},
    {"equal", Op::Equal}, {"not_equal", Op::NotEqual}, {"less", Op::Less},
    {"less_equal", Op::LessEqual}, {"greater", Op::Greater}, {"greater_equal", Op::GreaterEqual},
    {"logical_and", Op::LogicalAnd}, {"logical_or", Op::LogicalOr},
};

bool isComparison(Op op) { return op >= Op::Equal && op <= Op::GreaterEqual; }
bool isLogical(Op op) { return op == Op::LogicalAnd || op == Op::LogicalOr; }

// ---- integer helpers (C is the compute type, an integer) -------------------
template <typename C> C negWrap(C a) {
  using U = std::make_unsigned_t<C>;
  return static_cast<C>(static_cast<U>(U(0) - static_cast<U>(a)));
}
// Truncating division; b == -1 handled apart because INT_MIN / -1 traps on x86.
template <typename C> C intDiv(C a, C b) {
  if constexpr (std::is_signed_v<C>) {
    if (b == -1) return negWrap(a);
  }
  return static_cast<C>(a / b);
}
template <typename C> C intRem(C a, C b) {
  if constexpr (std::is_signed_v<C>) {
    if (b == -1) return 0;
  }
  return static_cast<C>(a % b);
}
template <typename C> C intFloorDiv(C a, C b) {
  C q = intDiv(a, b);
  if constexpr (std::is_signed_v<C>) {
    const C r = intRem(a, b);
    if (r != 0 && ((r < 0) != (b < 0))) q = static_cast<C>(q - 1);
  }
  return q;
}
template <typename C> C intFloorMod(C a, C b) {
  C r = intRem(a, b);
  if constexpr (std::is_signed_v<C>) {
    if (r != 0 && ((r < 0) != (b < 0))) r = static_cast<C>(r + b);
  }
  return r;
}
template <typename C> C intPow(C base, C exp) {  // exp >= 0 (checked by caller)
  C r = 1;
  while (exp != 0) {
    if (exp & 1) r = static_cast<C>(r * base);
    exp = static_cast<C>(exp >> 1);
    base = static_cast<C>(base * base);
  }
  return r;
}

// The scalar function for (op, compute type C). Comparisons return bool.
template <Op OP, typename C> inline auto scalarOp(C a, C b) {
  constexpr bool F = std::is_floating_point_v<C>;
  if constexpr (OP == Op::Add) return static_cast<C>(a + b);
  else if constexpr (OP == Op::Sub) return static_cast<C>(a - b);
  else if constexpr (OP == Op::Mul) return static_cast<C>(a * b);
  else if constexpr (OP == Op::Div) { if constexpr (F) return a / b; else return intDiv(a, b); }
  else if constexpr (OP == Op::FloorDiv) { if constexpr (F) return std::floor(a / b); else return intFloorDiv(a, b); }
  else if constexpr (OP == Op::FloorMod) {
    if constexpr (F) {  // TF FloorMod: fmod, then move into the divisor's sign
      const C m = std::fmod(a, b);
      return (m != 0 && ((b < 0) != (m < 0))) ? m + b : m;
    } else {
      return intFloorMod(a, b);
    }
  }
  else if constexpr (OP == Op::Pow) { if constexpr (F) return std::pow(a, b); else return intPow(a, b); }
  else if constexpr (OP == Op::Maximum) {
    if constexpr (F) { if (std::isnan(a) || std::isnan(b)) return a + b; }  // NaN propagates
    return a < b ? b : a;
  }
  else if constexpr (OP == Op::Minimum) {
    if constexpr (F) { if (std::isnan(a) || std::isnan(b)) return a + b; }
    return b < a ? b : a;
  }
  else if constexpr (OP == Op::SquaredDifference) { const C d = static_cast<C>(a - b); return static_cast<C>(d * d); }
  else if constexpr (OP == Op::Atan2) return std::atan2(a, b);
  else if constexpr (OP == Op::Equal) return a == b;
  else if constexpr (OP == Op::NotEqual) return a != b;
  else if constexpr (OP == Op::Less) return a < b;
  else if constexpr (OP == Op::LessEqual) return a <= b;
  else if constexpr (OP == Op::Greater) return a > b;
  else if constexpr (OP == Op::GreaterEqual) return a >= b;
  else if constexpr (OP == Op::LogicalAnd) return a && b;
  else return a || b;  // LogicalOr
}

// Elements per thread below which waking a helper costs more than it saves.
constexpr int64_t kParallelMin = int64_t(1) << 16;

struct Problem {
  Shape aShape, bShape, outShape;
  int64_t na, nb, nOut;
};

// Outputs at least this large (elements) bypass the cache with streaming stores: they cannot stay
// cached anyway, and a normal store first reads each output line from memory (a third more traffic
// for a + b).
constexpr int64_t kStreamMin = int64_t(1) << 21;

// o[lo:hi] = a op b for float32 +, -, *, / with streaming stores; false if not applicable. Same
// IEEE single-precision operations (and MXCSR modes) as the scalar loop, so the same bits.
template <Op OP, typename T>
bool streamFloat(const T* a, const T* b, T* o, int64_t lo, int64_t hi) {
#ifdef TFTS_STREAM_STORES
  if constexpr (std::is_same_v<T, float> && (OP == Op::Add || OP == Op::Sub || OP == Op::Mul || OP == Op::Div)) {
    int64_t i = lo;
    for (; i < hi && (reinterpret_cast<uintptr_t>(o + i) & 15) != 0; ++i) o[i] = scalarOp<OP, float>(a[i], b[i]);
    for (; i + 4 <= hi; i += 4) {
      const __m128 x = _mm_loadu_ps(a + i), y = _mm_loadu_ps(b + i);
      __m128 r;
      if constexpr (OP == Op::Add) r = _mm_add_ps(x, y);
      else if constexpr (OP == Op::Sub) r = _mm_sub_ps(x, y);
      else if constexpr (OP == Op::Mul) r = _mm_mul_ps(x, y);
      else r = _mm_div_ps(x, y);
      _mm_stream_ps(o + i, r);
    }
    for (; i < hi; ++i) o[i] = scalarOp<OP, float>(a[i], b[i]);
    _mm_sfence();  // streaming stores are weakly ordered: complete them before the chunk is "done"
    return true;
  }
#endif
  (void)a; (void)b; (void)o; (void)lo; (void)hi;
  return false;
}

// float32/float64 Pow as TF computes it: Eigen's packet pow on the output's full packets (by flat
// output index, whatever the broadcasting), libm pow on the n % packet tail (eigen_pow.h).
template <typename T>
void runEigenPow(const Problem& p, const T* a, const T* b, T* o) {
  const int64_t packetEnd = p.nOut - p.nOut % eigen_pow::Ops<T>::kPacketSize;
  auto at = [packetEnd](int64_t i, T x, T y) { return i < packetEnd ? eigen_pow::powPacket<T>(x, y) : std::pow(x, y); };
  if (p.na == p.nOut || p.nb == p.nOut) {
    const int64_t sa = p.na == p.nOut ? 1 : 0, sb = p.nb == p.nOut ? 1 : 0;
    if ((sa == 1 || p.na == 1) && (sb == 1 || p.nb == 1)) {
      parallelRange(p.nOut, kParallelMin / 8, [&](int64_t lo, int64_t hi) {
        for (int64_t i = lo; i < hi; ++i) o[i] = at(i, a[i * sa], b[i * sb]);
      });
      return;
    }
  }
  const std::array<Shape, 3> strides = {contiguousStrides(p.outShape), broadcastStrides(p.aShape, p.outShape),
                                        broadcastStrides(p.bShape, p.outShape)};
  forEachRow<3>(p.outShape, strides, [&](const std::array<int64_t, 3>& off, const std::array<int64_t, 3>& st, int64_t len) {
    for (int64_t i = 0; i < len; ++i) o[off[0] + i] = at(off[0] + i, a[off[1] + i * st[1]], b[off[2] + i * st[2]]);
  });
}

// float32/float64 Atan2 as TF computes it: Eigen's packet atan2 on the output's full packets (by
// flat output index, as for pow), libm atan2 on the n % packet tail (eigen_float_trig.h).
template <typename T, int kPacket, T (*Atan)(T)>
void runEigenAtan2(const Problem& p, const T* y, const T* x, T* o) {
  const int64_t packetEnd = p.nOut - p.nOut % kPacket;
  auto at = [packetEnd](int64_t i, T u, T v) { return i < packetEnd ? eigen_f32_trig::atan2Packet<T, Atan>(u, v) : std::atan2(u, v); };
  const std::array<Shape, 3> strides = {contiguousStrides(p.outShape), broadcastStrides(p.aShape, p.outShape),
                                        broadcastStrides(p.bShape, p.outShape)};
  forEachRow<3>(p.outShape, strides, [&](const std::array<int64_t, 3>& off, const std::array<int64_t, 3>& st, int64_t len) {
    for (int64_t i = 0; i < len; ++i) o[off[0] + i] = at(off[0] + i, y[off[1] + i * st[1]], x[off[2] + i * st[2]]);
  });
}

template <Op OP, typename T>
void run(const Problem& p, const T* a, const T* b, void* outRaw) {
  if constexpr (OP == Op::Pow && (std::is_same_v<T, float> || std::is_same_v<T, double>)) {
    if (p.nOut > 0) runEigenPow<T>(p, a, b, static_cast<T*>(outRaw));
    return;
  }
  if constexpr (OP == Op::Atan2 && std::is_same_v<T, float>) {
    if (p.nOut > 0) runEigenAtan2<float, 8, eigen_f32_trig::atanPacket>(p, a, b, static_cast<float*>(outRaw));
    return;
  }
  if constexpr (OP == Op::Atan2 && std::is_same_v<T, double>) {
    if (p.nOut > 0) runEigenAtan2<double, 4, eigen_f64::atanPacket>(p, a, b, static_cast<double*>(outRaw));
    return;
  }
  using C = Compute<T>;
  using R = decltype(scalarOp<OP, C>(C{}, C{}));
  using O = std::conditional_t<std::is_same_v<R, bool>, bool8, T>;
  O* o = static_cast<O*>(outRaw);
  auto f = [](C x, C y) { return store<O>(static_cast<Compute<O>>(scalarOp<OP, C>(x, y))); };
  if (p.nOut == 0) return;
  // Fast paths: same-order operands, or a scalar on either side; large ones split across threads
  // (one core cannot saturate memory bandwidth, and mid-size operands sit in per-core caches).
  if (p.na == p.nOut && p.nb == p.nOut) {
    const bool stream = p.nOut >= kStreamMin;
    parallelRange(p.nOut, kParallelMin, [&](int64_t lo, int64_t hi) {
      if constexpr (std::is_same_v<O, T>) {
        if (stream && streamFloat<OP, T>(a, b, o, lo, hi)) return;
      }
      for (int64_t i = lo; i < hi; ++i) o[i] = f(load(a[i]), load(b[i]));
    });
    return;
  }
  if (p.na == 1 && p.nb == p.nOut) {
    const C x = load(a[0]);
    parallelRange(p.nOut, kParallelMin, [&](int64_t lo, int64_t hi) {
      for (int64_t i = lo; i < hi; ++i) o[i] = f(x, load(b[i]));
    });
    return;
  }
  if (p.nb == 1 && p.na == p.nOut) {
    const C y = load(b[0]);
    parallelRange(p.nOut, kParallelMin, [&](int64_t lo, int64_t hi) {
      for (int64_t i = lo; i < hi; ++i) o[i] = f(load(a[i]), y);
    });
    return;
  }
  const std::array<Shape, 3> strides = {contiguousStrides(p.outShape), broadcastStrides(p.aShape, p.outShape),
                                        broadcastStrides(p.bShape, p.outShape)};
  forEachRow<3>(p.outShape, strides, [&](const std::array<int64_t, 3>& off, const std::array<int64_t, 3>& st, int64_t len) {
    O* po = o + off[0];
    const T* pa = a + off[1];
    const T* pb = b + off[2];
    if (st[1] == 1 && st[2] == 1) {
      for (int64_t i = 0; i < len; ++i) po[i] = f(load(pa[i]), load(pb[i]));
    } else if (st[1] == 0 && st[2] == 1) {
      const C x = load(pa[0]);
      for (int64_t i = 0; i < len; ++i) po[i] = f(x, load(pb[i]));
    } else if (st[1] == 1 && st[2] == 0) {
      const C y = load(pb[0]);
      for (int64_t i = 0; i < len; ++i) po[i] = f(load(pa[i]), y);
    } else {
      for (int64_t i = 0; i < len; ++i) po[i] = f(load(pa[i * st[1]]), load(pb[i * st[2]]));
    }
  });
}

template <typename T>
void dispatchOp(Op op, const Problem& p, const T* a, const T* b, void* out) {
  switch (op) {
#define TFTS_CASE(NAME) case Op::NAME: run<Op::NAME, T>(p, a, b, out); return;
    TFTS_CASE(Equal) TFTS_CASE(NotEqual) TFTS_CASE(Less) TFTS_CASE(LessEqual)
    TFTS_CASE(Greater) TFTS_CASE(GreaterEqual)
    default: break;
  }
  if constexpr (isBoolType<T>) {
    switch (op) { TFTS_CASE(LogicalAnd) TFTS_CASE(LogicalOr) default: break; }
  } else {
    switch (op) {
      TFTS_CASE(Add) TFTS_CASE(Sub) TFTS_CASE(Mul) TFTS_CASE(Div) TFTS_CASE(FloorDiv)
      TFTS_CASE(FloorMod) TFTS_CASE(Pow) TFTS_CASE(Maximum) TFTS_CASE(Minimum)
      TFTS_CASE(SquaredDifference)
      default: break;
    }
    if constexpr (isFloatType<T>) {
      if (op == Op::Atan2) { run<Op::Atan2, T>(p, a, b, out); return; }
    }
#undef TFTS_CASE
  }
}

bool supported(Op op, DType d) {
  const bool isBool = d == DType::Bool;
  const bool isFloat = d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16;
  if (isComparison(op)) return true;
  if (isLogical(op)) return isBool;
  if (op == Op::Atan2) return isFloat;
  return !isBool;
}

}  // namespace

Napi::Value Binary(const Napi::CallbackInfo& info) {
  Args args(info, "binary", 6);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  Op op{};
  bool found = false;
  for (const OpName& e : kOps) {
    if (name == e.name) { op = e.op; found = true; }
  }
  if (!found) throwRange(env, "binary: unknown op '" + name + "'");
  const DType d = args.dtype(1, "dtype");
  if (!supported(op, d)) throwRange(env, "binary: op '" + name + "' does not support dtype " + dtypeName(d));
  Problem p;
  p.aShape = args.shape(3, "aShape");
  p.bShape = args.shape(5, "bShape");
  p.na = numElements(env, p.aShape, "binary: aShape");
  p.nb = numElements(env, p.bShape, "binary: bShape");
  Storage* a = args.storageFor(2, "a", d, p.na);
  Storage* b = args.storageFor(4, "b", d, p.nb);
  p.outShape = broadcastShapes(env, p.aShape, p.bShape, "binary");
  p.nOut = numElements(env, p.outShape, "binary: output");
  const DType outD = isComparison(op) ? DType::Bool : d;
  Napi::Object out = Storage::Create(env, byteSize(env, p.nOut, outD), false);
  void* o = Storage::Unwrap(out)->data();
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* pa = reinterpret_cast<const T*>(a->data());
    const T* pb = reinterpret_cast<const T*>(b->data());
    if constexpr (isIntType<T>) {
      // Every element of b is used when the output is non-empty.
      if (p.nOut > 0 && (op == Op::Div || op == Op::FloorDiv || op == Op::FloorMod)) {
        for (int64_t i = 0; i < p.nb; ++i) {
          if (pb[i] == 0) throwRange(env, "Integer division by zero");
        }
      }
      if constexpr (std::is_signed_v<T>) {
        if (p.nOut > 0 && op == Op::Pow) {
          for (int64_t i = 0; i < p.nb; ++i) {
            if (pb[i] < 0) throwRange(env, "Integers to negative integer powers are not allowed");
          }
        }
      }
    }
    dispatchOp<T>(op, p, pa, pb, o);
  });
  return out;
}

}  // namespace tfts
