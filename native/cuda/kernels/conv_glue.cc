// im2col / col2im and the float32 convolutions for DeviceStorages, validating exactly as the CPU
// glue (native/src/kernels/conv.cc, conv_f32.cc, conv_geometry.h).
#include <cstdint>
#include <string>

#include "../core/check.h"
#include "../core/device_storage.h"
#include "../core/registry.h"
#include "../core/stream.h"
#include "conv_window.h"
#include "gather_glue_helpers.h"

namespace tfts::cuda {
namespace {

Napi::Value Im2col(const Napi::CallbackInfo& info) {
  Args args(info, "im2col", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape s = nhwcArg(args, 2);
  const Window w = windowArg(args, 3);
  const DevBuf x = devArgFor(args, 1, "x", d, numElements(env, s, "im2col: shape"));
  const int64_t outCount = numElements(env, {s[0], w.oh, w.ow, w.kh, w.kw, s[3]}, "im2col: output");
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, outCount, d), &out);
  check(launch::im2col(dtypeSize(d), x.ptr, convGeom(s, w), out, stream()), "im2col kernel");
  return result;
}

Napi::Value Col2im(const Napi::CallbackInfo& info) {
  Args args(info, "col2im", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape s = nhwcArg(args, 2);
  const Window w = windowArg(args, 3);
  const int64_t colCount = numElements(env, {s[0], w.oh, w.ow, w.kh, w.kw, s[3]}, "col2im: cols");
  const DevBuf cols = devArgFor(args, 1, "cols", d, colCount);
  const int64_t n = numElements(env, s, "col2im: shape");
  if (!isFloatDType(d)) throwType(env, std::string("col2im: unsupported dtype ") + dtypeName(d));
  void* out = nullptr;
  Napi::Object result = newDeviceStorage(env, byteSize(env, n, d), &out);
  check(launch::col2im(static_cast<int>(d), cols.ptr, convGeom(s, w), out, stream()), "col2im kernel");
  return result;
}

struct ConvDims {
  Shape image;   // [N, H, W, C]
  Shape filter;  // [KH, KW, C, OC]
  Window w;
};

ConvDims convDims(const Args& args, size_t imageArg, size_t filterArg) {
  ConvDims d{nhwcArg(args, imageArg), args.shape(filterArg, "filterShape"), windowArg(args, 4)};
  if (d.filter.size() != 4 || d.filter[0] != d.w.kh || d.filter[1] != d.w.kw || d.filter[2] != d.image[3]) {
    throwRange(args.env(), args.where("filterShape") + " " + shapeStr(d.filter) + " does not fit the image and window");
  }
  return d;
}

const float* floatArg(const Args& args, size_t i, const char* name, const Shape& s) {
  return static_cast<const float*>(
      devArgFor(args, i, name, DType::Float32, numElements(args.env(), s, args.where(name))).ptr);
}

// The output and the per-call patch buffer of a convolution.
struct ConvRun {
  Napi::Object result;
  float* out;
  float* scratch;
  int64_t chunk;
};

ConvRun prepare(Napi::Env env, const launch::ConvGeom& g, int64_t outCount) {
  ConvRun r{};
  void* out = nullptr;
  r.result = newDeviceStorage(env, byteSize(env, outCount, DType::Float32), &out);
  r.out = static_cast<float*>(out);
  r.chunk = launch::convChunk(g);
  r.scratch = static_cast<float*>(callScratch(env, static_cast<uint64_t>(launch::convScratchFloats(g, r.chunk)) * sizeof(float)));
  return r;
}

Napi::Value Conv2dF32(const Napi::CallbackInfo& info) {
  Args args(info, "conv2dF32", 5);
  const ConvDims d = convDims(args, 1, 3);
  const float* x = floatArg(args, 0, "x", d.image);
  const float* w = floatArg(args, 2, "w", d.filter);
  const launch::ConvGeom g = convGeom(d.image, d.w);
  const int64_t oc = d.filter[3];
  ConvRun r = prepare(info.Env(), g, d.image[0] * d.w.oh * d.w.ow * oc);
  check(launch::conv2dF32(g, oc, x, w, r.out, r.scratch, r.chunk, stream()), "conv2dF32 kernels");
  return r.result;
}

Napi::Value Conv2dBackpropInputF32(const Napi::CallbackInfo& info) {
  Args args(info, "conv2dBackpropInputF32", 5);
  const ConvDims d = convDims(args, 3, 1);
  const int64_t oc = d.filter[3];
  const float* w = floatArg(args, 0, "w", d.filter);
  const float* dy = floatArg(args, 2, "dy", {d.image[0], d.w.oh, d.w.ow, oc});
  const launch::ConvGeom g = convGeom(d.image, d.w);
  ConvRun r = prepare(info.Env(), g, d.image[0] * d.image[1] * d.image[2] * d.image[3]);
  check(launch::conv2dBackpropInputF32(g, oc, w, dy, r.out, r.scratch, r.chunk, stream()), "conv2dBackpropInputF32 kernels");
  return r.result;
}

Napi::Value Conv2dBackpropFilterF32(const Napi::CallbackInfo& info) {
  Args args(info, "conv2dBackpropFilterF32", 5);
  const ConvDims d = convDims(args, 1, 3);
  const int64_t oc = d.filter[3];
  const float* x = floatArg(args, 0, "x", d.image);
  const float* dy = floatArg(args, 2, "dy", {d.image[0], d.w.oh, d.w.ow, oc});
  const launch::ConvGeom g = convGeom(d.image, d.w);
  ConvRun r = prepare(info.Env(), g, d.w.kh * d.w.kw * d.image[3] * oc);
  check(launch::conv2dBackpropFilterF32(g, oc, x, dy, r.out, r.scratch, r.chunk, stream()), "conv2dBackpropFilterF32 kernels");
  return r.result;
}

}  // namespace
}  // namespace tfts::cuda

TFTS_CUDA_EXPORT("im2col", tfts::cuda::Im2col)
TFTS_CUDA_EXPORT("col2im", tfts::cuda::Col2im)
TFTS_CUDA_EXPORT("conv2dF32", tfts::cuda::Conv2dF32)
TFTS_CUDA_EXPORT("conv2dBackpropInputF32", tfts::cuda::Conv2dBackpropInputF32)
TFTS_CUDA_EXPORT("conv2dBackpropFilterF32", tfts::cuda::Conv2dBackpropFilterF32)
