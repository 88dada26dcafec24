#include "args.h"

#include <cmath>

namespace tfts {

namespace {
constexpr double kMaxSafe = 9007199254740991.0;  // 2^53 - 1
}

void throwType(Napi::Env env, const std::string& msg) { throw Napi::TypeError::New(env, msg); }
void throwRange(Napi::Env env, const std::string& msg) { throw Napi::RangeError::New(env, msg); }

Args::Args(const Napi::CallbackInfo& info, const char* fn, size_t minArgs) : info_(info), fn_(fn) {
  if (info.Length() < minArgs) {
    throwType(info.Env(), std::string(fn) + ": expected " + std::to_string(minArgs) +
                              " arguments, got " + std::to_string(info.Length()));
  }
}

DType Args::dtype(size_t i, const char* name) const {
  Napi::Value v = info_[i];
  if (!v.IsNumber()) throwType(env(), where(name) + " must be a dtype code (number)");
  const double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= 0 && d < kNumDTypes) || d != std::floor(d)) {
    throwRange(env(), where(name) + " is not a valid dtype code (0.." + std::to_string(kNumDTypes - 1) + ")");
  }
  return static_cast<DType>(static_cast<int>(d));
}

std::string Args::string(size_t i, const char* name) const {
  if (!info_[i].IsString()) throwType(env(), where(name) + " must be a string");
  return info_[i].As<Napi::String>().Utf8Value();
}

bool Args::boolean(size_t i, const char* name) const {
  if (!info_[i].IsBoolean()) throwType(env(), where(name) + " must be a boolean");
  return info_[i].As<Napi::Boolean>().Value();
}

int64_t Args::count(size_t i, const char* name) const {
  if (!info_[i].IsNumber()) throwType(env(), where(name) + " must be a number");
  const double d = info_[i].As<Napi::Number>().DoubleValue();
  if (!(d >= 0 && d <= kMaxSafe) || d != std::floor(d)) {
    throwRange(env(), where(name) + " must be a non-negative integer");
  }
  return static_cast<int64_t>(d);
}

uint32_t Args::uint32(size_t i, const char* name) const {
  if (!info_[i].IsNumber()) throwType(env(), where(name) + " must be a number");
  const double d = info_[i].As<Napi::Number>().DoubleValue();
  if (!(d >= 0 && d <= 4294967295.0) || d != std::floor(d)) {
    throwRange(env(), where(name) + " must be an integer in [0, 2^32)");
  }
  return static_cast<uint32_t>(d);
}

std::vector<int64_t> Args::intList(size_t i, const char* name) const {
  if (!info_[i].IsArray()) throwType(env(), where(name) + " must be an array of integers");
  Napi::Array arr = info_[i].As<Napi::Array>();
  const uint32_t n = arr.Length();
  if (n > kMaxRank) throwRange(env(), where(name) + " has more than " + std::to_string(kMaxRank) + " entries");
  std::vector<int64_t> out(n);
  for (uint32_t k = 0; k < n; ++k) {
    Napi::Value v = arr.Get(k);
    if (!v.IsNumber()) throwType(env(), where(name) + "[" + std::to_string(k) + "] must be a number");
    const double d = v.As<Napi::Number>().DoubleValue();
    if (!(d >= -kMaxSafe && d <= kMaxSafe) || d != std::floor(d)) {
      throwRange(env(), where(name) + "[" + std::to_string(k) + "] must be an integer");
    }
    out[k] = static_cast<int64_t>(d);
  }
  return out;
}

Shape Args::shape(size_t i, const char* name) const {
  Shape s = intList(i, name);
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] < 0) throwRange(env(), where(name) + " must contain non-negative dimensions, got " + shapeStr(s));
  }
  numElements(env(), s, where(name));  // overflow check
  return s;
}

Storage* Args::storage(size_t i, const char* name) const { return Storage::From(env(), info_[i], where(name).c_str()); }

Storage* Args::storageFor(size_t i, const char* name, DType d, int64_t count) const {
  Storage* s = storage(i, name);
  const uint64_t need = byteSize(env(), count, d);
  if (s->byteLength() < need) {
    throwRange(env(), where(name) + " holds " + std::to_string(s->byteLength()) + " bytes but " +
                          std::to_string(count) + " x " + dtypeName(d) + " needs " + std::to_string(need));
  }
  return s;
}

void Args::counter(size_t i, const char* name, uint32_t out[4]) const {
  if (!info_[i].IsArray()) throwType(env(), where(name) + " must be an array of 4 uint32 numbers");
  Napi::Array arr = info_[i].As<Napi::Array>();
  if (arr.Length() != 4) throwRange(env(), where(name) + " must have exactly 4 entries");
  for (uint32_t k = 0; k < 4; ++k) {
    Napi::Value v = arr.Get(k);
    const double d = v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : -1.0;
    if (!(d >= 0 && d <= 4294967295.0) || d != std::floor(d)) {
      throwRange(env(), where(name) + "[" + std::to_string(k) + "] must be an integer in [0, 2^32)");
    }
    out[k] = static_cast<uint32_t>(d);
  }
}

int64_t numElements(Napi::Env env, const Shape& s, const std::string& what) {
  int64_t n = 1;
  bool zero = false;
  for (int64_t d : s) {
    if (d == 0) zero = true;
  }
  if (zero) return 0;
  for (int64_t d : s) {
    if (__builtin_mul_overflow(n, d, &n) || n > (int64_t(1) << 46)) {
      throwRange(env, what + ": shape " + shapeStr(s) + " has too many elements");
    }
  }
  return n;
}

std::string shapeStr(const Shape& s) {
  std::string r = "[";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) r += ",";
    r += std::to_string(s[i]);
  }
  return r + "]";
}

uint64_t byteSize(Napi::Env env, int64_t count, DType d) {
  uint64_t bytes = 0;
  if (count < 0 || __builtin_mul_overflow(static_cast<uint64_t>(count), dtypeSize(d), &bytes) ||
      bytes > Storage::kMaxBytes) {
    throwRange(env, std::to_string(count) + " elements of " + dtypeName(d) + " is too large");
  }
  return bytes;
}

Shape contiguousStrides(const Shape& s) {
  Shape st(s.size());
  int64_t acc = 1;
  for (size_t i = s.size(); i-- > 0;) {
    st[i] = acc;
    acc *= s[i];
  }
  return st;
}

Shape broadcastShapes(Napi::Env env, const Shape& a, const Shape& b, const char* fn) {
  const size_t r = std::max(a.size(), b.size());
  Shape out(r);
  for (size_t i = 0; i < r; ++i) {
    const int64_t da = i < r - a.size() ? 1 : a[i - (r - a.size())];
    const int64_t db = i < r - b.size() ? 1 : b[i - (r - b.size())];
    if (da == db || db == 1) {
      out[i] = da;
    } else if (da == 1) {
      out[i] = db;
    } else {
      throwRange(env, std::string(fn) + ": Incompatible shapes: " + shapeStr(a) + " vs. " + shapeStr(b));
    }
  }
  return out;
}

Shape broadcastStrides(const Shape& in, const Shape& out) {
  Shape st(out.size(), 0);
  const Shape cs = contiguousStrides(in);
  const size_t off = out.size() - in.size();
  for (size_t i = 0; i < in.size(); ++i) st[off + i] = in[i] == 1 ? 0 : cs[i];
  return st;
}

}  // namespace tfts
