#include "call_context.h"

namespace tfts::cuda {

namespace {
thread_local CallScope* tCurrent = nullptr;
}

CallScope::CallScope(napi_env env) : env_(env), outer_(tCurrent) { tCurrent = this; }

CallScope::~CallScope() {
  tCurrent = outer_;
  for (Block* b : temps_) allocator().release(b);
}

CallScope* CallScope::current() { return tCurrent; }

}  // namespace tfts::cuda
