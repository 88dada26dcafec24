// tf.math.digamma as TF 2.21's CPU kernel computes it: Eigen's scalar digamma (Cephes' psi), which
// has no packet version on x86, so every element takes the same scalar code, in the input's own
// precision, with libm's tan and log and every multiply-add rounded twice (TF's build has no FMA).
//   x <= 0: NaN at the poles (integers); otherwise the reflection psi(1 - x) - pi / tan(pi * r),
//           r = x minus its nearest integer (the tangent term is 0 when r is exactly 1/2).
//   then the recurrence psi(s) = psi(s + 1) - 1/s until s >= 10, and the asymptotic series
//   log(s) - 1/(2s) - z * A(z), z = 1/s^2 (A of degree 3 for float, 6 for double; 0 once
//   s >= 1e8 (float) / 1e17 (double), where the series no longer changes the result).
#pragma once

#include <cmath>
#include <limits>

#include "fp_contract.h"

namespace tfts {
namespace eigen_special {

template <typename C> struct DigammaSeries;

template <> struct DigammaSeries<float> {
  static constexpr float kCutoff = 1.0e8f;
  static constexpr int kDegree = 3;
  static constexpr float kA[] = {-4.16666666666666666667E-3f, 3.96825396825396825397E-3f,
                                 -8.33333333333333333333E-3f, 8.33333333333333333333E-2f};
};

template <> struct DigammaSeries<double> {
  static constexpr double kCutoff = 1.0e17;
  static constexpr int kDegree = 6;
  static constexpr double kA[] = {8.33333333333333333333E-2,  -2.10927960927960927961E-2,
                                  7.57575757575757575758E-3,  -4.16666666666666666667E-3,
                                  3.96825396825396825397E-3,  -8.33333333333333333333E-3,
                                  8.33333333333333333333E-2};
};

template <typename C> TFTS_NO_FP_CONTRACT_ATTR inline C digamma(C x) {
  TFTS_NO_FP_CONTRACT
  using Series = DigammaSeries<C>;
  const C pi = static_cast<C>(3.141592653589793238462643383279502884);
  bool negative = false;
  C reflection = 0;
  if (x <= C(0)) {
    negative = true;
    C p = std::floor(x);
    if (p == x) return std::numeric_limits<C>::quiet_NaN();
    C r = x - p;
    if (r != C(0.5)) {
      if (r > C(0.5)) {
        p += C(1);
        r = x - p;
      }
      reflection = pi / std::tan(pi * r);
    }
    x = C(1) - x;
  }
  C s = x;
  C w = 0;
  while (s < C(10)) {  // NaN falls through
    w += C(1) / s;
    s += C(1);
  }
  C series = 0;
  if (s < Series::kCutoff) {
    const C z = C(1) / (s * s);
    C poly = Series::kA[0];
    for (int i = 1; i <= Series::kDegree; ++i) {
      const C product = poly * z;
      poly = product + Series::kA[i];
    }
    series = z * poly;
  }
  const C y = std::log(s) - (C(0.5) / s) - series - w;
  return negative ? y - reflection : y;
}

}  // namespace eigen_special
}  // namespace tfts
