// Convolution data movement (the GEMM itself is the matmul kernel):
//   im2col(dtype, x, [N,H,W,C], geometry) -> [N*OH*OW, KH*KW*C] patches, zeros outside the image
//   col2im(dtype, cols, [N,H,W,C], geometry) -> [N,H,W,C], each patch entry added back to its pixel
#include <cstring>

#include "conv_geometry.h"
#include "kernels.h"

namespace tfts {


Napi::Value Im2col(const Napi::CallbackInfo& info) {
  Args args(info, "im2col", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape s = nhwcArg(args, 2);
  const Window w = windowArg(args, 3);
  Storage* x = args.storageFor(1, "x", d, numElements(env, s, "im2col: shape"));
  const int64_t outCount = numElements(env, {s[0], w.oh, w.ow, w.kh, w.kw, s[3]}, "im2col: output");
  Napi::Object out = Storage::Create(env, byteSize(env, outCount, d), true);
  uint8_t* o = Storage::Unwrap(out)->data();
  const size_t es = dtypeSize(d), rowBytes = static_cast<size_t>(s[3]) * es;
  forEachPatchPixel(s, w, [&](int64_t col, int64_t pix) { std::memcpy(o + col * es, x->data() + pix * es, rowBytes); });
  return out;
}

Napi::Value Col2im(const Napi::CallbackInfo& info) {
  Args args(info, "col2im", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape s = nhwcArg(args, 2);
  const Window w = windowArg(args, 3);
  const int64_t colCount = numElements(env, {s[0], w.oh, w.ow, w.kh, w.kw, s[3]}, "col2im: cols");
  Storage* cols = args.storageFor(1, "cols", d, colCount);
  const int64_t n = numElements(env, s, "col2im: shape");
  Napi::Object out = Storage::Create(env, byteSize(env, n, d), true);
  uint8_t* o = Storage::Unwrap(out)->data();
  const int64_t C = s[3];
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (isFloatType<T>) {
      const T* c = reinterpret_cast<const T*>(cols->data());
      T* q = reinterpret_cast<T*>(o);
      forEachPatchPixel(s, w, [&](int64_t col, int64_t pix) {
        for (int64_t k = 0; k < C; ++k) q[pix + k] = store<T>(static_cast<Compute<T>>(load(q[pix + k]) + load(c[col + k])));
      });
    } else {
      throwType(env, std::string("col2im: unsupported dtype ") + dtypeName(d));
    }
  });
  return out;
}

}  // namespace tfts
