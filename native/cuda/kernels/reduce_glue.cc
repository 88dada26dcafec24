// reduce(op, dtype, a, shape, axes) and argReduce(op, dtype, a, shape, axis) on
// the GPU; validation and messages as src/kernels/reduce.cc.
#include <cmath>
#include <string>
#include <vector>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "reduce.h"
#include "transpose.h"

namespace tfts::cuda {
namespace {

struct RedName { const char* name; RedOp op; };
const RedName kOps[] = {{"sum", RedOp::Sum}, {"mean", RedOp::Mean}, {"max", RedOp::Max}, {"min", RedOp::Min},
                        {"prod", RedOp::Prod}, {"any", RedOp::Any}, {"all", RedOp::All}};

Napi::Value Reduce(const Napi::CallbackInfo& info) {
  Args args(info, "reduce", 5);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  RedOp op{};
  bool found = false;
  for (const RedName& e : kOps) {
    if (name == e.name) { op = e.op; found = true; }
  }
  if (!found) throwRange(env, "reduce: unknown op '" + name + "'");
  const DType d = args.dtype(1, "dtype");
  const bool logical = op == RedOp::Any || op == RedOp::All;
  if (logical != (d == DType::Bool)) {
    throwRange(env, "reduce: op '" + name + "' does not support dtype " + dtypeName(d));
  }
  const Shape shape = args.shape(3, "shape");
  const std::vector<int64_t> axes = args.intList(4, "axes");
  const int64_t rank = static_cast<int64_t>(shape.size());
  std::vector<bool> reduced(shape.size(), false);
  for (int64_t ax : axes) {
    if (ax < 0 || ax >= rank) {
      throwRange(env, "reduce: axis " + std::to_string(ax) + " is out of range for shape " + shapeStr(shape));
    }
    if (reduced[ax]) throwRange(env, "reduce: axis " + std::to_string(ax) + " is repeated");
    reduced[ax] = true;
  }
  const int64_t n = numElements(env, shape, "reduce: shape");
  DevBuf a = devArgFor(args, 2, "a", d, n);

  std::vector<int64_t> perm;
  int64_t nOut = 1, rowLen = 1;
  for (int64_t i = 0; i < rank; ++i) {
    if (!reduced[i]) { perm.push_back(i); nOut *= shape[i]; }
  }
  for (int64_t i = 0; i < rank; ++i) {
    if (reduced[i]) { perm.push_back(i); rowLen *= shape[i]; }
  }
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, nOut, d), &out);
  if (nOut == 0) return obj;

  // Reduced axes must be innermost; only size>1 axes matter for the order.
  bool trailing = true, sawReduced = false;
  for (int64_t i = 0; i < rank; ++i) {
    if (shape[i] == 1) continue;
    if (reduced[i]) sawReduced = true;
    else if (sawReduced) trailing = false;
  }
  const void* src = a.ptr;
  if (!trailing && n > 0) {
    void* tmp = tempDevice(env, static_cast<size_t>(n) * dtypeSize(d));
    launchStridedCopy(dtypeSize(d), a.ptr, tmp, n, permuteTable(shape, perm));
    checkLaunch("reduce: permute");
    src = tmp;
  }
  launchReduceRows(op, d, src, nOut, rowLen, out, [&](size_t bytes) { return tempDevice(env, bytes); });
  checkLaunch("reduce");
  return obj;
}

Napi::Value ArgReduce(const Napi::CallbackInfo& info) {
  Args args(info, "argReduce", 5);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  if (name != "argmax" && name != "argmin") throwRange(env, "argReduce: unknown op '" + name + "'");
  const bool isMax = name == "argmax";
  const DType d = args.dtype(1, "dtype");
  if (d == DType::Bool) throwRange(env, "argReduce: op '" + name + "' does not support dtype bool");
  const Shape shape = args.shape(3, "shape");
  if (!args.raw(4).IsNumber()) throwType(env, "argReduce: axis must be a number");
  const double axd = args.raw(4).As<Napi::Number>().DoubleValue();
  if (!(axd >= 0 && axd < static_cast<double>(shape.size())) || axd != std::floor(axd)) {
    throwRange(env, "argReduce: axis " + std::to_string(axd) + " is out of range for shape " + shapeStr(shape));
  }
  const size_t axis = static_cast<size_t>(axd);
  const int64_t n = numElements(env, shape, "argReduce: shape");
  DevBuf a = devArgFor(args, 2, "a", d, n);
  int64_t outer = 1, inner = 1;
  for (size_t i = 0; i < axis; ++i) outer *= shape[i];
  for (size_t i = axis + 1; i < shape.size(); ++i) inner *= shape[i];
  const int64_t len = shape[axis];
  const int64_t nOut = outer * inner;
  if (len == 0 && nOut > 0) {
    throwRange(env, "argReduce: Reduction axis " + std::to_string(axis) + " is empty in shape " + shapeStr(shape));
  }
  DevOutput<int64_t> out = newDevOutput<int64_t>(env, static_cast<uint64_t>(nOut));
  launchArgReduce(isMax, d, a.ptr, outer, len, inner, out.data);
  checkLaunch("argReduce");
  return out.obj;
}

}  // namespace

TFTS_CUDA_EXPORT("reduce", Reduce)
TFTS_CUDA_EXPORT("argReduce", ArgReduce)

}  // namespace tfts::cuda
