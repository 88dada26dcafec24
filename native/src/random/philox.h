// Philox4x32-10 counter-based generator (Salmon et al., SC'11) laid out the
// way TensorFlow's PhiloxRandom is: 128-bit counter as 4 x uint32 (word 0
// least significant), 64-bit key as 2 x uint32, 10 rounds with the key
// bumped by the Weyl constants between rounds, counter += 1 after each
// 4-word output block. Header-only and free of host-only calls so a future
// CUDA backend can compile the same code for the device.
#pragma once
#ifndef TFTS_HD  // lets CUDA kernels (native/cuda) compile these helpers for the device too
#ifdef __CUDACC__
#define TFTS_HD __host__ __device__
#else
#define TFTS_HD
#endif
#endif
#include <cstdint>

namespace tfts {

struct Philox4x32 {
  uint32_t counter[4];
  uint32_t key[2];

  static constexpr uint32_t kM0 = 0xD2511F53u, kM1 = 0xCD9E8D57u;  // round multipliers
  static constexpr uint32_t kW0 = 0x9E3779B9u, kW1 = 0xBB67AE85u;  // key schedule (Weyl) increments

  // One 128-bit output block for the current counter; then advance by one.
  TFTS_HD void next(uint32_t out[4]) {
    uint32_t c0 = counter[0], c1 = counter[1], c2 = counter[2], c3 = counter[3];
    uint32_t k0 = key[0], k1 = key[1];
    for (int round = 0; round < 10; ++round) {
      if (round > 0) { k0 += kW0; k1 += kW1; }
      const uint64_t p0 = static_cast<uint64_t>(kM0) * c0;
      const uint64_t p1 = static_cast<uint64_t>(kM1) * c2;
      const uint32_t n0 = static_cast<uint32_t>(p1 >> 32) ^ c1 ^ k0;
      const uint32_t n1 = static_cast<uint32_t>(p1);
      const uint32_t n2 = static_cast<uint32_t>(p0 >> 32) ^ c3 ^ k1;
      const uint32_t n3 = static_cast<uint32_t>(p0);
      c0 = n0; c1 = n1; c2 = n2; c3 = n3;
    }
    out[0] = c0; out[1] = c1; out[2] = c2; out[3] = c3;
    skip(1);
  }

  // Advance the 128-bit counter by n blocks (carry propagates through all words,
  // as TF's PhiloxRandom::Skip does).
  TFTS_HD void skip(uint64_t n) {
    const uint64_t lo = (static_cast<uint64_t>(counter[1]) << 32 | counter[0]) + n;
    counter[0] = static_cast<uint32_t>(lo);
    counter[1] = static_cast<uint32_t>(lo >> 32);
    if (lo < n) {  // carry into the upper 64 bits
      if (++counter[2] == 0) ++counter[3];
    }
  }
};

// Hands out single uint32 words from successive blocks (TF's SingleSampleAdapter).
struct PhiloxWords {
  Philox4x32 gen;
  uint32_t buf[4] = {0, 0, 0, 0};
  int used = 4;
  TFTS_HD uint32_t operator()() {
    if (used == 4) { gen.next(buf); used = 0; }
    return buf[used++];
  }
};

}  // namespace tfts
