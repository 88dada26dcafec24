#include "storage.h"

#include <v8.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "host_pool.h"
#include "pooled_gc_policy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tfts {

namespace {
struct AddonData {
  Napi::FunctionReference storageCtor;
  Napi::Reference<Napi::Symbol> backingKey;  // the property holding the ArrayBuffer
  Napi::ObjectReference constructToken;      // passed to the constructor so JS cannot `new Storage()`
};

// Bytes of an ArrayBuffer besides the data: the header (aligned to 8 from V8's at least 8-aligned
// backing store) and the padding up to the 64-byte aligned data.
constexpr size_t kOverhead = 7 + sizeof(Storage) + Storage::kAlignment - 1;
// Range served uninitialised (see allocate): below it zeroing is cheaper than the Buffer detour;
// above it Node's Buffer length limit could be hit.
constexpr size_t kUninitialisedMinBytes = 4096;
constexpr size_t kUninitialisedMaxBytes = size_t(1) << 31;

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

// Why a V8 (Shared)ArrayBuffer and no wrapped C++ object: V8 frees backing stores during GC itself
// (and counts small ones as external memory, so GC pressure is right; pooled large ones are
// counted by the pool, see allocatePooled), so a long synchronous interpreter loop frees tensor
// memory as it goes. A napi_wrap'ed object (ObjectWrap) instead
// queues a finalizer per object that Node runs only from a SetImmediate after GC: in a synchronous
// loop they pile up (a reference-tracker entry and a weak handle each), which made creating a
// small Storage cost ~20 us.
//
// Uninitialised buffers come from napi_create_buffer: Node allocates a Buffer's memory with V8's
// ArrayBuffer allocator in its no-zero-fill mode (malloc instead of calloc), and the result is an
// ordinary V8-owned backing store, freed and accounted by GC exactly like ArrayBuffer::New's.
//
// Large buffers come from the caching pool (host_pool.h) instead: their backing store has a
// custom deleter, which V8 calls while it collects the buffer (not from a deferred finalizer), so
// the block is reusable as soon as GC finds the tensor dead. That needs the V8 API next to
// Node-API (napi_value and v8::Local share one representation, as in Node's js_native_api_v8.h);
// the addon is built from source for the Node that runs it.
static_assert(sizeof(napi_value) == sizeof(v8::Local<v8::Value>), "napi_value must be a v8::Local");

template <typename T> v8::Local<T> toLocal(napi_value v) {
  v8::Local<T> local;
  std::memcpy(static_cast<void*>(&local), &v, sizeof(v));
  return local;
}
template <typename T> napi_value toNapi(v8::Local<T> local) {
  napi_value v;
  std::memcpy(static_cast<void*>(&v), &local, sizeof(v));
  return v;
}

void releasePooled(void* data, size_t /*length*/, void* capacity) {
  hostPoolGive(data, reinterpret_cast<size_t>(capacity));
}

// Pooled blocks back SharedArrayBuffers, which V8 does not count as this isolate's external
// memory (a shared backing store's per-isolate accounting length is 0); the pool's own counts
// decide collections (pooled_gc_policy.h): a scavenge per 64 MiB of pooled outputs, a full GC when
// held blocks pass twice (and 256 MiB beyond) what the last full GC left.
constexpr size_t kScavengeBudget = size_t(64) << 20;
constexpr size_t kFullGcSlack = size_t(256) << 20;

Napi::Value allocatePooled(Napi::Env env, size_t padded, bool zero, bool populate) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  thread_local PooledGcPolicy policy(kScavengeBudget, kFullGcSlack);  // one per isolate thread
  policy.beforeTake(isolate, padded, hostPoolOutstandingBytes);
  const HostBlock block = hostPoolTake(padded);
  if (block.data == nullptr) {
    throw Napi::RangeError::New(env, "Out of memory allocating " + std::to_string(padded - kOverhead) + " bytes");
  }
  if (zero && !block.fresh) std::memset(block.data, 0, padded);
  if (populate && block.fresh) hostPoolPopulate(block);
  std::shared_ptr<v8::BackingStore> store =
      v8::SharedArrayBuffer::NewBackingStore(block.data, padded, releasePooled, reinterpret_cast<void*>(block.capacity));
  // Owns the block now; JS sees a SharedArrayBuffer (typed arrays view it like any buffer).
  return Napi::Value(env, toNapi(v8::SharedArrayBuffer::New(isolate, std::move(store))));
}

Napi::Value allocate(Napi::Env env, uint64_t bytes, bool zero, bool populate) {
  if (bytes > Storage::kMaxBytes) {
    throw Napi::RangeError::New(env, "Storage of " + std::to_string(bytes) + " bytes exceeds the maximum of 2^46 bytes");
  }
  const size_t padded = static_cast<size_t>(bytes) + kOverhead;
  if (padded >= kHostPoolMinBytes) return allocatePooled(env, padded, zero, populate);
  if (padded > (size_t(64) << 20)) {
    // V8 aborts the process if a large ArrayBuffer cannot be allocated; probe
    // first so an impossible request becomes a RangeError instead.
    void* probe = std::malloc(padded);
    if (probe == nullptr) {
      throw Napi::RangeError::New(env, "Out of memory allocating " + std::to_string(bytes) + " bytes");
    }
    std::free(probe);
  }
  if (!zero && padded >= kUninitialisedMinBytes && padded <= kUninitialisedMaxBytes) {
    return Napi::Buffer<uint8_t>::New(env, padded).ArrayBuffer();  // not zero-filled
  }
  return Napi::ArrayBuffer::New(env, padded);  // zero-filled by V8
}

