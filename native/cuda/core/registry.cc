#include "registry.h"

namespace tfts::cuda {

namespace {
Registration* gHead = nullptr;  // constant-initialised: safe before any dynamic initialiser
}

bool registerExport(Registration* r) {
  r->next = gHead;
  gHead = r;
  return true;
}

const Registration* registeredExports() { return gHead; }

}  // namespace tfts::cuda
