// Storage: a JS object owning one 64-byte aligned, zero-initialised CPU
// buffer (a V8 ArrayBuffer kept on a hidden symbol property; see storage.cc
// for why). Kernels take Storages as inputs and return new ones;
// shapes/dtypes live on the TS side.
#pragma once
#include <napi.h>

#include <cstddef>
#include <cstdint>

namespace tfts {

class Storage : public Napi::ObjectWrap<Storage> {
 public:
  static constexpr size_t kAlignment = 64;
  // Largest buffer we agree to allocate (also keeps byte math far from overflow).
  static constexpr uint64_t kMaxBytes = uint64_t(1) << 46;

  // Defines the JS class and remembers its constructor in the addon's
  // instance data (so Create works per environment / worker thread).
  static Napi::Function Init(Napi::Env env);

  // New zero-filled Storage of `bytes` bytes. `zero` documents intent only
  // (false: the kernel overwrites every byte); the buffer is always zeroed.
  static Napi::Object Create(Napi::Env env, uint64_t bytes, bool zero = true);

  // Unwraps `v`, throwing TypeError naming `what` if it is not a Storage.
  static Storage* From(Napi::Env env, Napi::Value v, const char* what);

  explicit Storage(const Napi::CallbackInfo& info);
  ~Storage() override;

  uint8_t* data() const { return data_; }
  size_t byteLength() const { return bytes_; }

 private:
  void attach(Napi::Object self, uint64_t bytes);
  Napi::Value GetByteLength(const Napi::CallbackInfo& info);
  Napi::Value GetDevice(const Napi::CallbackInfo& info);

  uint8_t* data_ = nullptr;  // 64-byte aligned pointer into the backing ArrayBuffer
  size_t bytes_ = 0;
};

// A freshly created output: the JS object and a typed pointer into it.
template <typename T> struct Output {
  Napi::Object obj;
  T* data;
};
template <typename T> Output<T> newOutput(Napi::Env env, uint64_t count, bool zero = false) {
  Napi::Object o = Storage::Create(env, count * sizeof(T), zero);
  return {o, reinterpret_cast<T*>(Storage::Unwrap(o)->data())};
}

}  // namespace tfts
