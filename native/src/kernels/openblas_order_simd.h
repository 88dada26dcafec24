// Compilation switches shared by the openblas_order kernels.
#pragma once

// Every multiply and add below is written out as OpenBLAS rounds it: FMA only through std::fma,
// never by the compiler fusing a multiply into an add.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#elif defined(__clang__)
#pragma clang fp contract(off)
#endif

// Bodies are written once (OB_INLINE) and instantiated twice: an AVX2+FMA copy (OB_FAST, used
// when the CPU has them; std::fma becomes one instruction) and a portable copy (std::fma from
// libm: same roundings, slower).
#define OB_INLINE static inline __attribute__((always_inline))
#if defined(__x86_64__) && defined(__GNUC__)
#define OB_FAST __attribute__((target("avx2,fma")))
#else
#define OB_FAST
#endif
