#include "storage.h"

#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tfts {

namespace {
struct AddonData {
  Napi::FunctionReference storageCtor;
  Napi::Reference<Napi::Symbol> backingKey;  // hidden property holding the ArrayBuffer
};
// Passed as the constructor argument so JS code cannot `new Storage()`.
int constructToken = 0;

// Every op allocates its output; V8 takes ArrayBuffer memory from calloc. glibc serves blocks above
// its mmap threshold (128 KiB .. 32 MiB) with a fresh mmap that is unmapped again on free, so every
// large op output pays one page fault per 4 KiB page on first touch (measured ~30 us per fault on
// this project's VMs: `a + b` at 1e7 floats took ~700 ms). Keeping large blocks in the heap and
// never trimming it makes freed tensor memory reusable at once: a caching allocator for free, at
// the cost of the process keeping its peak heap (what TF's and PyTorch's allocators do as well).
void ConfigureAllocatorForTensors() {
#if defined(__GLIBC__)
  // Idempotent and thread-safe: every thread that loads the addon (the CLI's worker) may call it.
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}
}  // namespace

Napi::Function Storage::Init(Napi::Env env) {
  ConfigureAllocatorForTensors();
  Napi::Function ctor = DefineClass(
      env, "Storage",
      {InstanceAccessor<&Storage::GetByteLength>("byteLength", napi_enumerable),
       InstanceAccessor<&Storage::GetDevice>("device", napi_enumerable)});
  auto* data = new AddonData();
  data->storageCtor = Napi::Persistent(ctor);
  data->backingKey = Napi::Persistent(Napi::Symbol::New(env, "tfts.storage.backing"));
  env.SetInstanceData<AddonData>(data);
  return ctor;
}

Storage::Storage(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Storage>(info) {
  if (info.Length() != 1 || !info[0].IsExternal() ||
      info[0].As<Napi::External<int>>().Data() != &constructToken) {
    throw Napi::TypeError::New(info.Env(),
                               "Storage cannot be constructed directly; use alloc() or fromBytes()");
  }
}

// Why a V8 ArrayBuffer and not malloc + finalizer: Node-API finalizers run
// from a SetImmediate after GC, so a long synchronous interpreter loop would
// never free tensor memory. V8 frees ArrayBuffer backing stores during GC
// itself and already counts them as external memory (the accounting that
// AdjustExternalMemory would otherwise provide), so GC pressure is right too.
void Storage::attach(Napi::Object self, uint64_t bytes) {
  if (bytes > kMaxBytes) {
    throw Napi::RangeError::New(Env(), "Storage of " + std::to_string(bytes) +
                                           " bytes exceeds the maximum of 2^46 bytes");
  }
  const size_t padded = static_cast<size_t>(bytes) + kAlignment - 1;
  if (padded > (size_t(64) << 20)) {
    // V8 aborts the process if a large ArrayBuffer cannot be allocated; probe
    // first so an impossible request becomes a RangeError instead.
    void* probe = std::malloc(padded);
    if (probe == nullptr) {
      throw Napi::RangeError::New(Env(), "Out of memory allocating " + std::to_string(bytes) + " bytes");
    }
    std::free(probe);
  }
  Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(Env(), padded);  // zero-filled by V8
  AddonData* data = Env().GetInstanceData<AddonData>();
  self.DefineProperty(Napi::PropertyDescriptor::Value(data->backingKey.Value(), ab, napi_default));
  const uintptr_t base = reinterpret_cast<uintptr_t>(ab.Data());
  data_ = reinterpret_cast<uint8_t*>((base + kAlignment - 1) & ~uintptr_t(kAlignment - 1));
  bytes_ = static_cast<size_t>(bytes);
}

Storage::~Storage() = default;  // the backing ArrayBuffer is owned by V8

Napi::Object Storage::Create(Napi::Env env, uint64_t bytes, bool zero) {
  AddonData* data = env.GetInstanceData<AddonData>();
  Napi::Object obj = data->storageCtor.New({Napi::External<int>::New(env, &constructToken)});
  Storage::Unwrap(obj)->attach(obj, bytes);  // always zero-filled (V8 allocates with calloc)
  return obj;
}

Storage* Storage::From(Napi::Env env, Napi::Value v, const char* what) {
  AddonData* data = env.GetInstanceData<AddonData>();
  if (!v.IsObject() || !v.As<Napi::Object>().InstanceOf(data->storageCtor.Value())) {
    throw Napi::TypeError::New(env, std::string(what) + " must be a Storage");
  }
  Storage* s = Storage::Unwrap(v.As<Napi::Object>());  // throws if not really wrapped
  if (s == nullptr || s->data_ == nullptr) {
    throw Napi::TypeError::New(env, std::string(what) + " is not an initialised Storage");
  }
  return s;
}

Napi::Value Storage::GetByteLength(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(bytes_));
}

Napi::Value Storage::GetDevice(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), "CPU:0");
}

}  // namespace tfts
