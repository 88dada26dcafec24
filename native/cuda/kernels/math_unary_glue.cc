// mathUnary for DeviceStorages, validating as the CPU glue (native/src/kernels/math_unary.cc).
#include <cstdint>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "math_unary.h"

namespace tfts::cuda {
namespace {

using launch::MathUnaryOp;

struct OpName { const char* name; MathUnaryOp op; };
const OpName kOps[] = {
    {"asin", MathUnaryOp::Asin}, {"acos", MathUnaryOp::Acos}, {"atan", MathUnaryOp::Atan},
    {"sinh", MathUnaryOp::Sinh}, {"cosh", MathUnaryOp::Cosh}, {"asinh", MathUnaryOp::Asinh},
    {"acosh", MathUnaryOp::Acosh}, {"atanh", MathUnaryOp::Atanh}, {"rint", MathUnaryOp::Rint},
    {"erfc", MathUnaryOp::Erfc}, {"lgamma", MathUnaryOp::Lgamma}, {"digamma", MathUnaryOp::Digamma}, {"is_nan", MathUnaryOp::IsNan},
    {"is_inf", MathUnaryOp::IsInf}, {"is_finite", MathUnaryOp::IsFinite},
};

Napi::Value MathUnary(const Napi::CallbackInfo& info) {
  Args args(info, "mathUnary", 4);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  const OpName* found = nullptr;
  for (const OpName& e : kOps) if (name == e.name) found = &e;
  if (!found) throwRange(env, "mathUnary: unknown op '" + name + "'");
  const MathUnaryOp op = found->op;
  const DType d = args.dtype(1, "dtype");
  if (!(d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16)) {
    throwRange(env, "mathUnary: op '" + name + "' does not support dtype " + dtypeName(d));
  }
  const int64_t n = args.count(3, "count");
  const DevBuf a = devArgFor(args, 2, "a", d, n);
  const DType outD = launch::isPredicate(op) ? DType::Bool : d;
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, n, outD), &out);
  check(launch::mathUnary(op, static_cast<int>(d), a.ptr, n, out, stream()), "mathUnary kernel");
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("mathUnary", tfts::cuda::MathUnary)
