// mathBinary(op, dtype, a, aShape, b, bShape): broadcasting binary ops beyond
// elementwise_binary.cc: truncatediv/truncatemod (C++ division semantics),
// div_no_nan/mul_no_nan (0 where y == 0), xlogy/xdivy (0 where x == 0).
#include <cfloat>
#include <cmath>
#include <string>
#include <type_traits>

#include "../args.h"
#include "../broadcast_iter.h"
#include "eigen_double_approx.h"
#include "eigen_float_log.h"
#include "kernels.h"

namespace tfts {
namespace {

enum class Op { TruncateDiv, TruncateMod, DivNoNan, MulNoNan, Xlogy, Xdivy };
struct OpName { const char* name; Op op; };
const OpName kOps[] = {
    {"truncatediv", Op::TruncateDiv}, {"truncatemod", Op::TruncateMod}, {"div_no_nan", Op::DivNoNan},
    {"mul_no_nan", Op::MulNoNan}, {"xlogy", Op::Xlogy}, {"xdivy", Op::Xdivy}
};

template <typename C> C scalar(Op op, C a, C b) {
  if constexpr (std::is_floating_point_v<C>) {
    switch (op) {
      case Op::TruncateDiv: return std::trunc(a / b);
      case Op::TruncateMod: return std::fmod(a, b);
      case Op::DivNoNan: return b == 0 ? C(0) : a / b;
      case Op::MulNoNan: return b == 0 ? C(0) : a * b;
      case Op::Xlogy: return a == 0 ? C(0) : a * std::log(b);
      case Op::Xdivy: return a == 0 ? C(0) : a / b;
      default: return C(0);
    }
  } else {
    // Signed b == -1 apart: INT_MIN / -1 traps on x86; the wrapped result is what TF's kernel gives.
    using U = std::make_unsigned_t<C>;
    switch (op) {
      case Op::TruncateDiv:
        if constexpr (std::is_signed_v<C>) if (b == -1) return static_cast<C>(U(0) - static_cast<U>(a));
        return static_cast<C>(a / b);
      case Op::TruncateMod:
        if constexpr (std::is_signed_v<C>) if (b == -1) return C(0);
        return static_cast<C>(a % b);
      case Op::DivNoNan:
        if (b == 0) return C(0);
        if constexpr (std::is_signed_v<C>) if (b == -1) return static_cast<C>(U(0) - static_cast<U>(a));
        return static_cast<C>(a / b);
      case Op::MulNoNan: return b == 0 ? C(0) : static_cast<C>(a * b);
      default: return C(0);
    }
  }
}

// float32 xlogy/xdivy as TF's Eigen functors: the packet path gives a signed 0 where x == 0 and
// uses Eigen's plog; the scalar tail returns +0 there and uses libm (eigen_float_log.h).
float xlogyOrXdivy(Op op, float x, float y, bool packet) {
  if (op == Op::Xdivy) return eigen_f32::xdivy(x, y, packet);
  return packet ? eigen_f32::xlogyPacket(x, y) : eigen_f32::xlogyScalar(x, y);
}

// The same for float64 (4-wide packets, Eigen's double plog from eigen_double_approx.h); a
// subnormal x counts as 0 (DAZ).
double xlogyOrXdivy(Op op, double x, double y, bool packet) {
  if (std::fabs(x) < DBL_MIN) return packet ? std::copysign(0.0, x) : 0.0;
  if (op == Op::Xdivy) return x / y;
  return x * (packet ? eigen_f64::logPacket(y) : eigen_f64::logScalar(y));
}

bool supported(Op op, DType d) {
  const bool isFloat = d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16;
  if (d == DType::Bool) return false;
  if (op == Op::Xlogy || op == Op::Xdivy) return isFloat;
  return true;
}

}  // namespace

Napi::Value MathBinary(const Napi::CallbackInfo& info) {
  Args args(info, "mathBinary", 6);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  const OpName* found = nullptr;
  for (const OpName& e : kOps) if (name == e.name) found = &e;
  if (!found) throwRange(env, "mathBinary: unknown op '" + name + "'");
  const Op op = found->op;
  const DType d = args.dtype(1, "dtype");
  if (!supported(op, d)) throwRange(env, "mathBinary: op '" + name + "' does not support dtype " + dtypeName(d));
  const Shape as = args.shape(3, "aShape"), bs = args.shape(5, "bShape");
  const int64_t na = numElements(env, as, "mathBinary: aShape"), nb = numElements(env, bs, "mathBinary: bShape");
  Storage* a = args.storageFor(2, "a", d, na);
  Storage* b = args.storageFor(4, "b", d, nb);
  const Shape os = broadcastShapes(env, as, bs, "mathBinary");
  const int64_t n = numElements(env, os, "mathBinary: output");
  Napi::Object out = Storage::Create(env, byteSize(env, n, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (!isBoolType<T>) {  // rejected by supported() above
    const T* pa = reinterpret_cast<const T*>(a->data());
    const T* pb = reinterpret_cast<const T*>(b->data());
    T* po = reinterpret_cast<T*>(o);
    if constexpr (isIntType<T>) {
      if (n > 0 && (op == Op::TruncateDiv || op == Op::TruncateMod)) {
        for (int64_t i = 0; i < nb; ++i) if (pb[i] == 0) throwRange(env, "Integer division by zero");
      }
    }
    const std::array<Shape, 3> st = {contiguousStrides(os), broadcastStrides(as, os), broadcastStrides(bs, os)};
    const int64_t packetEnd = n - n % (std::is_same_v<T, double> ? eigen_f64::kPacketSize : eigen_f32::kPacketSize);
    forEachRow<3>(os, st, [&](const std::array<int64_t, 3>& off, const std::array<int64_t, 3>& in, int64_t len) {
      for (int64_t i = 0; i < len; ++i) {
        const int64_t at = off[0] + i * in[0];
        if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {  // TF's packet/tail split over the output
          if (op == Op::Xlogy || op == Op::Xdivy) { po[at] = xlogyOrXdivy(op, pa[off[1] + i * in[1]], pb[off[2] + i * in[2]], at < packetEnd); continue; }
        } else if constexpr (std::is_same_v<T, f16> || std::is_same_v<T, bf16>) {
          if (op == Op::Xlogy || op == Op::Xdivy) { po[at] = eigen_f32::xlogyOrXdivyHalf(op == Op::Xdivy, pa[off[1] + i * in[1]], pb[off[2] + i * in[2]], at < packetEnd); continue; }
        }
        po[at] = store<T>(scalar(op, load(pa[off[1] + i * in[1]]), load(pb[off[2] + i * in[2]])));
      }
    });
    }
  });
  return out;
}

}  // namespace tfts
