#pragma once

// Code that must round after each multiply and each add, as TF's x86 build (AVX, no FMA) does,
// marks itself with these: a compiler fusing them into FMA (GCC does by default where the target
// has FMA, e.g. aarch64 or -mfma) would change the bits.
#if defined(__clang__)
#define TFTS_NO_FP_CONTRACT _Pragma("clang fp contract(off)")
#define TFTS_NO_FP_CONTRACT_ATTR
#elif defined(__GNUC__)
#define TFTS_NO_FP_CONTRACT
#define TFTS_NO_FP_CONTRACT_ATTR __attribute__((optimize("fp-contract=off")))
#else
#define TFTS_NO_FP_CONTRACT
#define TFTS_NO_FP_CONTRACT_ATTR
#endif
