// transpose, broadcastTo and where: data movement driven by the strided
// row iterator (broadcast_iter.h). Dtype only matters through element size,
// except where() which reads a bool condition.
#include "transpose.h"

#include <cstring>
#include <string>

#include "../broadcast_iter.h"
#include "kernels.h"

namespace tfts {

void permuteCopy(const void* src, void* dst, size_t elemSize, const Shape& shape, const std::vector<int64_t>& perm) {
  const size_t r = shape.size();
  const Shape inStrides = contiguousStrides(shape);
  Shape outShape(r), srcStrides(r);
  for (size_t i = 0; i < r; ++i) {
    outShape[i] = shape[perm[i]];
    srcStrides[i] = inStrides[perm[i]];
  }
  const std::array<Shape, 2> st = {contiguousStrides(outShape), srcStrides};
  dispatchBySize(elemSize, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* s = static_cast<const T*>(src);
    T* d = static_cast<T*>(dst);
    forEachRow<2>(outShape, st, [&](const std::array<int64_t, 2>& off, const std::array<int64_t, 2>& in, int64_t len) {
      if (in[1] == 1) {
        std::memcpy(d + off[0], s + off[1], static_cast<size_t>(len) * sizeof(T));
      } else {
        const T* p = s + off[1];
        T* q = d + off[0];
        for (int64_t i = 0; i < len; ++i) q[i] = p[i * in[1]];
      }
    });
  });
}

Napi::Value Transpose(const Napi::CallbackInfo& info) {
  Args args(info, "transpose", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape shape = args.shape(2, "shape");
  const std::vector<int64_t> perm = args.intList(3, "perm");
  if (perm.size() != shape.size()) {
    throwRange(env, "transpose: perm " + shapeStr(perm) + " does not match rank of shape " + shapeStr(shape));
  }
  std::vector<bool> seen(shape.size(), false);
  for (int64_t p : perm) {
    if (p < 0 || p >= static_cast<int64_t>(shape.size()) || seen[p]) {
      throwRange(env, "transpose: perm " + shapeStr(perm) + " is not a permutation of 0.." +
                          std::to_string(static_cast<int64_t>(shape.size()) - 1));
    }
    seen[p] = true;
  }
  const int64_t n = numElements(env, shape, "transpose: shape");
  Storage* a = args.storageFor(1, "a", d, n);
  Napi::Object out = Storage::Create(env, byteSize(env, n, d), false);
  permuteCopy(a->data(), Storage::Unwrap(out)->data(), dtypeSize(d), shape, perm);
  return out;
}

Napi::Value BroadcastTo(const Napi::CallbackInfo& info) {
  Args args(info, "broadcastTo", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const Shape shape = args.shape(2, "shape"), outShape = args.shape(3, "outShape");
  bool ok = shape.size() <= outShape.size();
  for (size_t i = 0; ok && i < shape.size(); ++i) {
    const int64_t s = shape[i], o = outShape[outShape.size() - shape.size() + i];
    ok = s == o || s == 1;
  }
  if (!ok) throwRange(env, "broadcastTo: cannot broadcast shape " + shapeStr(shape) + " to " + shapeStr(outShape));
  const int64_t n = numElements(env, shape, "broadcastTo: shape");
  const int64_t nOut = numElements(env, outShape, "broadcastTo: outShape");
  Storage* a = args.storageFor(1, "a", d, n);
  Napi::Object out = Storage::Create(env, byteSize(env, nOut, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  const std::array<Shape, 2> st = {contiguousStrides(outShape), broadcastStrides(shape, outShape)};
  dispatchBySize(dtypeSize(d), [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* s = reinterpret_cast<const T*>(a->data());
    T* q = reinterpret_cast<T*>(o);
    forEachRow<2>(outShape, st, [&](const std::array<int64_t, 2>& off, const std::array<int64_t, 2>& in, int64_t len) {
      if (in[1] == 1) {
        std::memcpy(q + off[0], s + off[1], static_cast<size_t>(len) * sizeof(T));
      } else {
        const T v = s[off[1]];  // inner stride 0: repeat one element
        for (int64_t i = 0; i < len; ++i) q[off[0] + i] = v;
      }
    });
  });
  return out;
}

// where(cond, condShape, x, xShape, y, yShape, dtype): three-way broadcast select.
Napi::Value Where(const Napi::CallbackInfo& info) {
  Args args(info, "where", 7);
  Napi::Env env = info.Env();
  const DType d = args.dtype(6, "dtype");
  const Shape cs = args.shape(1, "condShape"), xs = args.shape(3, "xShape"), ys = args.shape(5, "yShape");
  const int64_t nc = numElements(env, cs, "where: condShape"), nx = numElements(env, xs, "where: xShape"),
                ny = numElements(env, ys, "where: yShape");
  Storage* c = args.storageFor(0, "cond", DType::Bool, nc);
  Storage* x = args.storageFor(2, "x", d, nx);
  Storage* y = args.storageFor(4, "y", d, ny);
  const Shape outShape = broadcastShapes(env, broadcastShapes(env, cs, xs, "where"), ys, "where");
  const int64_t nOut = numElements(env, outShape, "where: output");
  Napi::Object out = Storage::Create(env, byteSize(env, nOut, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  const std::array<Shape, 4> st = {contiguousStrides(outShape), broadcastStrides(cs, outShape),
                                   broadcastStrides(xs, outShape), broadcastStrides(ys, outShape)};
  dispatchBySize(dtypeSize(d), [&](auto tag) {
    using T = typename decltype(tag)::type;
    const uint8_t* pc = c->data();
    const T* px = reinterpret_cast<const T*>(x->data());
    const T* py = reinterpret_cast<const T*>(y->data());
    T* q = reinterpret_cast<T*>(o);
    forEachRow<4>(outShape, st, [&](const std::array<int64_t, 4>& off, const std::array<int64_t, 4>& in, int64_t len) {
      for (int64_t i = 0; i < len; ++i) {
        q[off[0] + i] = pc[off[1] + i * in[1]] ? px[off[2] + i * in[2]] : py[off[3] + i * in[3]];
      }
    });
  });
  return out;
}

}  // namespace tfts
