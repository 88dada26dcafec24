// 2-D pooling over NHWC windows (dilation 1) and the two pooling gradients, as TF's CPU kernels:
//   pool2d(op, dtype, x, [N,H,W,C], geometry) -> [N,OH,OW,C]; 'max' ignores padding, 'avg' divides by
//     the number of in-image entries of the window (TF's SAME average pooling excludes padding).
//   pool2dGrad(op, dtype, x, dy, [N,H,W,C], geometry) -> [N,H,W,C]; 'max' routes each window's
//     gradient to the first maximal entry in row-major window order, 'avg' spreads it evenly.
#include <string>

#include "conv_geometry.h"
#include "kernels.h"

namespace tfts {

namespace {
// Calls f(outIndex, [pixel offsets of the in-image window entries]) per output element's window.
template <typename F>
void forEachWindow(const Shape& s, const Window& w, F&& f) {
  const int64_t N = s[0], H = s[1], W = s[2], C = s[3];
  std::vector<int64_t> pix;
  pix.reserve(static_cast<size_t>(w.kh * w.kw));
  for (int64_t n = 0; n < N; ++n)
    for (int64_t oy = 0; oy < w.oh; ++oy)
      for (int64_t ox = 0; ox < w.ow; ++ox) {
        pix.clear();
        for (int64_t ky = 0; ky < w.kh; ++ky) {
          const int64_t y = oy * w.sh + ky - w.padTop;
          if (y < 0 || y >= H) continue;
          for (int64_t kx = 0; kx < w.kw; ++kx) {
            const int64_t x = ox * w.sw + kx - w.padLeft;
            if (x >= 0 && x < W) pix.push_back(((n * H + y) * W + x) * C);
          }
        }
        const int64_t out = ((n * w.oh + oy) * w.ow + ox) * C;
        f(out, pix);
      }
}

bool isMax(const Args& args, size_t i) {
  const std::string op = args.string(i, "op");
  if (op != "max" && op != "avg") throwRange(args.env(), args.where("op") + " must be 'max' or 'avg'");
  return op == "max";
}
}  // namespace

Napi::Value Pool2d(const Napi::CallbackInfo& info) {
  Args args(info, "pool2d", 5);
  Napi::Env env = info.Env();
  const bool max = isMax(args, 0);
  const DType d = args.dtype(1, "dtype");
  const Shape s = nhwcArg(args, 3);
  const Window w = windowArg(args, 4);
  Storage* x = args.storageFor(2, "x", d, numElements(env, s, "pool2d: shape"));
  const int64_t C = s[3];
  Napi::Object out = Storage::Create(env, byteSize(env, numElements(env, {s[0], w.oh, w.ow, C}, "pool2d: output"), d), true);
  uint8_t* o = Storage::Unwrap(out)->data();
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (isBoolType<T>) {
      throwType(env, "pool2d: unsupported dtype bool");
    } else {
      using A = std::conditional_t<isFloatType<T>, Compute<T>, double>;
      const T* p = reinterpret_cast<const T*>(x->data());
      T* q = reinterpret_cast<T*>(o);
      forEachWindow(s, w, [&](int64_t oi, const std::vector<int64_t>& pix) {
        for (int64_t c = 0; c < C; ++c) {
          if (pix.empty()) continue;
          A acc = static_cast<A>(load(p[pix[0] + c]));
          for (size_t k = 1; k < pix.size(); ++k) {
            const A v = static_cast<A>(load(p[pix[k] + c]));
            if (max) acc = v > acc || v != v ? v : acc;
            else acc += v;
          }
          if (!max) acc /= static_cast<A>(pix.size());
          q[oi + c] = store<T>(static_cast<Compute<T>>(acc));
        }
      });
    }
  });
  return out;
}

Napi::Value Pool2dGrad(const Napi::CallbackInfo& info) {
  Args args(info, "pool2dGrad", 6);
  Napi::Env env = info.Env();
  const bool max = isMax(args, 0);
  const DType d = args.dtype(1, "dtype");
  const Shape s = nhwcArg(args, 4);
  const Window w = windowArg(args, 5);
  const int64_t n = numElements(env, s, "pool2dGrad: shape");
  Storage* x = args.storageFor(2, "x", d, n);
  const int64_t C = s[3];
  Storage* dy = args.storageFor(3, "dy", d, numElements(env, {s[0], w.oh, w.ow, C}, "pool2dGrad: dy"));
  Napi::Object out = Storage::Create(env, byteSize(env, n, d), true);
  uint8_t* o = Storage::Unwrap(out)->data();
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (!isFloatType<T>) {
      throwType(env, std::string("pool2dGrad: unsupported dtype ") + dtypeName(d));
    } else {
      const T* p = reinterpret_cast<const T*>(x->data());
      const T* g = reinterpret_cast<const T*>(dy->data());
      T* q = reinterpret_cast<T*>(o);
      forEachWindow(s, w, [&](int64_t oi, const std::vector<int64_t>& pix) {
        for (int64_t c = 0; c < C; ++c) {
          if (pix.empty()) continue;
          const auto gv = load(g[oi + c]);
          if (max) {
            size_t best = 0;
            for (size_t k = 1; k < pix.size(); ++k) {
              if (load(p[pix[k] + c]) > load(p[pix[best] + c])) best = k;
            }
            q[pix[best] + c] = store<T>(static_cast<Compute<T>>(load(q[pix[best] + c]) + gv));
          } else {
            const auto share = gv / static_cast<Compute<T>>(pix.size());
            for (int64_t at : pix) q[at + c] = store<T>(static_cast<Compute<T>>(load(q[at + c]) + share));
          }
        }
      });
    }
  });
  return out;
}

}  // namespace tfts
