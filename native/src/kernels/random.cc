// Random kernels reproducing TensorFlow's stateful CPU random ops given the
// Philox key/counter that TF's GuardedPhiloxRandom would hand the kernel.
//
// Stream layout (TF FillPhiloxRandom on CPU):
//  * uniform / normal / uniform int: output group g uses Philox block g
//    (counter + g). float32/float16/bfloat16/int32: 4 outputs per block,
//    float64/int64: 2 outputs per block.
//  * truncated normal: group g (4 outputs for 32/16-bit floats, 2 for
//    float64) starts at counter + g*256 (resp. g*128) and consumes single
//    words until the group has its values (rejects |x| >= 2).
// These kernels never advance anything: TF's op reserves count*256 blocks
// per call (ReserveRandomOutputs(n, 256)); the caller advances its counter
// (see philoxSkip).
#include <cmath>
#include <string>

#include "../args.h"
#include "../random/distributions.h"
#include "../random/philox.h"
#include "kernels.h"

namespace tfts {
namespace {

struct RandomArgs {
  DType dtype;
  int64_t count;
  Philox4x32 gen;
};

RandomArgs readRandomArgs(const Args& args, size_t keyIndex) {
  RandomArgs r;
  r.dtype = args.dtype(0, "dtype");
  r.count = args.count(1, "count");
  r.gen.key[0] = args.uint32(keyIndex, "key0");
  r.gen.key[1] = args.uint32(keyIndex + 1, "key1");
  args.counter(keyIndex + 2, "counter", r.gen.counter);
  return r;
}

bool isFloatDType(DType d) {
  return d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16;
}

template <typename T> void storeFloat(uint8_t* o, int64_t i, float v) {
  reinterpret_cast<T*>(o)[i] = store<T>(v);
}
void storeAsDType(DType d, uint8_t* o, int64_t i, float v) {
  if (d == DType::Float32) reinterpret_cast<float*>(o)[i] = v;
  else if (d == DType::Float16) storeFloat<f16>(o, i, v);
  else storeFloat<bf16>(o, i, v);
}

void requireFloat(Napi::Env env, const char* fn, DType d) {
  if (!isFloatDType(d)) throwRange(env, std::string(fn) + ": unsupported dtype " + dtypeName(d));
}

}  // namespace

Napi::Value RandomUniform(const Napi::CallbackInfo& info) {
  Args args(info, "randomUniform", 5);
  RandomArgs r = readRandomArgs(args, 2);
  requireFloat(info.Env(), "randomUniform", r.dtype);
  Napi::Object out = Storage::Create(info.Env(), byteSize(info.Env(), r.count, r.dtype), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  uint32_t w[4];
  if (r.dtype == DType::Float64) {
    double* p = reinterpret_cast<double*>(o);
    for (int64_t i = 0; i < r.count; i += 2) {
      r.gen.next(w);
      p[i] = uint64ToDouble01(w[0], w[1]);
      if (i + 1 < r.count) p[i + 1] = uint64ToDouble01(w[2], w[3]);
    }
    return out;
  }
  for (int64_t i = 0; i < r.count; i += 4) {
    r.gen.next(w);
    for (int64_t j = 0; j < 4 && i + j < r.count; ++j) {
      const float v = r.dtype == DType::Float32   ? uint32ToFloat01(w[j])
                      : r.dtype == DType::Float16 ? uint16ToHalf01(w[j])
                                                  : uint16ToBf16_01(w[j]);
      storeAsDType(r.dtype, o, i + j, v);
    }
  }
  return out;
}

Napi::Value RandomNormal(const Napi::CallbackInfo& info) {
  Args args(info, "randomNormal", 5);
  RandomArgs r = readRandomArgs(args, 2);
  requireFloat(info.Env(), "randomNormal", r.dtype);
  Napi::Object out = Storage::Create(info.Env(), byteSize(info.Env(), r.count, r.dtype), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  uint32_t w[4];
  if (r.dtype == DType::Float64) {
    double* p = reinterpret_cast<double*>(o);
    for (int64_t i = 0; i < r.count; i += 2) {
      r.gen.next(w);
      double d[2];
      boxMullerDouble(w[0], w[1], w[2], w[3], &d[0], &d[1]);
      p[i] = d[0];
      if (i + 1 < r.count) p[i + 1] = d[1];
    }
    return out;
  }
  for (int64_t i = 0; i < r.count; i += 4) {
    r.gen.next(w);
    float f[4];
    boxMullerFloat(w[0], w[1], &f[0], &f[1]);
    boxMullerFloat(w[2], w[3], &f[2], &f[3]);
    for (int64_t j = 0; j < 4 && i + j < r.count; ++j) storeAsDType(r.dtype, o, i + j, f[j]);
  }
  return out;
}

Napi::Value TruncatedNormal(const Napi::CallbackInfo& info) {
  Args args(info, "truncatedNormal", 5);
  RandomArgs r = readRandomArgs(args, 2);
  requireFloat(info.Env(), "truncatedNormal", r.dtype);
  Napi::Object out = Storage::Create(info.Env(), byteSize(info.Env(), r.count, r.dtype), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  const bool dbl = r.dtype == DType::Float64;
  const int64_t group = dbl ? 2 : 4;
  const uint64_t blocksPerGroup = static_cast<uint64_t>(group) * 256 / 4;
  for (int64_t g = 0; g * group < r.count; ++g) {
    PhiloxWords words;
    words.gen = r.gen;
    words.gen.skip(static_cast<uint64_t>(g) * blocksPerGroup);
    const int64_t base = g * group;
    const int64_t want = std::min(group, r.count - base);
    int64_t got = 0;
    while (got < want) {
      if (dbl) {
        const uint32_t x0 = words(), x1 = words(), x2 = words(), x3 = words();
        double d[2];
        boxMullerDouble(x0, x1, x2, x3, &d[0], &d[1]);
        for (int k = 0; k < 2 && got < want; ++k) {
          if (std::fabs(d[k]) < 2.0) reinterpret_cast<double*>(o)[base + got++] = d[k];
        }
      } else {
        const uint32_t x0 = words(), x1 = words();
        float f[2];
        boxMullerFloat(x0, x1, &f[0], &f[1]);
        for (int k = 0; k < 2 && got < want; ++k) {
          if (std::fabs(f[k]) < 2.0f) storeAsDType(r.dtype, o, base + got++, f[k]);
        }
      }
    }
  }
  return out;
}

namespace {
// Reads an integer bound (number or bigint) for randomUniformInt.
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
}  // namespace

Napi::Value RandomUniformInt(const Napi::CallbackInfo& info) {
  Args args(info, "randomUniformInt", 7);
  Napi::Env env = info.Env();
  RandomArgs r;
  r.dtype = args.dtype(0, "dtype");
  r.count = args.count(1, "count");
  if (r.dtype != DType::Int32 && r.dtype != DType::Int64) {
    throwRange(env, std::string("randomUniformInt: unsupported dtype ") + dtypeName(r.dtype));
  }
  const int64_t lo = readBound(args, 2, "lo", r.dtype), hi = readBound(args, 3, "hi", r.dtype);
  r.gen.key[0] = args.uint32(4, "key0");
  r.gen.key[1] = args.uint32(5, "key1");
  args.counter(6, "counter", r.gen.counter);
  if (!(lo < hi) && r.count > 0) {
    throwRange(env, "randomUniformInt: Need minval < maxval: " + std::to_string(lo) + " >= " + std::to_string(hi));
  }
  Napi::Object out = Storage::Create(env, byteSize(env, r.count, r.dtype), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  uint32_t w[4];
  if (r.dtype == DType::Int32) {
    // lo + (x % range) computed in uint32: range = hi - lo always fits unsigned.
    const uint32_t range = static_cast<uint32_t>(hi) - static_cast<uint32_t>(lo);
    int32_t* p = reinterpret_cast<int32_t*>(o);
    for (int64_t i = 0; i < r.count; i += 4) {
      r.gen.next(w);
      for (int64_t j = 0; j < 4 && i + j < r.count; ++j) {
        p[i + j] = static_cast<int32_t>(static_cast<uint32_t>(lo) + w[j] % range);
      }
    }
  } else {
    const uint64_t range = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
    int64_t* p = reinterpret_cast<int64_t*>(o);
    for (int64_t i = 0; i < r.count; i += 2) {
      r.gen.next(w);
      for (int64_t j = 0; j < 2 && i + j < r.count; ++j) {
        const uint64_t bits = w[2 * j] | static_cast<uint64_t>(w[2 * j + 1]) << 32;
        p[i + j] = static_cast<int64_t>(static_cast<uint64_t>(lo) + bits % range);
      }
    }
  }
  return out;
}

// philoxBits(count, key0, key1, counter): the raw uint32 stream (block-major).
Napi::Value PhiloxBits(const Napi::CallbackInfo& info) {
  Args args(info, "philoxBits", 4);
  const int64_t n = args.count(0, "count");
  Philox4x32 gen;
  gen.key[0] = args.uint32(1, "key0");
  gen.key[1] = args.uint32(2, "key1");
  args.counter(3, "counter", gen.counter);
  Output<uint32_t> out = newOutput<uint32_t>(info.Env(), byteSize(info.Env(), n, DType::Uint32) / 4, false);
  uint32_t w[4];
  for (int64_t i = 0; i < n; i += 4) {
    gen.next(w);
    for (int64_t j = 0; j < 4 && i + j < n; ++j) out.data[i + j] = w[j];
  }
  return out.obj;
}

// philoxSkip(counter, n): counter advanced by n 128-bit blocks (TF's Skip).
Napi::Value PhiloxSkip(const Napi::CallbackInfo& info) {
  Args args(info, "philoxSkip", 2);
  Philox4x32 gen{};
  args.counter(0, "counter", gen.counter);
  Napi::Value v = info[1];
  uint64_t n = 0;
  if (v.IsBigInt()) {
    bool lossless = false;
    n = v.As<Napi::BigInt>().Uint64Value(&lossless);
    if (!lossless) throwRange(info.Env(), "philoxSkip: n must be in [0, 2^64)");
  } else {
    n = static_cast<uint64_t>(args.count(1, "n"));
  }
  gen.skip(n);
  Napi::Array out = Napi::Array::New(info.Env(), 4);
  for (uint32_t k = 0; k < 4; ++k) out.Set(k, Napi::Number::New(info.Env(), gen.counter[k]));
  return out;
}

}  // namespace tfts
