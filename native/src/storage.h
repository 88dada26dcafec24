// Storage: a JS object owning one 64-byte aligned CPU buffer: an instance of the addon's Storage
// class (so `instanceof` works) holding a V8 ArrayBuffer (a SharedArrayBuffer for large, pooled
// blocks) on a symbol property (see storage.cc for why). Kernels take Storages as inputs and return new ones; shapes/dtypes live on the TS side.
//
// No C++ object is wrapped: the Storage* that kernels use points at a small header kept in the
// ArrayBuffer's own first bytes, rewritten from the ArrayBuffer on every lookup (so nothing JS
// writes there is trusted). It lives as long as the ArrayBuffer, i.e. as long as the JS object.
#pragma once
#include <napi.h>

#include <cstddef>
#include <cstdint>

namespace tfts {

class Storage {
 public:
  static constexpr size_t kAlignment = 64;
  // Largest buffer we agree to allocate (also keeps byte math far from overflow).
  static constexpr uint64_t kMaxBytes = uint64_t(1) << 46;

  // Defines the JS class and remembers it in the addon's instance data (so Create works per
  // environment / worker thread).
  static Napi::Function Init(Napi::Env env);

  // New Storage of `bytes` bytes: zero-filled, or with `zero` false uninitialised (for kernels that
  // overwrite every byte; skipping the fill saves a full write pass over large outputs).
  // `populate` asks for every page to be mapped before the kernel writes: a fresh large block is
  // populated in one madvise call instead of faulting page by page, which pays for kernels that
  // write their output in scattered tiles (the GEMM). Reused blocks are mapped already, and
  // re-populating them is not free (~60 us per MiB here), so only fresh blocks are touched.
  static Napi::Object Create(Napi::Env env, uint64_t bytes, bool zero = true, bool populate = false);

  // The Storage behind `v`; throws TypeError naming `what` if `v` is not a (live) Storage.
  static Storage* From(Napi::Env env, Napi::Value v, const char* what);
  // The Storage behind an object known to be one (a freshly created output).
  static Storage* Unwrap(Napi::Object obj) { return From(obj.Env(), obj, "storage"); }
  // The backing buffer of a Storage object: an ArrayBuffer, or a SharedArrayBuffer for blocks of
  // the caching pool (storage.cc says why).
  static Napi::Value backing(Napi::Object self);

  uint8_t* data() const { return data_; }
  size_t byteLength() const { return bytes_; }
  // Offset of data() in the backing buffer.
  size_t byteOffset() const { return offset_; }

 private:
  Storage() = default;
  uint8_t* data_ = nullptr;  // 64-byte aligned pointer into the backing buffer
  size_t bytes_ = 0;
  size_t offset_ = 0;
};

// The first byte a TypedArray or DataView views, read without napi_get_arraybuffer_info (which
// refuses SharedArrayBuffers, and views of pooled Storage memory are backed by one).
uint8_t* viewData(Napi::Value view);

// A freshly created output: the JS object and a typed pointer into it.
template <typename T> struct Output {
  Napi::Object obj;
  T* data;
};
template <typename T> Output<T> newOutput(Napi::Env env, uint64_t count, bool zero = false, bool populate = false) {
  Napi::Object o = Storage::Create(env, count * sizeof(T), zero, populate);
  return {o, reinterpret_cast<T*>(Storage::Unwrap(o)->data())};
}

}  // namespace tfts
