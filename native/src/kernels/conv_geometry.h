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

// Calls f(colOffset, pixelOffset) for every in-image (patch entry, pixel) pair, C elements long.
template <typename F>
void forEachPatchPixel(const Shape& s, const Window& w, F&& f) {
  const int64_t N = s[0], H = s[1], W = s[2], C = s[3];
  const int64_t rowLen = w.kh * w.kw * C;
  for (int64_t n = 0; n < N; ++n)
    for (int64_t oy = 0; oy < w.oh; ++oy)
      for (int64_t ox = 0; ox < w.ow; ++ox) {
        const int64_t row = ((n * w.oh + oy) * w.ow + ox) * rowLen;
        for (int64_t ky = 0; ky < w.kh; ++ky) {
          const int64_t y = oy * w.sh + ky * w.dh - w.padTop;
          if (y < 0 || y >= H) continue;
          for (int64_t kx = 0; kx < w.kw; ++kx) {
            const int64_t x = ox * w.sw + kx * w.dw - w.padLeft;
            if (x < 0 || x >= W) continue;
            f(row + (ky * w.kw + kx) * C, ((n * H + y) * W + x) * C);
          }
        }
      }
}

}  // namespace tfts
