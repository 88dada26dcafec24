#include "stream.h"

#include "check.h"

namespace tfts::cuda {

namespace {
cudaStream_t gStream = nullptr;
}

// Created once by module.cc's initialisation (after the device check), so
// loading the module on a machine without a GPU never gets here.
void createStream() {
  if (gStream == nullptr) check(cudaStreamCreateWithFlags(&gStream, cudaStreamNonBlocking), "cudaStreamCreate");
}

cudaStream_t stream() { return gStream; }

void synchronize() { check(cudaStreamSynchronize(gStream), "cudaStreamSynchronize"); }

}  // namespace tfts::cuda
