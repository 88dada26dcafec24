// unary(op, dtype, a, count). Float dtypes support every op; integer dtypes
// only neg/abs/sign/square/relu; bool only logical_not.
#include <cfloat>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include "../args.h"
#include "eigen_double_approx.h"
#include "eigen_float_approx.h"
#include "eigen_float_trig.h"
#include "eigen_float_log.h"
#include "kernels.h"

namespace tfts {
namespace {

enum class Op {
  Neg, Abs, Sign, Square, Relu,  // integer-capable ops first
  Exp, Log, Log1p, Expm1, Sqrt, Rsqrt, Reciprocal, Sin, Cos, Tan, Tanh, Sigmoid,
  Floor, Ceil, Round, Erf, Softplus, LogicalNot,
};
struct OpName { const char* name; Op op; };
const OpName kOps[] = {
    {"neg", Op::Neg}, {"abs", Op::Abs}, {"sign", Op::Sign}, {"square", Op::Square}, {"relu", Op::Relu},
    {"exp", Op::Exp}, {"log", Op::Log}, {"log1p", Op::Log1p}, {"expm1", Op::Expm1},
    {"sqrt", Op::Sqrt}, {"rsqrt", Op::Rsqrt}, {"reciprocal", Op::Reciprocal}, {"sin", Op::Sin},
    {"cos", Op::Cos}, {"tan", Op::Tan}, {"tanh", Op::Tanh}, {"sigmoid", Op::Sigmoid},
    {"floor", Op::Floor}, {"ceil", Op::Ceil}, {"round", Op::Round}, {"erf", Op::Erf},
    {"softplus", Op::Softplus}, {"logical_not", Op::LogicalNot},
};

template <typename C> C negWrap(C a) {
  using U = std::make_unsigned_t<C>;
  return static_cast<C>(static_cast<U>(U(0) - static_cast<U>(a)));
}

template <Op OP, typename C> inline C intOp(C x) {
  if constexpr (OP == Op::Neg) return negWrap(x);
  else if constexpr (OP == Op::Abs) { if constexpr (std::is_signed_v<C>) return x < 0 ? negWrap(x) : x; else return x; }
  else if constexpr (OP == Op::Sign) { if constexpr (std::is_signed_v<C>) return static_cast<C>((x > 0) - (x < 0)); else return static_cast<C>(x != 0); }
  else if constexpr (OP == Op::Square) return static_cast<C>(x * x);
  else return x > 0 ? x : C(0);  // Relu
}

template <Op OP, typename C> inline C floatOp(C x) {
  if constexpr (OP == Op::Neg) return -x;
  else if constexpr (OP == Op::Abs) return std::fabs(x);
  else if constexpr (OP == Op::Sign) return std::isnan(x) ? x : static_cast<C>((x > 0) - (x < 0));
  else if constexpr (OP == Op::Square) return x * x;
  else if constexpr (OP == Op::Relu) return x < C(0) ? C(0) : x;  // std::max(x, 0) as Eigen: keeps -0 and NaN
  else if constexpr (OP == Op::Exp) return std::exp(x);
  else if constexpr (OP == Op::Log) return std::log(x);
  else if constexpr (OP == Op::Log1p) return std::log1p(x);
  else if constexpr (OP == Op::Expm1) return std::expm1(x);
  else if constexpr (OP == Op::Sqrt) return std::sqrt(x);
  else if constexpr (OP == Op::Rsqrt) return C(1) / std::sqrt(x);
  else if constexpr (OP == Op::Reciprocal) return C(1) / x;
  else if constexpr (OP == Op::Sin) return std::sin(x);
  else if constexpr (OP == Op::Cos) return std::cos(x);
  else if constexpr (OP == Op::Tan) return std::tan(x);
  else if constexpr (OP == Op::Tanh) return std::tanh(x);
  else if constexpr (OP == Op::Sigmoid) {
    // Never exponentiate a positive number: no overflow for large |x|.
    if (x >= 0) return C(1) / (C(1) + std::exp(-x));
    const C e = std::exp(x);
    return e / (C(1) + e);
  }
  else if constexpr (OP == Op::Floor) return std::floor(x);
  else if constexpr (OP == Op::Ceil) return std::ceil(x);
  else if constexpr (OP == Op::Round) return std::nearbyint(x);  // default FP mode: half to even
  else if constexpr (OP == Op::Erf) return std::erf(x);
  else {
    // Softplus with TF's thresholds (log(epsilon) + 2) to avoid overflow and
    // keep precision: x for large x, exp(x) for very negative x.
    const C threshold = std::log(std::numeric_limits<C>::epsilon()) + C(2);
    if (x > -threshold) return x;
    if (x < threshold) return std::exp(x);
    return std::log1p(std::exp(x));
  }
}

template <Op OP, typename T> void run(const T* a, T* o, int64_t n) {
  using C = Compute<T>;
  // float32 sigmoid/tanh/exp/erf follow TF's Eigen approximations (not libm) to match its bits.
  if constexpr (std::is_same_v<T, float> && OP == Op::Sigmoid) return eigen_f32::logistic(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Tanh) return eigen_f32::tanh(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Exp) return eigen_f32::exp(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Erf) return eigen_f32::erf(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Sin) return eigen_f32_trig::sin(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Cos) return eigen_f32_trig::cos(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Reciprocal) return eigen_f32_trig::reciprocal(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Rsqrt) return eigen_f32_trig::rsqrt(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Log) return eigen_f32::log(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Log1p) return eigen_f32::log1p(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Expm1) return eigen_f32::expm1(a, o, n);
  if constexpr (std::is_same_v<T, float> && OP == Op::Softplus) return eigen_f32::softplus(a, o, n);
  if constexpr ((std::is_same_v<T, f16> || std::is_same_v<T, bf16>) && OP == Op::Log) return eigen_f32::log(a, o, n);
  if constexpr ((std::is_same_v<T, f16> || std::is_same_v<T, bf16>) && OP == Op::Log1p) return eigen_f32::log1p(a, o, n);
  if constexpr ((std::is_same_v<T, f16> || std::is_same_v<T, bf16>) && OP == Op::Expm1) return eigen_f32::expm1(a, o, n);
  if constexpr ((std::is_same_v<T, f16> || std::is_same_v<T, bf16>) && OP == Op::Softplus) return eigen_f32::softplus(a, o, n);
  // float64 too (eigen_double_approx.h).
  if constexpr (std::is_same_v<T, double> && OP == Op::Exp) return eigen_f64::exp(a, o, n);
  if constexpr (std::is_same_v<T, double> && OP == Op::Log) return eigen_f64::log(a, o, n);
  if constexpr (std::is_same_v<T, double> && OP == Op::Log1p) return eigen_f64::log1p(a, o, n);
  if constexpr (std::is_same_v<T, double> && OP == Op::Expm1) return eigen_f64::expm1(a, o, n);
  if constexpr (std::is_same_v<T, double> && OP == Op::Tanh) return eigen_f64::tanh(a, o, n);
  if constexpr (std::is_same_v<T, double> && OP == Op::Sigmoid) return eigen_f64::sigmoid(a, o, n);
  if constexpr (std::is_same_v<T, double> && OP == Op::Erf) return eigen_f64::erf(a, o, n);
  if constexpr (std::is_same_v<T, double> && OP == Op::Softplus) return eigen_f64::softplus(a, o, n);
  for (int64_t i = 0; i < n; ++i) {
    if constexpr (isFloatType<T>) o[i] = store<T>(floatOp<OP, C>(load(a[i])));
    else o[i] = intOp<OP, C>(a[i]);
  }
}

template <typename T> bool dispatchOp(Op op, const T* a, T* o, int64_t n) {
#define TFTS_CASE(NAME) case Op::NAME: run<Op::NAME, T>(a, o, n); return true;
  if constexpr (isBoolType<T>) {
    if (op != Op::LogicalNot) return false;
    for (int64_t i = 0; i < n; ++i) o[i] = bool8{static_cast<uint8_t>(a[i].v ? 0 : 1)};
    return true;
  } else if constexpr (isIntType<T>) {
    switch (op) {
      TFTS_CASE(Neg) TFTS_CASE(Abs) TFTS_CASE(Sign) TFTS_CASE(Square) TFTS_CASE(Relu)
      default: return false;
    }
  } else {
    switch (op) {
      TFTS_CASE(Neg) TFTS_CASE(Abs) TFTS_CASE(Sign) TFTS_CASE(Square) TFTS_CASE(Relu)
      TFTS_CASE(Exp) TFTS_CASE(Log) TFTS_CASE(Log1p) TFTS_CASE(Expm1) TFTS_CASE(Sqrt)
      TFTS_CASE(Rsqrt) TFTS_CASE(Reciprocal) TFTS_CASE(Sin) TFTS_CASE(Cos) TFTS_CASE(Tan)
      TFTS_CASE(Tanh) TFTS_CASE(Sigmoid) TFTS_CASE(Floor) TFTS_CASE(Ceil) TFTS_CASE(Round)
      TFTS_CASE(Erf) TFTS_CASE(Softplus)
      default: return false;
    }
  }
#undef TFTS_CASE
}

}  // namespace

Napi::Value Unary(const Napi::CallbackInfo& info) {
  Args args(info, "unary", 4);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  Op op{};
  bool found = false;
  for (const OpName& e : kOps) {
    if (name == e.name) { op = e.op; found = true; }
  }
  if (!found) throwRange(env, "unary: unknown op '" + name + "'");
  const DType d = args.dtype(1, "dtype");
  const int64_t n = args.count(3, "count");
  Storage* a = args.storageFor(2, "a", d, n);
  Napi::Object out = Storage::Create(env, byteSize(env, n, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  const bool ok = dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    return dispatchOp<T>(op, reinterpret_cast<const T*>(a->data()), reinterpret_cast<T*>(o), n);
  });
  if (!ok) throwRange(env, "unary: op '" + name + "' does not support dtype " + dtypeName(d));
  return out;
}

}  // namespace tfts
