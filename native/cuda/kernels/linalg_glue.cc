// matrixInverse / matrixDeterminant / selfAdjointEig for DeviceStorages, validating as the CPU
// glue (native/src/kernels/math_linalg.cc). matrixInverse returns the index of the first singular
// matrix as a plain number, so it waits for its kernel.
#include <cstdint>
#include <string>
#include <vector>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "gather_glue_helpers.h"
#include "linalg.h"

namespace tfts::cuda {
namespace {

struct Batch {
  int64_t count, n;
};

Batch squareBatch(Napi::Env env, const Shape& s, const char* fn) {
  if (s.size() < 2 || s[s.size() - 1] != s[s.size() - 2]) throwRange(env, std::string(fn) + ": expected [..., n, n], got " + shapeStr(s));
  const int64_t n = s.back();
  int64_t count = 1;
  for (size_t i = 0; i + 2 < s.size(); ++i) count *= s[i];
  return {count, n};
}

void* scratchFor(Napi::Env env, int64_t bytes) { return callScratch(env, static_cast<uint64_t>(bytes)); }

Napi::Value MatrixInverse(const Napi::CallbackInfo& info) {
  Args args(info, "matrixInverse", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloatDType(d)) throwRange(env, std::string("matrixInverse: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  const Batch bt = squareBatch(env, s, "matrixInverse");
  const int64_t total = numElements(env, s, "matrixInverse: shape");
  const DevBuf a = devArgFor(args, 1, "a", d, total);
  const uint64_t bytes = byteSize(env, total, d);
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, bytes, &out);
  int64_t singular = -1;
  if (bt.count > 0 && bt.n > 0) {
    void* scratch = scratchFor(env, launch::inverseScratchBytes(bt.count, bt.n));
    int* flags = static_cast<int*>(scratchFor(env, bt.count * static_cast<int64_t>(sizeof(int))));
    check(launch::matrixInverse(static_cast<int>(d), a.ptr, bt.count, static_cast<int>(bt.n), scratch, flags, out,
                                stream()),
          "matrixInverse kernel");
    std::vector<int> host(static_cast<size_t>(bt.count));
    readBack(host.data(), flags, host.size() * sizeof(int), "matrixInverse: reading the singular flags");
    for (int64_t b = 0; b < bt.count; ++b) {
      if (host[static_cast<size_t>(b)] != 0) { singular = b; break; }
    }
    if (singular >= 0) {  // the CPU stops at the first singular matrix and leaves the rest zero
      const uint64_t from = static_cast<uint64_t>(singular) * static_cast<uint64_t>(bt.n * bt.n) * dtypeSize(d);
      check(cudaMemsetAsync(static_cast<uint8_t*>(out) + from, 0, bytes - from, stream()), "cudaMemsetAsync(matrixInverse)");
    }
  }
  Napi::Array r = Napi::Array::New(env, 2);
  r.Set(uint32_t(0), result);
  r.Set(uint32_t(1), Napi::Number::New(env, static_cast<double>(singular)));
  return r;
}

Napi::Value MatrixDeterminant(const Napi::CallbackInfo& info) {
  Args args(info, "matrixDeterminant", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloatDType(d)) throwRange(env, std::string("matrixDeterminant: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  const Batch bt = squareBatch(env, s, "matrixDeterminant");
  const DevBuf a = devArgFor(args, 1, "a", d, numElements(env, s, "matrixDeterminant: shape"));
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, bt.count, d), &out);
  if (bt.count > 0) {  // n == 0 too: the empty product, 1, as on the CPU
    void* scratch = scratchFor(env, launch::determinantScratchBytes(bt.count, bt.n));
    check(launch::matrixDeterminant(static_cast<int>(d), a.ptr, bt.count, static_cast<int>(bt.n), scratch, out, stream()),
          "matrixDeterminant kernel");
  }
  return result;
}

Napi::Value SelfAdjointEig(const Napi::CallbackInfo& info) {
  Args args(info, "selfAdjointEig", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!isFloatDType(d)) throwRange(env, std::string("selfAdjointEig: unsupported dtype ") + dtypeName(d));
  const Shape s = args.shape(2, "shape");
  const Batch bt = squareBatch(env, s, "selfAdjointEig");
  const int64_t n = bt.n;
  const DevBuf a = devArgFor(args, 1, "a", d, numElements(env, s, "selfAdjointEig: shape"));
  void* vals = nullptr;
  void* vecs = nullptr;
  Napi::Object valsObj = newDeviceStorage(env, byteSize(env, bt.count * n, d), &vals);
  Napi::Object vecsObj = newDeviceStorage(env, byteSize(env, bt.count * n * n, d), &vecs);
  if (bt.count > 0 && n > 0) {
    void* scratch = scratchFor(env, launch::eigScratchBytes(bt.count, n));
    check(launch::selfAdjointEig(static_cast<int>(d), a.ptr, bt.count, static_cast<int>(n), scratch, vals, vecs, stream()),
          "selfAdjointEig kernel");
  }
  Napi::Array r = Napi::Array::New(env, 2);
  r.Set(uint32_t(0), valsObj);
  r.Set(uint32_t(1), vecsObj);
  return r;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("matrixInverse", tfts::cuda::MatrixInverse)
TFTS_CUDA_EXPORT("matrixDeterminant", tfts::cuda::MatrixDeterminant)
TFTS_CUDA_EXPORT("selfAdjointEig", tfts::cuda::SelfAdjointEig)
