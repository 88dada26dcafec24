// DeviceStorage objects and why their memory comes back during GC.
//
// Node-API finalizers (napi_wrap, ObjectWrap, external buffers) are deferred
// to a SetImmediate after GC, and a long synchronous Python loop never lets
// the event loop run them: device memory would only grow. V8 itself, though,
// frees an ArrayBuffer's BackingStore while it collects the ArrayBuffer, and a
// BackingStore made with a custom deleter calls that deleter right then (on
// the JS thread or a GC background thread). So each DeviceStorage holds, on a
// V8 private property (unreachable from JS), a zero-length ArrayBuffer whose
// backing store's deleter hands the device block back to the allocator
// (allocator.h: release only locks a mutex and pushes; no CUDA call).
// The buffer's bytes are the host Block record itself (not device memory:
// V8 may touch its bytes, JS cannot see the buffer at all). Not zero-length:
// V8 does not keep the data pointer of an empty ArrayBuffer.
//
// This uses the V8 C++ API next to Node-API (napi_value and v8::Local share
// one representation, as in Node's own js_native_api_v8.h), so this library
// is tied to the Node major version it was built for, unlike the CPU addon.
// Device bytes are not reported to V8 (napi_adjust_external_memory made it
// run a mark-compact every few 400 MB outputs: a loop of 1e8-element adds ran
// at a fifth of the bandwidth); the allocator's own counts decide collections
// (../../src/pooled_gc_policy.h): a scavenge per 1 GiB of device blocks
// handed out (a scavenge costs the host tens of microseconds, and per 400 MB
// output it made that loop host-bound: 3.4 TB/s), a full GC when live blocks
// pass twice (and 1 GiB beyond) what the last full GC left.
#include "device_storage.h"

#include <v8.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

#include "../../src/pooled_gc_policy.h"
#include "allocator.h"
#include "call_context.h"
#include "check.h"
#include "stream.h"

namespace tfts::cuda {

namespace {

static_assert(sizeof(napi_value) == sizeof(v8::Local<v8::Value>), "napi_value must be a v8::Local");
v8::Local<v8::Value> toV8(napi_value v) {
  v8::Local<v8::Value> l;
  std::memcpy(static_cast<void*>(&l), &v, sizeof(v));
  return l;
}

// Per Node environment (one per thread: the main thread or a worker).
struct EnvState {
  napi_env env = nullptr;
  v8::Isolate* isolate = nullptr;
  napi_ref ctor = nullptr;
  v8::Global<v8::Private> key;
  PooledGcPolicy gcPolicy{size_t(1) << 30, size_t(1) << 30};
};
thread_local EnvState* tState = nullptr;
thread_local bool tConstructing = false;

void napiCheck(napi_env env, napi_status s) {
  if (s != napi_ok) throw Napi::Error::New(env);  // picks up the pending exception / last error
}

napi_value Construct(napi_env env, napi_callback_info info) {
  napi_value self = nullptr;
  napi_get_cb_info(env, info, nullptr, nullptr, &self, nullptr);
  if (!tConstructing) {
    napi_throw_type_error(env, nullptr,
                          "DeviceStorage cannot be constructed directly; use upload(), alloc() or fromBytes()");
    return nullptr;
  }
  return self;
}

Block* blockOf(napi_env env, napi_value v) {
  EnvState* s = tState;
  if (s == nullptr || s->env != env) return nullptr;
  v8::Local<v8::Value> val = toV8(v);
  if (!val->IsObject()) return nullptr;
  v8::Isolate* iso = s->isolate;
  v8::Local<v8::Value> ab;
  if (!val.As<v8::Object>()->GetPrivate(iso->GetCurrentContext(), s->key.Get(iso)).ToLocal(&ab) ||
      !ab->IsArrayBuffer()) {
    return nullptr;
  }
  return static_cast<Block*>(ab.As<v8::ArrayBuffer>()->Data());
}

napi_value GetByteLength(napi_env env, napi_callback_info info) {
  napi_value self = nullptr, out = nullptr;
  napi_get_cb_info(env, info, nullptr, nullptr, &self, nullptr);
  Block* b = blockOf(env, self);
  if (b == nullptr) {
    napi_throw_type_error(env, nullptr, "not a DeviceStorage");
    return nullptr;
  }
  napi_create_double(env, static_cast<double>(b->bytes), &out);
  return out;
}

napi_value GetDevice(napi_env env, napi_callback_info info) {
  napi_value out = nullptr;
  napi_create_string_utf8(env, "GPU:0", NAPI_AUTO_LENGTH, &out);
  return out;
}

void CleanupEnv(void* arg) {
  auto* s = static_cast<EnvState*>(arg);
  s->key.Reset();
  napi_delete_reference(s->env, s->ctor);
  if (tState == s) tState = nullptr;
  delete s;
}

void releaseDeviceBlock(void* /*data*/, size_t /*length*/, void* block) {
  allocator().release(static_cast<Block*>(block));
}

// Attaches b to a new DeviceStorage; the deleter owns b from here on.
napi_value wrapBlock(napi_env env, Block* b, v8::BackingStore::DeleterCallback deleter) {
  EnvState* s = tState;
  if (s == nullptr || s->env != env) {
    deleter(b, 0, b);
    throw Napi::Error::New(env, "tfts CUDA module used before initialisation in this thread");
  }
  v8::Isolate* iso = s->isolate;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(b, sizeof(Block), deleter, b);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, std::move(store));  // owns b now
  napi_value ctor = nullptr, obj = nullptr;
  napiCheck(env, napi_get_reference_value(env, s->ctor, &ctor));
  tConstructing = true;
  const napi_status st = napi_new_instance(env, ctor, 0, nullptr, &obj);
  tConstructing = false;
  napiCheck(env, st);
  if (toV8(obj).As<v8::Object>()->SetPrivate(iso->GetCurrentContext(), s->key.Get(iso), ab).IsNothing()) {
    throw Napi::Error::New(env, "DeviceStorage: cannot attach its device block");
  }
  return obj;
}

// Test probe (see ProbeTrack): host blocks whose release is counted.
std::atomic<int64_t> gProbeReleased{0};
void releaseProbeBlock(void* /*data*/, size_t /*length*/, void* block) {
  auto* b = static_cast<Block*>(block);
  std::free(b->ptr);
  delete b;
  gProbeReleased.fetch_add(1);
}

// Allocator's last resort before reporting out-of-memory (JS thread only).
void collectGarbage() {
  if (tState != nullptr) tState->isolate->LowMemoryNotification();
}

}  // namespace

