// The window geometry shared by conv (im2col/col2im) and pooling kernels, read from one
// 10-number array: [KH, KW, strideH, strideW, dilationH, dilationW, padTop, padLeft, OH, OW].
#pragma once
#include <string>

#include "../args.h"

namespace tfts {

struct Window {
  int64_t kh, kw, sh, sw, dh, dw, padTop, padLeft, oh, ow;
};

inline Window windowArg(const Args& args, size_t i) {
  const std::vector<int64_t> g = args.intList(i, "geometry");
  if (g.size() != 10) throwRange(args.env(), args.where("geometry") + " must have 10 entries");
  for (int k = 0; k < 10; ++k) {
    const bool positive = k < 6;
    if (positive ? g[k] < 1 : g[k] < 0) throwRange(args.env(), args.where("geometry") + " entry " + std::to_string(k) + " is out of range");
  }
  return {g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], g[9]};
}

// NHWC input shape [N, H, W, C].
inline Shape nhwcArg(const Args& args, size_t i) {
  Shape s = args.shape(i, "shape");
  if (s.size() != 4) throwRange(args.env(), args.where("shape") + " must be rank 4 (NHWC)");
  return s;
}

}  // namespace tfts
