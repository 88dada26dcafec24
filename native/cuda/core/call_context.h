// State of the JS call currently running on this thread inside the CUDA
// module: its env (so check() can throw a JS Error without an env argument)
// and the temporary device blocks (uploadInt32/uploadTemp) to give back to the
// allocator when the call returns. Set up by module.cc's dispatcher.
#pragma once
#include <node_api.h>

#include <vector>

#include "allocator.h"

namespace tfts::cuda {

class CallScope {
 public:
  explicit CallScope(napi_env env);
  ~CallScope();  // releases the temporaries (stream order keeps that safe)
  CallScope(const CallScope&) = delete;
  CallScope& operator=(const CallScope&) = delete;

  static CallScope* current();  // nullptr outside a call
  napi_env env() const { return env_; }
  void addTemp(Block* b) { temps_.push_back(b); }

 private:
  napi_env env_;
  CallScope* outer_;
  std::vector<Block*> temps_;
};

}  // namespace tfts::cuda
