// Storage creation and byte transfer: alloc, fromBytes, toBytes, copy, fill.
#include <cstring>

#include "../args.h"
#include "../threads.h"
#include "convert.h"
#include "kernels.h"

namespace tfts {

Napi::Value Alloc(const Napi::CallbackInfo& info) {
  Args args(info, "alloc", 1);
  const int64_t n = args.count(0, "byteLength");
  if (static_cast<uint64_t>(n) > Storage::kMaxBytes) throwRange(info.Env(), "alloc: byteLength too large");
  return Storage::Create(info.Env(), static_cast<uint64_t>(n), true);
}

Napi::Value FromBytes(const Napi::CallbackInfo& info) {
  Args args(info, "fromBytes", 1);
  Napi::Value v = info[0];
  const uint8_t* src = nullptr;
  size_t len = 0;
  if (v.IsTypedArray()) {
    src = viewData(v);
    len = v.As<Napi::TypedArray>().ByteLength();
  } else if (v.IsDataView()) {
    src = viewData(v);
    len = v.As<Napi::DataView>().ByteLength();
  } else {
    throwType(info.Env(), "fromBytes: view must be an ArrayBufferView (TypedArray or DataView)");
  }
  Napi::Object out = Storage::Create(info.Env(), len, false);
  if (len) std::memcpy(Storage::Unwrap(out)->data(), src, len);
  return out;
}

Napi::Value ToBytes(const Napi::CallbackInfo& info) {
  Args args(info, "toBytes", 1);
  Storage* s = args.storage(0, "storage");
  Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(info.Env(), s->byteLength());
  if (s->byteLength()) std::memcpy(ab.Data(), s->data(), s->byteLength());
  return ab;
}

// {buffer, byteOffset}: the ArrayBuffer that holds a Storage's bytes and where they start in it, so
// JS can view tensor memory without copying (the view must not outlive the Storage's use).
Napi::Value BufferOf(const Napi::CallbackInfo& info) {
  Args args(info, "bufferOf", 1);
  Storage* s = args.storage(0, "storage");
  Napi::Object out = Napi::Object::New(info.Env());
  out.Set("buffer", s->backing(info[0].As<Napi::Object>()));
  out.Set("byteOffset", Napi::Number::New(info.Env(), static_cast<double>(s->byteOffset())));
  return out;
}

Napi::Value Copy(const Napi::CallbackInfo& info) {
  Args args(info, "copy", 1);
  Storage* s = args.storage(0, "storage");
  Napi::Object out = Storage::Create(info.Env(), s->byteLength(), false);
  uint8_t* dst = Storage::Unwrap(out)->data();
  const uint8_t* src = s->data();
  // Large copies split across threads: one core's memcpy does not reach the memory bandwidth.
  parallelRange(static_cast<int64_t>(s->byteLength()), int64_t(1) << 18, [&](int64_t lo, int64_t hi) {
    std::memcpy(dst + lo, src + lo, static_cast<size_t>(hi - lo));
  });
  return out;
}

Napi::Value Fill(const Napi::CallbackInfo& info) {
  Args args(info, "fill", 3);
  const DType d = args.dtype(0, "dtype");
  const int64_t n = args.count(1, "count");
  const uint64_t bytes = byteSize(info.Env(), n, d);
  Napi::Value v = info[2];
  if (!v.IsNumber() && !v.IsBigInt() && !v.IsBoolean()) {
    throwType(info.Env(), "fill: value must be a number, bigint or boolean");
  }
  Napi::Object out = Storage::Create(info.Env(), bytes, false);
  uint8_t* data = Storage::Unwrap(out)->data();
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    T x;
    if (v.IsBoolean()) {
      x = convert<T>(bool8{static_cast<uint8_t>(v.As<Napi::Boolean>().Value() ? 1 : 0)});
    } else if (v.IsNumber()) {
      x = convert<T>(v.As<Napi::Number>().DoubleValue());
    } else {
      // BigInt: exact for 64-bit integer dtypes (wrapping modulo 2^64 as
      // BigInt.asIntN/asUintN would); other dtypes convert from int64.
      bool lossless = false;
      if constexpr (std::is_same_v<T, uint64_t>) {
        x = v.As<Napi::BigInt>().Uint64Value(&lossless);
      } else {
        x = convert<T>(v.As<Napi::BigInt>().Int64Value(&lossless));
      }
    }
    T* p = reinterpret_cast<T*>(data);
    for (int64_t i = 0; i < n; ++i) p[i] = x;
  });
  return out;
}

}  // namespace tfts
