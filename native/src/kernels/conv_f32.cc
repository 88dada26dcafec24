// float32 convolution without materialising every patch at once: per image, its patches are
// unfolded into one reusable buffer and multiplied with the packed SIMD GEMM (gemm.h).
//   conv2dF32(x, [N,H,W,C], w, [KH,KW,C,OC], geometry)                -> y  [N,OH,OW,OC]
//   conv2dBackpropInputF32(w, [KH,KW,C,OC], dy, [N,H,W,C], geometry)  -> dx [N,H,W,C]
//   conv2dBackpropFilterF32(x, [N,H,W,C], dy, [KH,KW,C,OC], geometry) -> dw [KH,KW,C,OC]
#include <cstring>
#include <vector>

#include "conv_geometry.h"
#include "gemm.h"
#include "kernels.h"

namespace tfts {

namespace {
struct ConvDims {
  Shape image;   // [N, H, W, C]
  Shape filter;  // [KH, KW, C, OC]
  Window w;
  int64_t m, k, oc;  // per-image patch rows, patch length, output channels
};

ConvDims convDims(const Args& args, size_t imageArg, size_t filterArg) {
  ConvDims d{nhwcArg(args, imageArg), args.shape(filterArg, "filterShape"), windowArg(args, 4), 0, 0, 0};
  if (d.filter.size() != 4 || d.filter[0] != d.w.kh || d.filter[1] != d.w.kw || d.filter[2] != d.image[3]) {
    throwRange(args.env(), args.where("filterShape") + " " + shapeStr(d.filter) + " does not fit the image and window");
  }
  d.m = d.w.oh * d.w.ow;
  d.k = d.w.kh * d.w.kw * d.image[3];
  d.oc = d.filter[3];
  return d;
}

// The patches of image n (shape [1,H,W,C] view) as rows of `cols` (zeros outside the image).
void unfold(const float* image, const ConvDims& d, std::vector<float>& cols) {
  std::fill(cols.begin(), cols.end(), 0.0f);
  const Shape one = {1, d.image[1], d.image[2], d.image[3]};
  const size_t bytes = static_cast<size_t>(d.image[3]) * sizeof(float);
  forEachPatchPixel(one, d.w, [&](int64_t col, int64_t pix) { std::memcpy(cols.data() + col, image + pix, bytes); });
}

Storage* floatStorage(const Args& args, size_t i, const char* name, const Shape& s) {
  return args.storageFor(i, name, DType::Float32, numElements(args.env(), s, args.where(name)));
}
}  // namespace

Napi::Value Conv2dF32(const Napi::CallbackInfo& info) {
  Args args(info, "conv2dF32", 5);
  const ConvDims d = convDims(args, 1, 3);
  const float* x = reinterpret_cast<const float*>(floatStorage(args, 0, "x", d.image)->data());
  const float* w = reinterpret_cast<const float*>(floatStorage(args, 2, "w", d.filter)->data());
  auto out = newOutput<float>(info.Env(), static_cast<uint64_t>(d.image[0] * d.m * d.oc), true, /*populate=*/true);
  std::vector<float> cols(static_cast<size_t>(d.m * d.k));
  const int64_t imageSize = d.image[1] * d.image[2] * d.image[3];
  for (int64_t n = 0; n < d.image[0]; ++n) {
    unfold(x + n * imageSize, d, cols);
    gemmF32(cols.data(), w, out.data + n * d.m * d.oc, d.m, d.oc, d.k, false, false);
  }
  return out.obj;
}

Napi::Value Conv2dBackpropInputF32(const Napi::CallbackInfo& info) {
  Args args(info, "conv2dBackpropInputF32", 5);
  const ConvDims d = convDims(args, 3, 1);
  const float* w = reinterpret_cast<const float*>(floatStorage(args, 0, "w", d.filter)->data());
  const float* dy = reinterpret_cast<const float*>(floatStorage(args, 2, "dy", {d.image[0], d.w.oh, d.w.ow, d.oc})->data());
  const int64_t imageSize = d.image[1] * d.image[2] * d.image[3];
  auto out = newOutput<float>(info.Env(), static_cast<uint64_t>(d.image[0] * imageSize), true);
  std::vector<float> cols(static_cast<size_t>(d.m * d.k));
  const Shape one = {1, d.image[1], d.image[2], d.image[3]};
  const int64_t C = d.image[3];
  for (int64_t n = 0; n < d.image[0]; ++n) {
    std::fill(cols.begin(), cols.end(), 0.0f);
    gemmF32(dy + n * d.m * d.oc, w, cols.data(), d.m, d.k, d.oc, false, true);
    float* dx = out.data + n * imageSize;
    forEachPatchPixel(one, d.w, [&](int64_t col, int64_t pix) {
      for (int64_t c = 0; c < C; ++c) dx[pix + c] += cols[col + c];
    });
  }
  return out.obj;
}

Napi::Value Conv2dBackpropFilterF32(const Napi::CallbackInfo& info) {
  Args args(info, "conv2dBackpropFilterF32", 5);
  const ConvDims d = convDims(args, 1, 3);
  const float* x = reinterpret_cast<const float*>(floatStorage(args, 0, "x", d.image)->data());
  const float* dy = reinterpret_cast<const float*>(floatStorage(args, 2, "dy", {d.image[0], d.w.oh, d.w.ow, d.oc})->data());
  auto out = newOutput<float>(info.Env(), static_cast<uint64_t>(d.k * d.oc), true);
  std::vector<float> cols(static_cast<size_t>(d.m * d.k)), part(static_cast<size_t>(d.k * d.oc));
  const int64_t imageSize = d.image[1] * d.image[2] * d.image[3];
  for (int64_t n = 0; n < d.image[0]; ++n) {
    unfold(x + n * imageSize, d, cols);
    std::fill(part.begin(), part.end(), 0.0f);
    gemmF32(cols.data(), dy + n * d.m * d.oc, part.data(), d.k, d.oc, d.m, true, false);
    for (size_t i = 0; i < part.size(); ++i) out.data[i] += part[i];
  }
  return out.obj;
}

}  // namespace tfts