// new Storage(token, arrayBuffer): only Create passes the token.
napi_value Construct(napi_env env, napi_callback_info cbinfo) {
  size_t argc = 2;
  napi_value args[2] = {nullptr, nullptr};
  napi_value self = nullptr;
  void* raw = nullptr;
  bool ok = napi_get_cb_info(env, cbinfo, &argc, args, &self, nullptr) == napi_ok && argc == 2 &&
            napi_get_instance_data(env, &raw) == napi_ok && raw != nullptr;
  AddonData* data = static_cast<AddonData*>(raw);
  bool isToken = false;
  if (ok) ok = napi_strict_equals(env, args[0], data->constructToken.Value(), &isToken) == napi_ok && isToken;
  if (!ok) {
    napi_throw_type_error(env, nullptr, "Storage cannot be constructed directly; use alloc() or fromBytes()");
    return nullptr;
  }
  napi_property_descriptor backing = {nullptr, data->backingKey.Value(), nullptr, nullptr, nullptr, args[1], napi_default, nullptr};
  if (napi_define_properties(env, self, 1, &backing) != napi_ok) return nullptr;
  return self;
}

Napi::Value GetByteLength(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(Storage::From(info.Env(), info.This(), "this")->byteLength()));
}

Napi::Value GetDevice(const Napi::CallbackInfo& info) {
  Storage::From(info.Env(), info.This(), "this");
  return Napi::String::New(info.Env(), "CPU:0");
}
}  // namespace

Napi::Function Storage::Init(Napi::Env env) {
  ConfigureAllocatorForTensors();
  configurePooledGc();
  const napi_property_descriptor props[] = {
      Napi::PropertyDescriptor::Accessor<GetByteLength>("byteLength", napi_enumerable),
      Napi::PropertyDescriptor::Accessor<GetDevice>("device", napi_enumerable)};
  napi_value cls = nullptr;
  NAPI_THROW_IF_FAILED(env, napi_define_class(env, "Storage", NAPI_AUTO_LENGTH, Construct, nullptr, 2, props, &cls),
                       Napi::Function());
  Napi::Function ctor(env, cls);
  auto* data = new AddonData();
  data->storageCtor = Napi::Persistent(ctor);
  data->backingKey = Napi::Persistent(Napi::Symbol::New(env, "tfts.storage.backing"));
  data->constructToken = Napi::Persistent(Napi::Object::New(env));
  env.SetInstanceData<AddonData>(data);
  return ctor;
}

Napi::Object Storage::Create(Napi::Env env, uint64_t bytes, bool zero, bool populate) {
  AddonData* data = env.GetInstanceData<AddonData>();
  Napi::Value buffer = allocate(env, bytes, zero, populate);
  return data->storageCtor.New({data->constructToken.Value(), buffer});
}

uint8_t* viewData(Napi::Value view) {
  void* data = nullptr;
  napi_status status;
  if (view.IsTypedArray()) {
    status = napi_get_typedarray_info(view.Env(), view, nullptr, nullptr, &data, nullptr, nullptr);
  } else {
    status = napi_get_dataview_info(view.Env(), view, nullptr, &data, nullptr, nullptr);
  }
  NAPI_THROW_IF_FAILED(view.Env(), status, nullptr);
  return static_cast<uint8_t*>(data);
}

Napi::Value Storage::backing(Napi::Object self) {
  AddonData* data = self.Env().GetInstanceData<AddonData>();
  return self.Get(data->backingKey.Value());
}

Storage* Storage::From(Napi::Env env, Napi::Value v, const char* what) {
  AddonData* data = env.GetInstanceData<AddonData>();
  if (!v.IsObject()) throw Napi::TypeError::New(env, std::string(what) + " must be a Storage");
  Napi::Value b = v.As<Napi::Object>().Get(data->backingKey.Value());
  // A SharedArrayBuffer for pooled blocks, an ArrayBuffer otherwise (see allocatePooled).
  const v8::Local<v8::Value> buffer = toLocal<v8::Value>(b);
  uintptr_t base = 0;
  size_t len = 0;
  if (buffer->IsSharedArrayBuffer()) {
    const v8::Local<v8::SharedArrayBuffer> sab = buffer.As<v8::SharedArrayBuffer>();
    base = reinterpret_cast<uintptr_t>(sab->Data());
    len = sab->ByteLength();
  } else if (buffer->IsArrayBuffer()) {
    const v8::Local<v8::ArrayBuffer> ab = buffer.As<v8::ArrayBuffer>();
    base = reinterpret_cast<uintptr_t>(ab->Data());
    len = ab->ByteLength();
  } else {
    throw Napi::TypeError::New(env, std::string(what) + " must be a Storage");
  }
  if (base == 0 || len < kOverhead) {  // a detached (transferred) buffer
    throw Napi::TypeError::New(env, std::string(what) + " is not an initialised Storage");
  }
  // The header is rebuilt from the ArrayBuffer each time: whatever JS wrote into it is ignored.
  const uintptr_t at = (base + alignof(Storage) - 1) & ~uintptr_t(alignof(Storage) - 1);
  Storage* s = new (reinterpret_cast<void*>(at)) Storage();
  const uintptr_t dataAt = (at + sizeof(Storage) + kAlignment - 1) & ~uintptr_t(kAlignment - 1);
  s->data_ = reinterpret_cast<uint8_t*>(dataAt);
  s->bytes_ = len - kOverhead;
  s->offset_ = static_cast<size_t>(dataAt - base);
  return s;
}

}  // namespace tfts
