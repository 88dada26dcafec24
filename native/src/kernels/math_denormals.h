// TensorFlow runs its CPU kernels with denormals flushed to zero (x86 MXCSR FTZ and DAZ set), so
// an op whose result would be subnormal gives 0 (tf.exp(-100.) prints 0., 1e-40 * 1.0 is 0) and
// subnormal inputs read as 0. ScopedFlushDenormals reproduces that for the duration of one kernel
// call and restores the caller's mode after, so V8 and the Python-level float math are unaffected.
#pragma once

#if defined(__x86_64__) || defined(__SSE2__)
#include <xmmintrin.h>
#define TFTS_HAVE_MXCSR 1
#endif

namespace tfts {

class ScopedFlushDenormals {
 public:
#ifdef TFTS_HAVE_MXCSR
  static constexpr unsigned kFtz = 0x8000, kDaz = 0x0040;
  ScopedFlushDenormals() : saved_(_mm_getcsr()) { _mm_setcsr(saved_ | kFtz | kDaz); }
  ~ScopedFlushDenormals() { _mm_setcsr(saved_); }

 private:
  unsigned saved_;
#endif
};

// The opposite, for numpy's kernels (which keep subnormals): FTZ/DAZ cleared for the call,
// whatever mode the calling thread was left in, and the caller's mode restored after.
class ScopedKeepDenormals {
 public:
#ifdef TFTS_HAVE_MXCSR
  ScopedKeepDenormals() : saved_(_mm_getcsr()) { _mm_setcsr(saved_ & ~(ScopedFlushDenormals::kFtz | ScopedFlushDenormals::kDaz)); }
  ~ScopedKeepDenormals() { _mm_setcsr(saved_); }

 private:
  unsigned saved_;
#endif
};

}  // namespace tfts
