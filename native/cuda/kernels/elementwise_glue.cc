// binary(op, dtype, a, aShape, b, bShape) and unary(op, dtype, a, count) on the
// GPU; validation and messages as src/kernels/elementwise_{binary,unary}.cc.
#include <array>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "elementwise.h"

namespace tfts::cuda {
namespace {

struct BinName { const char* name; BinOp op; };
const BinName kBinOps[] = {
    {"add", BinOp::Add}, {"sub", BinOp::Sub}, {"mul", BinOp::Mul}, {"div", BinOp::Div},
    {"floordiv", BinOp::FloorDiv}, {"floormod", BinOp::FloorMod}, {"pow", BinOp::Pow},
    {"maximum", BinOp::Maximum}, {"minimum", BinOp::Minimum},
    {"squared_difference", BinOp::SquaredDifference}, {"atan2", BinOp::Atan2},
    {"equal", BinOp::Equal}, {"not_equal", BinOp::NotEqual}, {"less", BinOp::Less},
    {"less_equal", BinOp::LessEqual}, {"greater", BinOp::Greater}, {"greater_equal", BinOp::GreaterEqual},
    {"logical_and", BinOp::LogicalAnd}, {"logical_or", BinOp::LogicalOr},
};

bool isFloatDType(DType d) {
  return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16;
}
bool isSignedInt(DType d) {
  return d == DType::Int8 || d == DType::Int16 || d == DType::Int32 || d == DType::Int64;
}

bool binarySupported(BinOp op, DType d) {
  if (isComparison(op)) return true;
  if (isLogical(op)) return d == DType::Bool;
  if (op == BinOp::Atan2) return isFloatDType(d);
  return d != DType::Bool;
}

// CPU semantics: integer division by zero / negative integer powers raise
// RangeError before anything is computed. Scanning b on the device needs one
// small synchronising read-back, only for these ops on integer dtypes.
void checkDivisors(Napi::Env env, BinOp op, DType d, const void* b, int64_t nb) {
  const bool div = op == BinOp::Div || op == BinOp::FloorDiv || op == BinOp::FloorMod;
  const bool pow = op == BinOp::Pow && isSignedInt(d);
  if (isFloatDType(d) || d == DType::Bool || (!div && !pow)) return;
  const int zero = 0;
  int* flag = static_cast<int*>(const_cast<void*>(uploadTemp(env, &zero, sizeof(int))));
  launchFindBadDivisor(d, b, nb, pow, flag);
  checkLaunch("binary: divisor check");
  int found = 0;
  check(cudaMemcpyAsync(&found, flag, sizeof(int), cudaMemcpyDeviceToHost, stream()), "cudaMemcpyAsync(binary divisor check)");
  synchronize();
  if (found) {
    throwRange(env, div ? "Integer division by zero" : "Integers to negative integer powers are not allowed");
  }
}

Napi::Value Binary(const Napi::CallbackInfo& info) {
  Args args(info, "binary", 6);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  BinOp op{};
  bool found = false;
  for (const BinName& e : kBinOps) {
    if (name == e.name) { op = e.op; found = true; }
  }
  if (!found) throwRange(env, "binary: unknown op '" + name + "'");
  const DType d = args.dtype(1, "dtype");
  if (!binarySupported(op, d)) throwRange(env, "binary: op '" + name + "' does not support dtype " + dtypeName(d));
  const Shape aShape = args.shape(3, "aShape"), bShape = args.shape(5, "bShape");
  const int64_t na = numElements(env, aShape, "binary: aShape");
  const int64_t nb = numElements(env, bShape, "binary: bShape");
  DevBuf a = devArgFor(args, 2, "a", d, na);
  DevBuf b = devArgFor(args, 4, "b", d, nb);
  const Shape outShape = broadcastShapes(env, aShape, bShape, "binary");
  const int64_t n = numElements(env, outShape, "binary: output");
  const DType outD = isComparison(op) ? DType::Bool : d;
  if (n > 0) checkDivisors(env, op, d, b.ptr, nb);
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, n, outD), &out);
  if (n == 0) return obj;
  if ((na == n || na == 1) && (nb == n || nb == 1)) {
    // Same shape (up to size-1 dims) or a scalar operand: flat indexing.
    launchBinaryLinear(op, d, a.ptr, na == n ? 1 : 0, b.ptr, nb == n ? 1 : 0, out, n);
  } else {
    const std::array<Shape, 3> st = {contiguousStrides(outShape), broadcastStrides(aShape, outShape),
                                     broadcastStrides(bShape, outShape)};
    launchBinaryStrided(op, d, a.ptr, b.ptr, out, n, collapseStrides<3>(outShape, st));
  }
  checkLaunch("binary");
  return obj;
}

struct UnName { const char* name; UnOp op; };
const UnName kUnOps[] = {
    {"neg", UnOp::Neg}, {"abs", UnOp::Abs}, {"sign", UnOp::Sign}, {"square", UnOp::Square}, {"relu", UnOp::Relu},
    {"exp", UnOp::Exp}, {"log", UnOp::Log}, {"log1p", UnOp::Log1p}, {"expm1", UnOp::Expm1},
    {"sqrt", UnOp::Sqrt}, {"rsqrt", UnOp::Rsqrt}, {"reciprocal", UnOp::Reciprocal}, {"sin", UnOp::Sin},
    {"cos", UnOp::Cos}, {"tan", UnOp::Tan}, {"tanh", UnOp::Tanh}, {"sigmoid", UnOp::Sigmoid},
    {"floor", UnOp::Floor}, {"ceil", UnOp::Ceil}, {"round", UnOp::Round}, {"erf", UnOp::Erf},
    {"softplus", UnOp::Softplus}, {"logical_not", UnOp::LogicalNot},
};

bool unarySupported(UnOp op, DType d) {
  if (d == DType::Bool) return op == UnOp::LogicalNot;
  if (op == UnOp::LogicalNot) return false;
  if (isFloatDType(d)) return true;
  return op <= UnOp::Relu;  // integer dtypes: neg/abs/sign/square/relu
}

Napi::Value Unary(const Napi::CallbackInfo& info) {
  Args args(info, "unary", 4);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  UnOp op{};
  bool found = false;
  for (const UnName& e : kUnOps) {
    if (name == e.name) { op = e.op; found = true; }
  }
  if (!found) throwRange(env, "unary: unknown op '" + name + "'");
  const DType d = args.dtype(1, "dtype");
  const int64_t n = args.count(3, "count");
  DevBuf a = devArgFor(args, 2, "a", d, n);
  if (!unarySupported(op, d)) throwRange(env, "unary: op '" + name + "' does not support dtype " + dtypeName(d));
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, n, d), &out);
  launchUnary(op, d, a.ptr, out, n);
  checkLaunch("unary");
  return obj;
}

}  // namespace

TFTS_CUDA_EXPORT("binary", Binary)
TFTS_CUDA_EXPORT("unary", Unary)

}  // namespace tfts::cuda
