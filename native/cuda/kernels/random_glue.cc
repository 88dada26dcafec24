// randomUniform/randomNormal/truncatedNormal(dtype, count, key0, key1, counter)
// and randomUniformInt(dtype, count, lo, hi, key0, key1, counter) on the GPU;
// arguments and messages as src/kernels/random.cc.
#include <cmath>
#include <cstdint>
#include <string>

#include "../../src/args.h"
#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "random.h"

namespace tfts::cuda {
namespace {

bool isFloatDType(DType d) {
  return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16;
}

Napi::Value RandomFloat(const Napi::CallbackInfo& info, const char* fn, RandomDist dist) {
  Args args(info, fn, 5);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t count = args.count(1, "count");
  Philox4x32 gen{};
  gen.key[0] = args.uint32(2, "key0");
  gen.key[1] = args.uint32(3, "key1");
  args.counter(4, "counter", gen.counter);
  if (!isFloatDType(d)) throwRange(env, std::string(fn) + ": unsupported dtype " + dtypeName(d));
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, count, d), &out);
  launchRandomFloat(dist, d, count, gen, out);
  checkLaunch(fn);
  return obj;
}

Napi::Value RandomUniform(const Napi::CallbackInfo& info) { return RandomFloat(info, "randomUniform", RandomDist::Uniform); }
Napi::Value RandomNormal(const Napi::CallbackInfo& info) { return RandomFloat(info, "randomNormal", RandomDist::Normal); }
Napi::Value TruncatedNormal(const Napi::CallbackInfo& info) {
  return RandomFloat(info, "truncatedNormal", RandomDist::TruncatedNormal);
}

// An integer bound (number or bigint), as the CPU's readBound.
int64_t readBound(const Args& args, size_t i, const char* name, DType d) {
  Napi::Value v = args.raw(i);
  int64_t x = 0;
  if (v.IsBigInt()) {
    bool lossless = false;
    x = v.As<Napi::BigInt>().Int64Value(&lossless);
    if (!lossless) throwRange(args.env(), args.where(name) + " does not fit in int64");
  } else if (v.IsNumber()) {
    const double dv = v.As<Napi::Number>().DoubleValue();
    if (!(std::fabs(dv) <= 9007199254740991.0) || dv != std::floor(dv)) {
      throwRange(args.env(), args.where(name) + " must be a safe integer (use a bigint for larger int64 values)");
    }
    x = static_cast<int64_t>(dv);
  } else {
    throwType(args.env(), args.where(name) + " must be a number or bigint");
  }
  if (d == DType::Int32 && (x < INT32_MIN || x > INT32_MAX)) {
    throwRange(args.env(), args.where(name) + " does not fit in int32");
  }
  return x;
}

Napi::Value RandomUniformInt(const Napi::CallbackInfo& info) {
  Args args(info, "randomUniformInt", 7);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t count = args.count(1, "count");
  if (d != DType::Int32 && d != DType::Int64) {
    throwRange(env, std::string("randomUniformInt: unsupported dtype ") + dtypeName(d));
  }
  const int64_t lo = readBound(args, 2, "lo", d), hi = readBound(args, 3, "hi", d);
  Philox4x32 gen{};
  gen.key[0] = args.uint32(4, "key0");
  gen.key[1] = args.uint32(5, "key1");
  args.counter(6, "counter", gen.counter);
  if (!(lo < hi) && count > 0) {
    throwRange(env, "randomUniformInt: Need minval < maxval: " + std::to_string(lo) + " >= " + std::to_string(hi));
  }
  void* out = nullptr;
  Napi::Object obj = newDeviceStorage(env, byteSize(env, count, d), &out);
  launchRandomUniformInt(d, count, lo, hi, gen, out);
  checkLaunch("randomUniformInt");
  return obj;
}

}  // namespace

TFTS_CUDA_EXPORT("randomUniform", RandomUniform)
TFTS_CUDA_EXPORT("randomNormal", RandomNormal)
TFTS_CUDA_EXPORT("truncatedNormal", TruncatedNormal)
TFTS_CUDA_EXPORT("randomUniformInt", RandomUniformInt)

}  // namespace tfts::cuda
