// Reading an Int32Array index map argument (gather/scatter kernels take precomputed flat maps).
#pragma once
#include <napi.h>

#include <cstdint>

#include "../args.h"

namespace tfts {

struct IndexMap {
  const int32_t* data;
  int64_t length;
};

// Argument i must be an Int32Array; every entry must be < limit (entries < 0 mean "no source").
inline IndexMap indexMapArg(const Args& args, size_t i, const char* name, int64_t limit) {
  Napi::Value v = args.raw(i);
  if (!v.IsTypedArray() || v.As<Napi::TypedArray>().TypedArrayType() != napi_int32_array) {
    throwType(args.env(), args.where(name) + " must be an Int32Array");
  }
  Napi::Int32Array arr = v.As<Napi::Int32Array>();
  IndexMap m{arr.Data(), static_cast<int64_t>(arr.ElementLength())};
  for (int64_t k = 0; k < m.length; ++k) {
    if (m.data[k] >= limit) {
      throwRange(args.env(), args.where(name) + "[" + std::to_string(k) + "] = " + std::to_string(m.data[k]) +
                                 " is out of range for " + std::to_string(limit) + " elements");
    }
  }
  return m;
}

}  // namespace tfts
