// Launchers of fill.cu (called by fill_glue.cc; asynchronous on the module's stream).
#pragma once
#include <cstddef>
#include <cstdint>

namespace tfts::cuda {

// out[i] = the low elemSize bytes of pattern (elemSize 1, 2, 4 or 8), i < n.
void launchFill(void* out, int64_t n, size_t elemSize, uint64_t pattern);

}  // namespace tfts::cuda
