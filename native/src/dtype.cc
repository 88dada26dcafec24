#include "dtype.h"

namespace tfts {
const char* dtypeName(DType d) {
  static const char* names[kNumDTypes] = {"float32", "float64", "int32", "int64", "bool",
                                          "uint8", "int8", "int16", "float16", "bfloat16",
                                          "uint16", "uint32", "uint64"};
  const int i = static_cast<int>(d);
  return (i >= 0 && i < kNumDTypes) ? names[i] : "invalid";
}
}  // namespace tfts
