// Index-map data movement: every slice, reverse, tile, pad, gather and concat is expressed on the
// TS side as a flat map from output element to source element; these kernels apply such maps.
//   gatherIndexed(dtype, src, srcCount, map, fill|null): out[i] = map[i] >= 0 ? src[map[i]] : fill[0]
//   scatterAddIndexed(dtype, src, map, outCount):        out = 0; out[map[i]] += src[i]  (map[i] >= 0)
//   scatterSetIndexed(dtype, base, baseCount, src, map): out = base; out[map[i]] = src[i] (map[i] >= 0)
//   concatFlat(dtype, [storages], [counts]):             the storages' elements one after another
#include <cstring>
#include <string>

#include "index_args.h"
#include "kernels.h"

namespace tfts {

Napi::Value GatherIndexed(const Napi::CallbackInfo& info) {
  Args args(info, "gatherIndexed", 5);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t n = args.count(2, "srcCount");
  Storage* src = args.storageFor(1, "src", d, n);
  const IndexMap map = indexMapArg(args, 3, "map", n);
  const bool hasFill = !args.raw(4).IsNull() && !args.raw(4).IsUndefined();
  Storage* fill = hasFill ? args.storageFor(4, "fill", d, 1) : nullptr;
  Napi::Object out = Storage::Create(env, byteSize(env, map.length, d), true);
  uint8_t* o = Storage::Unwrap(out)->data();
  dispatchBySize(dtypeSize(d), [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* s = reinterpret_cast<const T*>(src->data());
    T* q = reinterpret_cast<T*>(o);
    T f{};
    if (fill) std::memcpy(&f, fill->data(), sizeof(T));
    for (int64_t i = 0; i < map.length; ++i) q[i] = map.data[i] >= 0 ? s[map.data[i]] : f;
  });
  return out;
}

Napi::Value ScatterAddIndexed(const Napi::CallbackInfo& info) {
  Args args(info, "scatterAddIndexed", 4);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t outCount = args.count(3, "outCount");
  const IndexMap map = indexMapArg(args, 2, "map", outCount);
  Storage* src = args.storageFor(1, "src", d, map.length);
  Napi::Object out = Storage::Create(env, byteSize(env, outCount, d), true);
  uint8_t* o = Storage::Unwrap(out)->data();
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* s = reinterpret_cast<const T*>(src->data());
    T* q = reinterpret_cast<T*>(o);
    for (int64_t i = 0; i < map.length; ++i) {
      const int32_t j = map.data[i];
      if (j < 0) continue;
      if constexpr (isBoolType<T>) {
        q[j] = store<T>(load(q[j]) || load(s[i]));
      } else {
        q[j] = store<T>(static_cast<Compute<T>>(load(q[j]) + load(s[i])));
      }
    }
  });
  return out;
}

Napi::Value ScatterSetIndexed(const Napi::CallbackInfo& info) {
  Args args(info, "scatterSetIndexed", 5);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  const int64_t n = args.count(2, "baseCount");
  Storage* base = args.storageFor(1, "base", d, n);
  const IndexMap map = indexMapArg(args, 4, "map", n);
  Storage* src = args.storageFor(3, "src", d, map.length);
  const size_t es = dtypeSize(d);
  Napi::Object out = Storage::Create(env, byteSize(env, n, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  std::memcpy(o, base->data(), static_cast<size_t>(n) * es);
  for (int64_t i = 0; i < map.length; ++i) {
    if (map.data[i] >= 0) std::memcpy(o + static_cast<size_t>(map.data[i]) * es, src->data() + static_cast<size_t>(i) * es, es);
  }
  return out;
}

Napi::Value ConcatFlat(const Napi::CallbackInfo& info) {
  Args args(info, "concatFlat", 3);
  Napi::Env env = info.Env();
  const DType d = args.dtype(0, "dtype");
  if (!args.raw(1).IsArray()) throwType(env, "concatFlat: storages must be an array");
  Napi::Array list = args.raw(1).As<Napi::Array>();
  const std::vector<int64_t> counts = [&] {
    if (!args.raw(2).IsArray()) throwType(env, "concatFlat: counts must be an array");
    Napi::Array c = args.raw(2).As<Napi::Array>();
    std::vector<int64_t> v(c.Length());
    for (uint32_t k = 0; k < c.Length(); ++k) {
      Napi::Value x = c.Get(k);
      if (!x.IsNumber() || x.As<Napi::Number>().DoubleValue() < 0) throwRange(env, "concatFlat: counts must be non-negative numbers");
      v[k] = x.As<Napi::Number>().Int64Value();
    }
    return v;
  }();
  if (counts.size() != list.Length()) throwRange(env, "concatFlat: storages and counts differ in length");
  int64_t total = 0;
  std::vector<Storage*> parts(counts.size());
  for (uint32_t k = 0; k < list.Length(); ++k) {
    parts[k] = Storage::From(env, list.Get(k), "concatFlat: storages[k]");
    if (parts[k]->byteLength() < byteSize(env, counts[k], d)) throwRange(env, "concatFlat: storage " + std::to_string(k) + " is too small");
    total += counts[k];
  }
  Napi::Object out = Storage::Create(env, byteSize(env, total, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  for (size_t k = 0; k < parts.size(); ++k) {
    const size_t bytes = static_cast<size_t>(counts[k]) * dtypeSize(d);
    std::memcpy(o, parts[k]->data(), bytes);
    o += bytes;
  }
  return out;
}

}  // namespace tfts
