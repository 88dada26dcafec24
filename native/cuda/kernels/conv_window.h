// The CPU glue's window/shape argument readers (native/src/kernels/conv_geometry.h) and their
// conversion to the kernels' plain geometry struct, for conv_glue.cc and pool_glue.cc.
#pragma once
#include "../../src/kernels/conv_geometry.h"
#include "conv.h"

namespace tfts::cuda {

inline launch::ConvGeom convGeom(const Shape& s, const Window& w) {
  return {s[0], s[1], s[2], s[3], w.kh, w.kw, w.sh, w.sw, w.dh, w.dw, w.padTop, w.padLeft, w.oh, w.ow};
}

}  // namespace tfts::cuda