napi_value initDeviceStorageClass(napi_env env) {
  if (tState != nullptr && tState->env == env) {
    napi_value ctor = nullptr;
    napiCheck(env, napi_get_reference_value(env, tState->ctor, &ctor));
    return ctor;
  }
  napi_property_descriptor props[] = {
      {"byteLength", nullptr, nullptr, GetByteLength, nullptr, nullptr, napi_enumerable, nullptr},
      {"device", nullptr, nullptr, GetDevice, nullptr, nullptr, napi_enumerable, nullptr},
  };
  napi_value ctor = nullptr;
  napiCheck(env, napi_define_class(env, "DeviceStorage", NAPI_AUTO_LENGTH, Construct, nullptr, 2, props, &ctor));
  configurePooledGc();
  auto* s = new EnvState();
  s->env = env;
  s->isolate = v8::Isolate::GetCurrent();
  s->key.Reset(s->isolate, v8::Private::New(s->isolate, v8::String::NewFromUtf8Literal(s->isolate, "tfts.cuda.block")));
  napiCheck(env, napi_create_reference(env, ctor, 1, &s->ctor));
  napiCheck(env, napi_add_env_cleanup_hook(env, CleanupEnv, s));
  tState = s;
  allocator().setCollectGarbage(collectGarbage);
  return ctor;
}

bool isDeviceStorage(Napi::Env env, Napi::Value v) { return blockOf(env, v) != nullptr; }

DevBuf devValue(Napi::Env env, Napi::Value v, const std::string& what) {
  Block* b = blockOf(env, v);
  if (b == nullptr) throw Napi::TypeError::New(env, what + " must be a DeviceStorage");
  return {b->ptr, static_cast<size_t>(b->bytes)};
}

DevBuf devArg(const Napi::CallbackInfo& info, size_t i, const char* what) {
  return devValue(info.Env(), info[i], what);
}

DevBuf devArgFor(const Args& args, size_t i, const char* name, DType d, int64_t count) {
  DevBuf b = devValue(args.env(), args.raw(i), args.where(name));
  const uint64_t need = byteSize(args.env(), count, d);
  if (b.bytes < need) {
    throwRange(args.env(), args.where(name) + " holds " + std::to_string(b.bytes) + " bytes but " +
                               std::to_string(count) + " x " + dtypeName(d) + " needs " + std::to_string(need));
  }
  return b;
}

Napi::Object newDeviceStorage(Napi::Env env, uint64_t bytes, void** ptr) {
  if (bytes > Storage::kMaxBytes) {
    throw Napi::RangeError::New(env, "DeviceStorage of " + std::to_string(bytes) +
                                         " bytes exceeds the maximum of 2^46 bytes");
  }
  if (tState != nullptr && tState->env == env) {
    tState->gcPolicy.beforeTake(tState->isolate, Allocator::sizeClass(bytes), [] { return allocator().inUse(); });
  }
  Block* b = allocator().allocate(bytes);
  napi_value obj = wrapBlock(env, b, releaseDeviceBlock);
  *ptr = b->ptr;
  return Napi::Object(env, obj);
}

namespace {
Block* tempBlock(Napi::Env env, size_t bytes) {
  CallScope* call = CallScope::current();
  if (call == nullptr) throw Napi::Error::New(env, "uploadTemp outside a CUDA module call");
  Block* b = allocator().allocate(bytes);
  call->addTemp(b);
  return b;
}
}  // namespace

const void* uploadTemp(Napi::Env env, const void* host, size_t bytes) {
  Block* b = tempBlock(env, bytes);
  // From pageable memory cudaMemcpyAsync returns once the source has been
  // staged, so the host buffer may be freed right after.
  if (bytes) check(cudaMemcpyAsync(b->ptr, host, bytes, cudaMemcpyHostToDevice, stream()), "cudaMemcpyAsync(upload index map)");
  return b->ptr;
}

void* tempDevice(Napi::Env env, size_t bytes) { return tempBlock(env, bytes)->ptr; }

const void* uploadInt32(Napi::Env env, const Napi::Int32Array& a) {
  return uploadTemp(env, a.Data(), a.ElementLength() * sizeof(int32_t));
}

// ---- test probe: the same GC-time release path with host memory, so a CPU-only
// test can check that blocks come back inside a synchronous loop.
Napi::Value ProbeTrack(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto* b = new Block{std::malloc(16), 16, 16};
  return Napi::Value(env, wrapBlock(env, b, releaseProbeBlock));
}

Napi::Value ProbeReleased(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(gProbeReleased.load()));
}

}  // namespace tfts::cuda
