// float32 (and bfloat16) tf.nn.softmax as TensorFlow 2.21 computes it on x86: TF hands Softmax on
// float/bfloat16 tensors of rank 1..5 to oneDNN 3.7.3 (_MklSoftmax, softmax_accurate over the last
// axis), whose jit kernel for AVX-512 machines (the oracle's Zen 5 picks avx512_core_bf16) does,
// per row of n values:
//   - max: 16-lane vectors from the row start, vector v into accumulator v % 4 (four accumulators
//     once the row has 4 full vectors, else as many as it has, at least one); a final partial
//     vector (n % 16 lanes, the rest masked off) goes into accumulator 0. Accumulators fold as
//     (a0 op a1) op (a2 op a3), then a horizontal fold lane i op lane i^8, ^4, ^2, ^1. maxps keeps
//     its second operand unless the first is greater, so NaNs do not always propagate.
//   - sum: e = exp(x - max) with oneDNN's own exp (below, real FMA instructions), accumulated and
//     folded exactly like the max; e is stored.
//   - 1 / sum by a true division, then each e times that reciprocal.
// oneDNN's exp: x clamped to [ln FLT_MIN, ln FLT_MAX] (NaN becomes ln FLT_MAX), n = floor(x log2e
// + 1/2), r = fma(-n, ln2, x), a degree-5 polynomial in Horner form with FMAs, times 2^(n-1) built
// from exponent bits, times 2; inputs below ln FLT_MIN give exactly 0.
// Verified bit for bit against TF 2.21 (see test/golden/ops/softmax_bits.py).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>

#include "fp_contract.h"

namespace tfts {
namespace onednn_softmax {

constexpr int kLanes = 16;  // AVX-512 floats per vector

inline float bitsToFloat(uint32_t b) {
  float f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

// x86 maxps/minps: the first operand if the comparison holds, else the second (NaN -> second).
inline float maxps(float a, float b) { return a > b ? a : b; }
inline float minps(float a, float b) { return a < b ? a : b; }

TFTS_NO_FP_CONTRACT_ATTR inline float exp(float x) {
  TFTS_NO_FP_CONTRACT
  const float lnFltMin = bitsToFloat(0xc2aeac50u), lnFltMax = bitsToFloat(0x42b17218u);
  const float log2e = bitsToFloat(0x3fb8aa3bu), ln2 = bitsToFloat(0x3f317218u);
  const bool zero = x < lnFltMin;
  const float s = maxps(minps(x, lnFltMax), lnFltMin);
  const float scaled = s * log2e;  // mulps then addps: two roundings
  const float n = std::floor(scaled + 0.5f);
  const float r = std::fma(-n, ln2, s);
  const int32_t k = static_cast<int32_t>(n - 1.0f);
  const float pow2 = zero ? 0.0f : bitsToFloat(static_cast<uint32_t>(k + 127) << 23);
  float p = bitsToFloat(0x3c07cfceu);
  p = std::fma(p, r, bitsToFloat(0x3d2b9d0du));
  p = std::fma(p, r, bitsToFloat(0x3e2aad40u));
  p = std::fma(p, r, bitsToFloat(0x3efffee3u));
  p = std::fma(p, r, bitsToFloat(0x3f7ffffbu));
  p = std::fma(p, r, 1.0f);
  const float y = p * pow2;
  return y * 2.0f;
}

// The four-accumulator fold and the horizontal fold of one reduction, lane by lane.
template <typename Op> inline void fold(float acc[4][kLanes], int used, float out[kLanes], Op op) {
  for (int l = 0; l < kLanes; ++l) {
    if (used == 4) out[l] = op(op(acc[0][l], acc[1][l]), op(acc[2][l], acc[3][l]));
    else if (used == 3) out[l] = op(op(acc[0][l], acc[1][l]), acc[2][l]);
    else if (used == 2) out[l] = op(acc[0][l], acc[1][l]);
    else out[l] = acc[0][l];
  }
  for (int d = 8; d >= 1; d /= 2) {
    float t[kLanes];
    for (int l = 0; l < kLanes; ++l) t[l] = op(out[l], out[l ^ d]);
    std::memcpy(out, t, sizeof t);
  }
}

// One row: x[0, n) -> e (the exps, may alias y) -> y. `load(i)` gives element i as float.
template <typename Load, typename Store> TFTS_NO_FP_CONTRACT_ATTR void row(int64_t n, Load load, Store store, float* e) {
  TFTS_NO_FP_CONTRACT
  const int64_t full = n / kLanes, tail = n % kLanes;
  const int64_t loops = full / 4, loopTail = full % 4;
  const int used = loops ? 4 : loopTail ? static_cast<int>(loopTail) : 1;
  const int64_t vectors = full + (tail ? 1 : 0);
  auto lanesOf = [&](int64_t v) { return v < full ? kLanes : static_cast<int>(tail); };
  auto accOf = [&](int64_t v) { return v < full ? static_cast<int>(v % 4) : 0; };
  float acc[4][kLanes];
  for (auto& a : acc)
    for (float& l : a) l = -3.40282347e38f;
  for (int64_t v = 0; v < vectors; ++v) {
    float* a = acc[accOf(v)];
    for (int l = 0; l < lanesOf(v); ++l) a[l] = maxps(a[l], load(v * kLanes + l));
  }
  float mx[kLanes];
  fold(acc, used, mx, maxps);
  for (auto& a : acc)
    for (float& l : a) l = 0.0f;
  for (int64_t v = 0; v < vectors; ++v) {
    float* a = acc[accOf(v)];
    for (int l = 0; l < lanesOf(v); ++l) {
      const float shifted = load(v * kLanes + l) - mx[l];
      const float ex = exp(shifted);
      e[v * kLanes + l] = ex;
      a[l] += ex;
    }
  }
  float sum[kLanes];
  fold(acc, used, sum, [](float a, float b) { return a + b; });
  float inv[kLanes];
  for (int l = 0; l < kLanes; ++l) inv[l] = 1.0f / sum[l];
  for (int64_t i = 0; i < n; ++i) store(i, e[i] * inv[i % kLanes]);
}

}  // namespace onednn_softmax
}  // namespace tfts
