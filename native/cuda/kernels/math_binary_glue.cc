// mathBinary for DeviceStorages, validating as the CPU glue (native/src/kernels/math_binary.cc).
// Integer truncatediv/truncatemod by zero raises the CPU's RangeError; since the divisor lives on
// the device, the kernel flags it and this call waits for the flag (only for those two ops).
#include <array>
#include <cstdint>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "gather_glue_helpers.h"
#include "math_binary.h"

namespace tfts::cuda {
namespace {

using launch::MathBinaryOp;

struct OpName { const char* name; MathBinaryOp op; };
const OpName kOps[] = {
    {"truncatediv", MathBinaryOp::TruncateDiv}, {"truncatemod", MathBinaryOp::TruncateMod},
    {"div_no_nan", MathBinaryOp::DivNoNan}, {"mul_no_nan", MathBinaryOp::MulNoNan},
    {"xlogy", MathBinaryOp::Xlogy}, {"xdivy", MathBinaryOp::Xdivy},
};

bool supported(MathBinaryOp op, DType d) {
  if (d == DType::Bool) return false;
  if (op == MathBinaryOp::Xlogy || op == MathBinaryOp::Xdivy) return isFloatDType(d);
  return true;
}

Napi::Value MathBinary(const Napi::CallbackInfo& info) {
  Args args(info, "mathBinary", 6);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  const OpName* found = nullptr;
  for (const OpName& e : kOps) if (name == e.name) found = &e;
  if (!found) throwRange(env, "mathBinary: unknown op '" + name + "'");
  const MathBinaryOp op = found->op;
  const DType d = args.dtype(1, "dtype");
  if (!supported(op, d)) throwRange(env, "mathBinary: op '" + name + "' does not support dtype " + dtypeName(d));
  const Shape as = args.shape(3, "aShape"), bs = args.shape(5, "bShape");
  const int64_t na = numElements(env, as, "mathBinary: aShape"), nb = numElements(env, bs, "mathBinary: bShape");
  const DevBuf a = devArgFor(args, 2, "a", d, na);
  const DevBuf b = devArgFor(args, 4, "b", d, nb);
  const Shape os = broadcastShapes(env, as, bs, "mathBinary");
  const int64_t n = numElements(env, os, "mathBinary: output");
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, n, d), &out);
  if (n == 0) return result;
  const bool checksZero = !isFloatDType(d) && (op == MathBinaryOp::TruncateDiv || op == MathBinaryOp::TruncateMod);
  int* flag = nullptr;
  if (checksZero) {
    flag = static_cast<int*>(callScratch(env, sizeof(int)));
    check(cudaMemsetAsync(flag, 0, sizeof(int), stream()), "cudaMemsetAsync(mathBinary flag)");
  }
  const Shape sa = broadcastStrides(as, os), sb = broadcastStrides(bs, os);
  check(launch::mathBinary(op, static_cast<int>(d), a.ptr, sa.data(), b.ptr, sb.data(), os.data(),
                           static_cast<int>(os.size()), out, flag, stream()),
        "mathBinary kernel");
  if (checksZero) {
    int hostFlag = 0;
    readBack(&hostFlag, flag, sizeof(int), "mathBinary: reading the division-by-zero flag");
    if (hostFlag != 0) throwRange(env, "Integer division by zero");
  }
  return result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("mathBinary", tfts::cuda::MathBinary)
