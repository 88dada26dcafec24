// Argument validation for the N-API entry points. Every helper throws a JS
// TypeError (wrong JS type) or RangeError (bad value) with a message naming
// the function and argument, so bad input can never reach a kernel.
#pragma once
#include <napi.h>

#include <cstdint>
#include <string>
#include <vector>

#include "dtype.h"
#include "storage.h"

namespace tfts {

using Shape = std::vector<int64_t>;
constexpr int kMaxRank = 32;

[[noreturn]] void throwType(Napi::Env env, const std::string& msg);
[[noreturn]] void throwRange(Napi::Env env, const std::string& msg);

// Reads argument i of a call to `fn`, validating it.
class Args {
 public:
  Args(const Napi::CallbackInfo& info, const char* fn, size_t minArgs);
  Napi::Env env() const { return info_.Env(); }
  const char* fn() const { return fn_; }
  Napi::Value raw(size_t i) const { return info_[i]; }

  DType dtype(size_t i, const char* name) const;
  std::string string(size_t i, const char* name) const;
  bool boolean(size_t i, const char* name) const;
  // Non-negative safe integer (<= 2^53-1) given as a Number.
  int64_t count(size_t i, const char* name) const;
  uint32_t uint32(size_t i, const char* name) const;
  Shape shape(size_t i, const char* name) const;
  std::vector<int64_t> intList(size_t i, const char* name) const;
  Storage* storage(size_t i, const char* name) const;
  // A Storage holding at least count elements of dtype d.
  Storage* storageFor(size_t i, const char* name, DType d, int64_t count) const;
  // 4 x uint32 Philox counter words.
  void counter(size_t i, const char* name, uint32_t out[4]) const;

  std::string where(const char* name) const { return std::string(fn_) + ": " + name; }

 private:
  const Napi::CallbackInfo& info_;
  const char* fn_;
};

// Product of dims, throwing RangeError on overflow / exceeding storage limits.
int64_t numElements(Napi::Env env, const Shape& s, const std::string& what);
std::string shapeStr(const Shape& s);
// Byte size of count elements of d, with overflow check.
uint64_t byteSize(Napi::Env env, int64_t count, DType d);
// C-order strides (in elements) of a shape.
Shape contiguousStrides(const Shape& s);
// numpy broadcast of two shapes; throws RangeError naming both otherwise.
Shape broadcastShapes(Napi::Env env, const Shape& a, const Shape& b, const char* fn);
// Strides of `in` (right-aligned) seen inside broadcast shape `out`: 0 where broadcast.
Shape broadcastStrides(const Shape& in, const Shape& out);

}  // namespace tfts
