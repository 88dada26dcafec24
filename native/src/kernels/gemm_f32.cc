// Packed, register-blocked float32 GEMM in the BLIS style: B is packed into KC x NR slivers,
// A into MR x KC slivers, and an MR x NR micro-kernel keeps the C tile in registers for the whole
// KC loop. The micro-kernel is chosen at run time for the CPU: AVX-512 (12x32, 24 of the 32 zmm
// registers accumulate), AVX2+FMA (6x16, 12 of the 16 ymm registers), or a portable one
// (vectorised for the SSE2 baseline). Large products are cut into units that the shared thread
// pool's threads (threads.h) claim as they go (Schedule).
#include "gemm.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "../threads.h"
#include "gemm_pair_sums.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TFTS_X86 1
#endif

namespace tfts {
namespace {

// MR_MAX x NR_MAX bounds the edge-tile scratch; each kernel has its own cache blocking (Micro).
constexpr int64_t MR_MAX = 12, NR_MAX = 32;

struct View {  // element (r, c) of op(X) for a row-major X, transposed or not
  const float* p;
  int64_t ld;
  bool t;
  float at(int64_t r, int64_t c) const { return t ? p[c * ld + r] : p[r * ld + c]; }
};

// Packs rows [i0, i0+mr) x cols [k0, k0+kc) of op(A) as one MR-row sliver, k-major, zero padded.
void packSliverA(const View& a, int64_t i0, int64_t mr, int64_t k0, int64_t kc, int64_t MR, float* dst) {
  for (int64_t k = 0; k < kc; ++k) {
    for (int64_t r = 0; r < mr; ++r) dst[k * MR + r] = a.at(i0 + r, k0 + k);
    for (int64_t r = mr; r < MR; ++r) dst[k * MR + r] = 0.f;
  }
}

#ifdef TFTS_X86
// The same for a full 12-row sliver of an untransposed A, 16 columns at a time: 12 row pieces
// are transposed in registers and each column stored as 12 floats. The scalar loop above reads
// 12 rows an element at a time and cost ~10% of a 512x512 product.
// GCC 12 warns about the _mm512_undefined_ps inside its own unpack intrinsics; nothing here reads
// an uninitialised value.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
__attribute__((target("avx512f"))) void packSliverA12(const View& a, int64_t i0, int64_t k0, int64_t kc, float* dst) {
  const float* src = a.p + i0 * a.ld + k0;
  int64_t k = 0;
  for (; k + 16 <= kc; k += 16) {
    __m512 r[16];
    for (int i = 0; i < 12; ++i) r[i] = _mm512_loadu_ps(src + i * a.ld + k);
    for (int i = 12; i < 16; ++i) r[i] = _mm512_setzero_ps();
    // 32-bit then 64-bit interleaves: in 128-bit lane L, u[4q + j] holds column 4L + j of rows
    // 4q .. 4q+3.
    __m512 t[16], u[16];
    for (int i = 0; i < 16; i += 2) {
      t[i] = _mm512_unpacklo_ps(r[i], r[i + 1]);
      t[i + 1] = _mm512_unpackhi_ps(r[i], r[i + 1]);
    }
    for (int q = 0; q < 4; ++q) {
      const __m512d t0 = _mm512_castps_pd(t[4 * q]), t1 = _mm512_castps_pd(t[4 * q + 1]);
      const __m512d t2 = _mm512_castps_pd(t[4 * q + 2]), t3 = _mm512_castps_pd(t[4 * q + 3]);
      u[4 * q + 0] = _mm512_castpd_ps(_mm512_unpacklo_pd(t0, t2));
      u[4 * q + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(t0, t2));
      u[4 * q + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(t1, t3));
      u[4 * q + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(t1, t3));
    }
    // Gather lane L of u[j], u[4 + j], u[8 + j], u[12 + j]: column 4L + j of all 16 rows.
    for (int j = 0; j < 4; ++j) {
      const __m512 even01 = _mm512_shuffle_f32x4(u[j], u[4 + j], 0x88), even23 = _mm512_shuffle_f32x4(u[8 + j], u[12 + j], 0x88);
      const __m512 odd01 = _mm512_shuffle_f32x4(u[j], u[4 + j], 0xDD), odd23 = _mm512_shuffle_f32x4(u[8 + j], u[12 + j], 0xDD);
      const __m512 col[4] = {_mm512_shuffle_f32x4(even01, even23, 0x88), _mm512_shuffle_f32x4(odd01, odd23, 0x88),
                             _mm512_shuffle_f32x4(even01, even23, 0xDD), _mm512_shuffle_f32x4(odd01, odd23, 0xDD)};
      for (int L = 0; L < 4; ++L) _mm512_mask_storeu_ps(dst + (k + 4 * L + j) * 12, 0x0FFF, col[L]);
    }
  }
  for (; k < kc; ++k)
    for (int64_t r = 0; r < 12; ++r) dst[k * 12 + r] = src[r * a.ld + k];
}
#pragma GCC diagnostic pop

// A full 6-row sliver of an untransposed A (the AVX2 kernel's), 4 columns at a time: rows 0-3
// are transposed as a 4x4 block, rows 4-5 interleaved in pairs, and each column stored as 6
// floats. With the scalar loop, packing cost ~5% of a single-threaded 2048^3 product.
__attribute__((target("avx2,fma"))) void packSliverA6(const View& a, int64_t i0, int64_t k0, int64_t kc, float* dst) {
  const float* src = a.p + i0 * a.ld + k0;
  const int64_t ld = a.ld;
  int64_t k = 0;
  for (; k + 4 <= kc; k += 4) {
    __m128 r0 = _mm_loadu_ps(src + k), r1 = _mm_loadu_ps(src + ld + k);
    __m128 r2 = _mm_loadu_ps(src + 2 * ld + k), r3 = _mm_loadu_ps(src + 3 * ld + k);
    const __m128 r4 = _mm_loadu_ps(src + 4 * ld + k), r5 = _mm_loadu_ps(src + 5 * ld + k);
    _MM_TRANSPOSE4_PS(r0, r1, r2, r3);  // r_j: column k + j of rows 0-3
    const __m128 lo = _mm_unpacklo_ps(r4, r5), hi = _mm_unpackhi_ps(r4, r5);  // rows 4-5 of columns k..k+1, k+2..k+3
    float* d = dst + k * 6;
    _mm_storeu_ps(d, r0);
    _mm_storel_pi(reinterpret_cast<__m64*>(d + 4), lo);
    _mm_storeu_ps(d + 6, r1);
    _mm_storeh_pi(reinterpret_cast<__m64*>(d + 10), lo);
    _mm_storeu_ps(d + 12, r2);
    _mm_storel_pi(reinterpret_cast<__m64*>(d + 16), hi);
    _mm_storeu_ps(d + 18, r3);
    _mm_storeh_pi(reinterpret_cast<__m64*>(d + 22), hi);
  }
  for (; k < kc; ++k)
    for (int64_t r = 0; r < 6; ++r) dst[k * 6 + r] = src[r * ld + k];
}
#endif

// Packs rows [k0, k0+kc) x cols [j0, j0+nc) of op(B) into NR-column slivers, zero padded.
// An untransposed B's whole slivers are copied 8 source rows at a time, the band's row pieces
// going sliver by sliver. Measured on the Zen 3 for a 256 x 2048 panel: sliver by sliver over all
// kc rows (each row touched once per sliver, a cache miss per 64 bytes that the prefetchers do not
// follow) took 450 us from cold memory; a row at a time (its pieces spread over every sliver, 16
// KB-apart stores that conflict in L1) 180 us cold and 180 us hot; bands of 8 rows 160 and 110.
void packB(const View& b, int64_t k0, int64_t kc, int64_t j0, int64_t nc, int64_t NR, float* dst) {
  const int64_t whole = b.t ? 0 : nc / NR;
  constexpr int64_t band = 8;
  for (int64_t k = 0; k < kc && whole > 0; k += band) {
    const int64_t rows = std::min(band, kc - k);
    const float* src = b.p + (k0 + k) * b.ld + j0;
    for (int64_t s = 0; s < whole; ++s) {
      float* d = dst + s * kc * NR + k * NR;
      // Constant sizes let the compiler inline the copies (a memmove call per 64-128 bytes
      // showed in profiles of small products).
      for (int64_t r = 0; r < rows; ++r) {
        if (NR == 32) std::memcpy(d + r * NR, src + r * b.ld + s * NR, 32 * sizeof(float));
        else if (NR == 16) std::memcpy(d + r * NR, src + r * b.ld + s * NR, 16 * sizeof(float));
        else std::copy(src + r * b.ld + s * NR, src + r * b.ld + (s + 1) * NR, d + r * NR);
      }
    }
  }
  dst += whole * kc * NR;
  for (int64_t s = whole * NR; s < nc; s += NR, dst += kc * NR) {
    const int64_t cols = std::min(NR, nc - s);
    for (int64_t k = 0; k < kc; ++k) {
      for (int64_t c = 0; c < cols; ++c) dst[k * NR + c] = b.at(k0 + k, j0 + s + c);
      for (int64_t c = cols; c < NR; ++c) dst[k * NR + c] = 0.f;
    }
  }
}

// Every micro-kernel does C[MR x NR] (+)= Ap * Bp over kc, with C's rows ldc floats apart; the
// first k block stores without reading C (`add` false), so cold output lines are never loaded.
// portable: GCC vectorises the j loops.
void microPortable(const float* Ap, const float* Bp, int64_t kc, float* C, int64_t ldc, bool add) {
  constexpr int64_t MR = 6, NR = 16;
  float acc[MR][NR] = {};
  for (int64_t k = 0; k < kc; ++k) {
    const float* b = Bp + k * NR;
    for (int64_t r = 0; r < MR; ++r) {
      const float av = Ap[k * MR + r];
      for (int64_t j = 0; j < NR; ++j) acc[r][j] += av * b[j];
    }
  }
  for (int64_t r = 0; r < MR; ++r)
    for (int64_t j = 0; j < NR; ++j) C[r * ldc + j] = add ? C[r * ldc + j] + acc[r][j] : acc[r][j];
}

#ifdef TFTS_X86
// The first R rows of the 6 x 16 tile (R = 6: the whole tile; R < 6: the bottom edge of a block,
// whose packed sliver is zero padded to 6 rows, stored straight into C instead of through the
// scratch tile: a 256-row product's 4 leftover rows cost ~1% as a 6-row tile through scratch).
// Every output is the same single FMA chain over k whatever R.
// (Named accumulators, each row behind `if constexpr`: with arrays GCC kept them on the stack.)
template <int R>
__attribute__((target("avx2,fma"))) void microAvx2Rows(const float* Ap, const float* Bp, int64_t kc, float* C, int64_t ldc,
                                                      bool add) {
  constexpr int64_t MR = 6, NR = 16;
  __m256 c00 = _mm256_setzero_ps(), c01 = _mm256_setzero_ps(), c10 = _mm256_setzero_ps(), c11 = _mm256_setzero_ps();
  __m256 c20 = _mm256_setzero_ps(), c21 = _mm256_setzero_ps(), c30 = _mm256_setzero_ps(), c31 = _mm256_setzero_ps();
  __m256 c40 = _mm256_setzero_ps(), c41 = _mm256_setzero_ps(), c50 = _mm256_setzero_ps(), c51 = _mm256_setzero_ps();
  for (int64_t k = 0; k < kc; ++k) {
    const __m256 b0 = _mm256_loadu_ps(Bp + k * NR), b1 = _mm256_loadu_ps(Bp + k * NR + 8);
    const float* a = Ap + k * MR;
    // Row r of the tile, when the kernel has it.
#define TFTS_AVX2_ROW(r, lo, hi)                                      \
  if constexpr (R > r) {                                              \
    const __m256 av = _mm256_broadcast_ss(a + r);                     \
    lo = _mm256_fmadd_ps(av, b0, lo);                                 \
    hi = _mm256_fmadd_ps(av, b1, hi);                                 \
  }
    TFTS_AVX2_ROW(0, c00, c01)
    TFTS_AVX2_ROW(1, c10, c11)
    TFTS_AVX2_ROW(2, c20, c21)
    TFTS_AVX2_ROW(3, c30, c31)
    TFTS_AVX2_ROW(4, c40, c41)
    TFTS_AVX2_ROW(5, c50, c51)
#undef TFTS_AVX2_ROW
  }
  const __m256 acc[MR][2] = {{c00, c01}, {c10, c11}, {c20, c21}, {c30, c31}, {c40, c41}, {c50, c51}};
  for (int64_t r = 0; r < R; ++r) {
    float* c = C + r * ldc;
    _mm256_storeu_ps(c, add ? _mm256_add_ps(_mm256_loadu_ps(c), acc[r][0]) : acc[r][0]);
    _mm256_storeu_ps(c + 8, add ? _mm256_add_ps(_mm256_loadu_ps(c + 8), acc[r][1]) : acc[r][1]);
  }
}

// The C tile's lines are prefetched first: on the second and later k blocks they are read at the
// end, and output tensors are usually cold memory (fresh allocations, freed only by GC).
__attribute__((target("avx512f"))) void microAvx512(const float* Ap, const float* Bp, int64_t kc, float* C, int64_t ldc, bool add) {
  constexpr int64_t MR = 12, NR = 32;
  for (int64_t r = 0; r < MR; ++r) {
    _mm_prefetch(reinterpret_cast<const char*>(C + r * ldc), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char*>(C + r * ldc + 16), _MM_HINT_T0);
  }
  __m512 c[MR][2];
  for (int64_t r = 0; r < MR; ++r) c[r][0] = c[r][1] = _mm512_setzero_ps();
  for (int64_t k = 0; k < kc; ++k) {
    const __m512 b0 = _mm512_loadu_ps(Bp + k * NR), b1 = _mm512_loadu_ps(Bp + k * NR + 16);
    const float* a = Ap + k * MR;
    for (int64_t r = 0; r < MR; ++r) {  // fully unrolled by the compiler: MR is a constant
      const __m512 av = _mm512_set1_ps(a[r]);
      c[r][0] = _mm512_fmadd_ps(av, b0, c[r][0]);
      c[r][1] = _mm512_fmadd_ps(av, b1, c[r][1]);
    }
  }
  for (int64_t r = 0; r < MR; ++r) {
    float* row = C + r * ldc;
    _mm512_storeu_ps(row, add ? _mm512_add_ps(_mm512_loadu_ps(row), c[r][0]) : c[r][0]);
    _mm512_storeu_ps(row + 16, add ? _mm512_add_ps(_mm512_loadu_ps(row + 16), c[r][1]) : c[r][1]);
  }
}
#endif

constexpr double kParallelFlops = 1.6e7;
// Wide products below this many flops split their columns statically (gemmParallelColumns), larger
// ones run Schedule's units: equal at ~768^3 on the Zen 3, the units ahead beyond on a busy host.
constexpr double kColumnSplitFlops = 1e9;
constexpr int64_t kColumnSplitSlivers = 4;  // per thread, at least

struct Micro {
  void (*fn)(const float*, const float*, int64_t, float*, int64_t, bool);
  int64_t mr;  // tile height (rows of a packed A sliver)
  int64_t nr;  // tile width (columns of a packed B sliver)
  bool avx512;
  // Cache blocking: a KC x NR sliver of B stays in L1 while an MC x KC block of A (MC a multiple
  // of MR) stays in L2, and a KC x NC panel of B in L3.
  int64_t kc, mc, nc;
  // K split into equal blocks of at most KC (else KC-sized blocks and a remainder). Each block's
  // partial sum is added to C, so the split decides the rounding: with blocks of at most 256 split
  // evenly (what TF does on an AVX2 machine, measured on a Zen 3, where TF runs Eigen's kernels)
  // products such as 300^3 and 1024^3 match TF bit for bit; with KC = 1024 almost every element
  // differed in its last bits.
  bool evenKSplit;
  // Kernels for the first r rows of a tile (index r < mr; null: the edge goes through scratch).
  using Fn = void (*)(const float*, const float*, int64_t, float*, int64_t, bool);
  Fn rows[MR_MAX] = {};
};

// TFTS_GEMM_KERNEL=avx2|portable picks a narrower kernel than the CPU allows, so tests on an
// AVX-512 machine can check the others (a wider one than the CPU supports is never taken).
Micro pickMicro() {
  const char* forced = std::getenv("TFTS_GEMM_KERNEL");
  const std::string want = forced ? forced : "";
#ifdef TFTS_X86
  __builtin_cpu_init();
  const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  if (__builtin_cpu_supports("avx512f") && want != "avx2" && want != "portable") return {microAvx512, 12, 32, true, 1024, 120, 2048, false};
  if (avx2 && want != "portable") {
    return {microAvx2Rows<6>, 6, 16, false, 256, 144, 2048, true,
            {nullptr, microAvx2Rows<1>, microAvx2Rows<2>, microAvx2Rows<3>, microAvx2Rows<4>, microAvx2Rows<5>}};
  }
#endif
  return {microPortable, 6, 16, false, 1024, 120, 2048, false};
}

const Micro kMicro = pickMicro();
const int64_t KC = kMicro.kc, MC = kMicro.mc, NC = kMicro.nc;

// Packing buffers, kept between calls: allocating ~2 MB per call costs page faults that show in
// small products. Slot t holds thread t's packed A (slot 0 also the shared packed B); a caller
// that finds the pool busy (another JS worker) runs single-threaded on private buffers instead.
// (No thread_local: in a dlopen'd addon every access to it goes through glibc's slow TLS path.)
struct PackBuffers {
  std::vector<float> a, b;
};
constexpr int kSlots = 4;  // threads.h's most threads
PackBuffers pool[kSlots];
std::vector<float> sharedABuffer;  // SharedPackedA's, also guarded by poolLock
std::mutex poolLock;

// Makes a packing buffer hold at least n floats. Never shrinks it: std::vector::resize zeroes
// what it adds, so growing it back after a smaller product cleared up to a few MB on every call
// of a program whose products alternate shapes (a training step's forward and gradient products).
void growTo(std::vector<float>& v, int64_t n) {
  if (v.size() < static_cast<size_t>(n)) v.resize(static_cast<size_t>(n));
}

// Packs rows [i0, i0+mc) x cols [k0, k0+kc) of op(A) into MR-row slivers.
void packA(const View& a, int64_t i0, int64_t mc, int64_t k0, int64_t kc, float* dst) {
  const int64_t MR = kMicro.mr;
  for (int64_t s = 0; s < mc; s += MR, dst += kc * MR) {
    const int64_t rows = std::min(MR, mc - s);
#ifdef TFTS_X86
    if (kMicro.avx512 && !a.t && rows == 12) {
      packSliverA12(a, i0 + s, k0, kc, dst);
      continue;
    }
    if (kMicro.fn == microAvx2Rows<6> && !a.t && rows == 6) {
      packSliverA6(a, i0 + s, k0, kc, dst);
      continue;
    }
#endif
    packSliverA(a, i0 + s, rows, k0, kc, MR, dst);
  }
}

// Where in C a macro-kernel's block sits, and which outputs are summed in pairs (null: none).
struct TileOrigin {
  int64_t row0, col0;
  const GemmPairKinds* pairs;
};

// The first of a tile's columns [col0, col0 + nr) that row `row` sums in pairs (nr: none).
int64_t firstPairColumn(const GemmPairKinds& pk, int64_t row, int64_t col0, int64_t nr) {
  if (pk.rowKind[row] != 0) return 0;
  return std::clamp<int64_t>(pk.fusedPairColumnsFrom - col0, 0, nr);
}

// C[0:mc, 0:nc] (+)= packed A (mc rows) * packed B (nc columns) over a span of kc packed k that
// holds `blocks` k blocks (lengths len[0..blocks)): each tile runs the span's blocks one after
// another, each block's sum added to C in order, so the tile stays in L1 between them. `add`
// false when the span starts the product (its first block stores without reading C). Tiles with
// outputs summed in pairs (at.pairs) go through the scratch tile, whose pair-summed rows are
// replaced before it is added to C.
void macroKernel(const float* ap, const float* bp, int64_t kc, const int64_t* len, int64_t blocks, int64_t mc, int64_t nc,
                 float* C, int64_t ldc, bool add, const TileOrigin& at) {
  const int64_t MR = kMicro.mr, NR = kMicro.nr;
  alignas(64) float tile[MR_MAX * NR_MAX];
  alignas(64) float paired[NR_MAX];
  int64_t pairFrom[MR_MAX];
  // Which row tiles hold pair-summed rows (bit ir / MR), found once: checked per tile, the rows'
  // kinds cost ~2% of a 512^3 product. (mc <= MC, at most 24 tiles.)
  uint64_t pairRowTiles = 0;
  for (int64_t ir = 0; at.pairs != nullptr && ir < mc; ir += MR)
    for (int64_t r = ir; r < std::min(mc, ir + MR); ++r)
      if (at.pairs->rowKind[at.row0 + r] != 0) pairRowTiles |= uint64_t(1) << (ir / MR);
  for (int64_t jr = 0; jr < nc; jr += NR) {
    const int64_t nr = std::min(NR, nc - jr);
    const bool pairColumns = at.pairs != nullptr && at.col0 + jr + nr > at.pairs->fusedPairColumnsFrom;
    for (int64_t ir = 0; ir < mc; ir += MR) {
      const int64_t mr = std::min(MR, mc - ir);
      float* c = C + ir * ldc + jr;
      const float* a = ap + ir * kc;
      const float* b = bp + jr * kc;
      bool anyPairs = false, allPairs = false;  // all: no sequential sums needed
      if (pairColumns || (pairRowTiles >> (ir / MR) & 1) != 0) {
        allPairs = true;
        for (int64_t r = 0; r < mr; ++r) {
          pairFrom[r] = firstPairColumn(*at.pairs, at.row0 + ir + r, at.col0 + jr, nr);
          anyPairs |= pairFrom[r] < nr;
          allPairs &= pairFrom[r] == 0;
        }
      }
      if (nr == NR && !anyPairs && (mr == MR || kMicro.rows[mr] != nullptr)) {
        const Micro::Fn fn = mr == MR ? kMicro.fn : kMicro.rows[mr];
        // The next tile's C rows, a tile's time ahead: they are read (or first written) at its
        // end, and a C block of ~140 rows by 1000 columns has left L2 since the last k block.
        const float* next = ir + MR < mc ? c + MR * ldc : C + jr + NR;
        for (int64_t r = 0; r < MR; ++r) __builtin_prefetch(next + r * ldc, 1);
        for (int64_t q = 0, off = 0; q < blocks; off += len[q++]) fn(a + off * MR, b + off * NR, len[q], c, ldc, add || q > 0);
      } else {  // edge or paired tile: compute in a scratch tile, add the part inside C
        for (int64_t q = 0, off = 0; q < blocks; off += len[q++]) {
          if (!allPairs) kMicro.fn(a + off * MR, b + off * NR, len[q], tile, NR, false);
          for (int64_t r = 0; anyPairs && r < mr; ++r) {
            if (pairFrom[r] == nr) continue;
            const bool fused = at.pairs->rowKind[at.row0 + ir + r] != 2;
            pairSumsPacked(a + off * MR, MR, r, b + off * NR, NR, len[q], fused, paired);
            std::copy(paired + pairFrom[r], paired + nr, tile + r * NR + pairFrom[r]);
          }
          const bool sum = add || q > 0;
          for (int64_t r = 0; r < mr; ++r)
            for (int64_t j = 0; j < nr; ++j) c[r * ldc + j] = sum ? c[r * ldc + j] + tile[r * NR + j] : tile[r * NR + j];
        }
      }
    }
  }
}

// Consecutive k blocks are packed and run together up to this many k (a span), so that each C
// tile takes all of them while in L1: TF's Eigen-mode split of 2048 is 14 blocks of ~148, whose
// 14 passes over C cost ~10% against 7. Blocks of 256 stay apart (a 512-deep B sliver fills L1).
constexpr int64_t kSpanMax = 320;

// The k blocks of a product: block i covers [start[i], start[i+1]), and its partial sums are added
// to C in order, so the split decides the rounding. Spans group consecutive blocks (kSpanMax).
struct KSplit {
  std::vector<int64_t> start;
  std::vector<int64_t> len;        // block lengths
  std::vector<int64_t> spanFirst;  // span s holds blocks [spanFirst[s], spanFirst[s + 1])
  int64_t blocks() const { return static_cast<int64_t>(len.size()); }
  int64_t spans() const { return static_cast<int64_t>(spanFirst.size()) - 1; }
  int64_t spanStart(int64_t s) const { return start[spanFirst[s]]; }
  int64_t spanDepth(int64_t s) const { return start[spanFirst[s + 1]] - start[spanFirst[s]]; }
  int64_t spanBlocks(int64_t s) const { return spanFirst[s + 1] - spanFirst[s]; }
  const int64_t* spanLengths(int64_t s) const { return len.data() + spanFirst[s]; }
  int64_t deepest() const {
    int64_t most = 0;
    for (int64_t s = 0; s < spans(); ++s) most = std::max(most, spanDepth(s));
    return most;
  }
  static KSplit fromLengths(const std::vector<int64_t>& lengths) {
    KSplit ks;
    ks.start.push_back(0);
    for (int64_t l : lengths) ks.start.push_back(ks.start.back() + l), ks.len.push_back(l);
    for (int64_t b = 0; b < ks.blocks();) {
      ks.spanFirst.push_back(b);
      int64_t depth = ks.len[b++];
      while (b < ks.blocks() && depth + ks.len[b] <= kSpanMax) depth += ks.len[b++];
    }
    ks.spanFirst.push_back(ks.blocks());
    return ks;
  }
};

// Our own split of K: blocks of KC, or (Micro::evenKSplit) equal blocks of at most KC.
KSplit defaultSplit(int64_t K) {
  int64_t kb = KC;
  if (kMicro.evenKSplit && K > KC) {
    const int64_t blocks = (K + KC - 1) / KC;
    kb = (K + blocks - 1) / blocks;
  }
  std::vector<int64_t> lengths;
  for (int64_t pc = 0; pc < K; pc += kb) lengths.push_back(std::min(kb, K - pc));
  return KSplit::fromLengths(lengths);
}

// Row block height for `rows` rows: at most MC, a multiple of MR, and blocks of about equal size
// (258 rows as 90+90+78, not 120+120+18: a thin last block reloads every B sliver for few tiles).
int64_t balancedRows(int64_t rows) {
  const int64_t MR = kMicro.mr;
  if (rows <= 0) return MC;
  const int64_t blocks = (rows + MC - 1) / MC;
  return std::min(MC, ((rows + blocks - 1) / blocks + MR - 1) / MR * MR);
}

// Waits (spinning: what it waits for takes tens of microseconds at least) until `v` reaches
// `target`.
void waitFor(const std::atomic<int64_t>& v, int64_t target) {
  for (int spins = 0; v.load(std::memory_order_acquire) < target; ++spins) {
#ifdef TFTS_X86
    if (spins < 4096) {
      _mm_pause();
      continue;
    }
#endif
    std::this_thread::yield();
  }
}

// Packed A shared by gemmParallelColumns's threads: each k span has its own region of one buffer
// (all M rows as MR-row slivers), which the threads fill by claiming groups of slivers, then each
// multiplies its columns by all of it. At 512^3 packing all of A in every thread took 3.4% of
// the product. No region is reused within a product, so a thread only ever waits for groups that
// another thread has claimed and is packing: run one after the other (the pool busy), the chunks
// still finish.
class SharedPackedA {
 public:
  static constexpr int64_t kMostFloats = int64_t(1) << 20;  // else each thread packs its own
  static bool fits(int64_t M, int64_t K) { return paddedRows(M) * K <= kMostFloats; }

  SharedPackedA(const View& a, int64_t M, const KSplit& ks, float* buffer)
      : a_(a), M_(M), ks_(ks), buffer_(buffer), groups_((M + kGroupRows - 1) / kGroupRows),
        claimed_(std::make_unique<std::atomic<int64_t>[]>(ks.spans())),
        packed_(std::make_unique<std::atomic<int64_t>[]>(ks.spans())) {
    for (int64_t s = 0; s < ks.spans(); ++s) claimed_[s].store(0), packed_[s].store(0);
  }
  static int64_t paddedRows(int64_t M) { return (M + kMicro.mr - 1) / kMicro.mr * kMicro.mr; }

  // Span s's packed A, once every group is packed (packing the unclaimed ones meanwhile).
  const float* span(int64_t s) {
    const int64_t pc = ks_.spanStart(s), kc = ks_.spanDepth(s);
    float* const base = buffer_ + paddedRows(M_) * pc;
    for (int64_t g = claimed_[s].fetch_add(1); g < groups_; g = claimed_[s].fetch_add(1)) {
      const int64_t r0 = g * kGroupRows;
      packA(a_, r0, std::min(kGroupRows, M_ - r0), pc, kc, base + r0 * kc);
      packed_[s].fetch_add(1, std::memory_order_release);
    }
    waitFor(packed_[s], groups_);
    return base;
  }

 private:
  static constexpr int64_t kGroupRows = 24;  // a multiple of every kernel's MR (6, 12)
  const View& a_;
  const int64_t M_;
  const KSplit& ks_;
  float* const buffer_;
  const int64_t groups_;
  std::unique_ptr<std::atomic<int64_t>[]> claimed_, packed_;
};

// Columns [j0, j1) of C = op(A) * op(B) (C's rows N floats apart), single thread, with the given
// packing buffers (and A packed together with other threads when `sharedA` is given).
void gemmColumns(const View& a, const View& b, float* C, int64_t M, int64_t N, const KSplit& ks, const GemmPairKinds* pairs,
                 int64_t j0, int64_t j1, PackBuffers& buf, SharedPackedA* sharedA = nullptr) {
  const int64_t kMost = std::max(KC, ks.deepest());
  growTo(buf.b, kMost * (NC + NR_MAX));
  growTo(buf.a, (MC + MR_MAX) * kMost);
  const int64_t NR = kMicro.nr;
  float* const bp = buf.b.data();
  float* const ap = buf.a.data();
  for (int64_t jc = j0; jc < j1; jc += NC) {
    const int64_t nc = std::min(NC, j1 - jc);
    for (int64_t span = 0; span < ks.spans(); ++span) {
      const int64_t pc = ks.spanStart(span), kc = ks.spanDepth(span);
      const float* const shared = sharedA != nullptr ? sharedA->span(span) : nullptr;
      packB(b, pc, kc, jc, nc, NR, bp);
      const int64_t step = balancedRows(M);
      for (int64_t ic = 0; ic < M; ic += step) {
        const int64_t mc = std::min(step, M - ic);
        if (shared == nullptr) packA(a, ic, mc, pc, kc, ap);
        macroKernel(shared != nullptr ? shared + ic * kc : ap, bp, kc, ks.spanLengths(span), ks.spanBlocks(span), mc, nc,
                    C + ic * N + jc, N, pc > 0, TileOrigin{ic, jc, pairs});
      }
    }
  }
}

// Small wide products (under kColumnSplitFlops): every thread computes its own NR-aligned share
// of C's columns start to finish, packing its B slivers itself and A together with the others
// (SharedPackedA; where A is large, each thread packs all of it). Here that beats Schedule's units
// (256^3: 0.185 against 0.207 ms on the Zen 3): each core's packed B stays in its own L2 and a
// thread waits for another only while that one packs a group of A's rows.
// Results are those of gemmColumns over all columns, whatever the shares: each C element sees the
// same micro-kernel calls.
//
// The shares (in slivers) follow each thread's measured speed: on a VM one core is often slower
// than the other for minutes (another guest's load), and the helper starts a little after the
// caller; with equal shares the product waits for the slower one. Each call measures how long
// every share took from the moment the job was posted, and the next call sizes the shares by the
// smoothed speeds (chunk t is usually the same thread: the caller takes chunk 0 at once, the
// helper what is left).
double shareSpeed[kSlots] = {1, 1, 1, 1};  // relative speed per chunk, guarded by poolLock

void gemmParallelColumns(const View& a, const View& b, float* C, int64_t M, int64_t N, const KSplit& ks,
                         const GemmPairKinds* pairs, int64_t threads) {
  const int64_t NR = kMicro.nr;
  const int64_t slivers = (N + NR - 1) / NR;
  std::unique_ptr<SharedPackedA> sharedA;
  if (SharedPackedA::fits(M, ks.start.back())) {
    growTo(sharedABuffer, SharedPackedA::paddedRows(M) * ks.start.back());
    sharedA = std::make_unique<SharedPackedA>(a, M, ks, sharedABuffer.data());
  }
  // With A shared, the last quarter of the slivers is claimed one at a time by whichever thread is
  // free (a sliver's own B is quick to pack): fixed shares left one thread idle for ~8% of a
  // 256^3 product and ~6% of a 512^3 one, waiting for the other.
  const int64_t claimed = sharedA != nullptr ? std::min(slivers, std::max(threads, slivers / 4)) : 0;
  const int64_t fixed = slivers - claimed;
  double total = 0;
  for (int64_t t = 0; t < threads; ++t) total += shareSpeed[t];
  int64_t first[kSlots + 1];  // chunk t computes slivers [first[t], first[t+1]) of the fixed ones
  double acc = 0;
  for (int64_t t = 0; t < threads; ++t) {
    first[t] = std::llround(fixed * acc / total);
    acc += shareSpeed[t];
  }
  first[threads] = fixed;
  std::atomic<int64_t> nextClaimed{0};
  using Clock = std::chrono::steady_clock;
  const Clock::time_point posted = Clock::now();
  double seconds[kSlots] = {};
  int64_t done[kSlots] = {};
  parallelFor(threads, [&](int64_t t) {
    const int64_t j0 = std::min(N, first[t] * NR), j1 = std::min(N, first[t + 1] * NR);
    if (j0 < j1) gemmColumns(a, b, C, M, N, ks, pairs, j0, j1, pool[t], sharedA.get());
    done[t] = first[t + 1] - first[t];
    for (int64_t s = nextClaimed.fetch_add(1); s < claimed; s = nextClaimed.fetch_add(1), ++done[t]) {
      const int64_t c0 = (fixed + s) * NR;
      gemmColumns(a, b, C, M, N, ks, pairs, c0, std::min(N, c0 + NR), pool[t], sharedA.get());
    }
    seconds[t] = std::chrono::duration<double>(Clock::now() - posted).count();
  });
  double speed[kSlots], sum = 0, longest = 0;
  for (int64_t t = 0; t < threads; ++t) {
    speed[t] = double(done[t]) / std::max(seconds[t], 1e-6);
    sum += speed[t];
    longest = std::max(longest, seconds[t]);
  }
  // Smoothed, and kept within 1/3 .. 3x of the others so one disturbed call cannot starve a chunk.
  // Calls under 2 ms move the shares less: their timings are mostly wake-up and timer noise.
  const double weight = 0.5 * std::min(1.0, longest / 2e-3);
  for (int64_t t = 0; t < threads; ++t) {
    const double relative = std::clamp(speed[t] * threads / sum, 1.0 / 3, 3.0);
    shareSpeed[t] = (1 - weight) * shareSpeed[t] + weight * relative;
  }
}

// Larger products, and tall narrow ones. The work is gemmColumns's sequence of phases, one per
// (column panel jc, k span): pack B's kc x nc panel, then multiply it by every row block of A.
// Each phase is cut into units, packing units (groups of B slivers) then multiplying units (a row
// block by a group of columns, which packs its own rows of A), and every thread claims the next
// unit in that order until none is left. So nothing is packed twice, and a core slowed down for a
// while (on a VM, another guest's load) just takes fewer units: static column halves left one
// core idle for 9% of a 2048^2 product on average. Two B buffers let the next panel be
// packed while the last units of this one run; a unit waits only for what it reads or overwrites
// (see Schedule). Every C element sees the same micro-kernel calls as in gemmColumns, so results
// are bit-identical whatever thread runs which unit.
class Schedule {
 public:
  Schedule(int64_t M, int64_t N, const KSplit& ks, const GemmPairKinds* pairs, int64_t threads)
      : M_(M), N_(N), ks_(ks), pairs_(pairs) {
    const int64_t NR = kMicro.nr;
    // At least ~4 multiplying units per thread and phase, so that the last one is a short tail:
    // row blocks down to 4 tiles high (each sweeps the packed B panel once, from L2 in a small
    // product), then, for short wide products, crossed with column groups (each repacks its rows
    // of A: at 256^3 groups of 64 columns took ~10% longer than smaller row blocks).
    const int64_t units = 4 * threads, MR = kMicro.mr;
    const int64_t wantRows = ((M + units - 1) / units + MR - 1) / MR * MR;
    rowStep_ = std::min(balancedRows(M), std::max(wantRows, 4 * MR));
    rowBlocks_ = (M + rowStep_ - 1) / rowStep_;
    const int64_t panelSlivers = (std::min(NC, N) + NR - 1) / NR;
    colGroups_ = std::clamp<int64_t>((units + rowBlocks_ - 1) / rowBlocks_, 1, panelSlivers);
    packGroups_ = std::clamp<int64_t>(2 * threads, 1, panelSlivers);
    phases_ = ks.spans() * ((N + NC - 1) / NC);
    cells_ = rowBlocks_ * colGroups_;
    packed_ = std::make_unique<std::atomic<int64_t>[]>(phases_);
    multiplied_ = std::make_unique<std::atomic<int64_t>[]>(phases_);
    cellPhase_ = std::make_unique<std::atomic<int64_t>[]>(cells_);
    for (int64_t p = 0; p < phases_; ++p) packed_[p].store(0), multiplied_[p].store(0);
    for (int64_t c = 0; c < cells_; ++c) cellPhase_[c].store(-1);
  }

  // Claims and runs units until none is left; `slot` names the caller's A packing buffer.
  void work(const View& a, const View& b, float* C, int64_t slot) {
    const int64_t perPhase = packGroups_ + cells_, regular = (phases_ - 1) * perPhase;
    const int64_t total = regular + packGroups_ + cells_ * kLastSplit;
    for (int64_t u = next_.fetch_add(1); u < total; u = next_.fetch_add(1)) {
      const bool last = u >= regular;
      const int64_t p = last ? phases_ - 1 : u / perPhase, i = last ? u - regular : u % perPhase;
      const int64_t span = p % ks_.spans(), jc = (p / ks_.spans()) * NC;
      const int64_t pc = ks_.spanStart(span), kc = ks_.spanDepth(span), nc = std::min(NC, N_ - jc);
      float* const bp = pool[p % 2].b.data();  // the two B buffers: pool slots 0 and 1
      if (i < packGroups_) {
        if (p >= 2) waitFor(multiplied_[p - 2], cells_);  // the buffer's last readers
        const auto [s0, s1] = share(i, packGroups_, slivers(nc));
        if (s0 < s1) packB(b, pc, kc, jc + s0 * kMicro.nr, std::min(nc, s1 * kMicro.nr) - s0 * kMicro.nr, kMicro.nr, bp + s0 * kMicro.nr * kc);
        packed_[p].fetch_add(1, std::memory_order_release);
        continue;
      }
      const int64_t cell = last ? (i - packGroups_) / kLastSplit : i - packGroups_, rowBlock = cell / colGroups_;
      waitFor(packed_[p], packGroups_);
      // These C tiles' previous k span; at a new panel (other tiles) the previous panel's last
      // phase all the same, so that cellPhase_ only grows.
      if (p > 0) waitFor(cellPhase_[cell], p - 1);
      const auto [s0, s1] = share(cell % colGroups_, colGroups_, slivers(nc));
      int64_t ic = rowBlock * rowStep_, mc = std::min(rowStep_, M_ - ic);
      if (last) {  // this part's tiles of the row block
        const auto [t0, t1] = share((i - packGroups_) % kLastSplit, kLastSplit, (mc + kMicro.mr - 1) / kMicro.mr);
        mc = std::min(mc, t1 * kMicro.mr) - t0 * kMicro.mr;
        ic += t0 * kMicro.mr;
      }
      const int64_t j0 = s0 * kMicro.nr, j1 = std::min(nc, s1 * kMicro.nr);
      if (j0 < j1 && mc > 0) {
        float* const ap = pool[slot].a.data();
        packA(a, ic, mc, pc, kc, ap);
        macroKernel(ap, bp + j0 * kc, kc, ks_.spanLengths(span), ks_.spanBlocks(span), mc, j1 - j0, C + ic * N_ + jc + j0, N_,
                    pc > 0, TileOrigin{ic, jc + j0, pairs_});
      }
      cellPhase_[cell].store(p, std::memory_order_release);
      multiplied_[p].fetch_add(1, std::memory_order_release);
    }
  }

 private:
  // The last phase's cells are cut into this many row parts: whoever finishes first waits for
  // the other's last unit, ~half a unit on average. Instrumented, the thread that finished first
  // waited ~320 us per 12 ms 1024^3 product with whole cells, ~100-150 us with parts (2048^3:
  // ~870 against ~310 us of 100 ms). Each part sweeps the packed B panel once more.
  static constexpr int64_t kLastSplit = 4;
  static int64_t slivers(int64_t nc) { return (nc + kMicro.nr - 1) / kMicro.nr; }
  // Part `i` of `parts` near-equal parts of [0, n).
  static std::pair<int64_t, int64_t> share(int64_t i, int64_t parts, int64_t n) { return {n * i / parts, n * (i + 1) / parts}; }
  const int64_t M_, N_;
  const KSplit& ks_;
  const GemmPairKinds* pairs_;
  int64_t rowStep_, rowBlocks_, colGroups_, packGroups_, phases_, cells_;
  std::atomic<int64_t> next_{0};
  std::unique_ptr<std::atomic<int64_t>[]> packed_;      // packing units done, per phase
  std::unique_ptr<std::atomic<int64_t>[]> multiplied_;  // multiplying units done, per phase
  std::unique_ptr<std::atomic<int64_t>[]> cellPhase_;   // per cell: the last phase it finished
};

void gemmParallel(const View& a, const View& b, float* C, int64_t M, int64_t N, const KSplit& ks, const GemmPairKinds* pairs,
                  int64_t threads) {
  const int64_t kMost = std::max(KC, ks.deepest());
  for (int64_t slot = 0; slot < std::max<int64_t>(threads, 2); ++slot) {
    growTo(pool[slot].a, (MC + MR_MAX) * kMost);
    growTo(pool[slot].b, kMost * (NC + NR_MAX));
  }
  Schedule schedule(M, N, ks, pairs, threads);
  parallelFor(threads, [&](int64_t slot) { schedule.work(a, b, C, slot); });
}

}  // namespace

// Threads a product of this size runs on. Below kParallelFlops waking a helper costs more than
// the second core saves.
int64_t gemmThreads(int64_t M, int64_t N, int64_t K) {
  const double flops = 2.0 * double(M) * double(N) * double(K);
  return flops < kParallelFlops ? 1 : std::min<int64_t>(parallelThreads(), kSlots);
}

void gemmF32Announce(int64_t M, int64_t N, int64_t K) {
  if (M > 0 && N > 0 && K > 0 && gemmThreads(M, N, K) > 1) wakeHelpers();
}

namespace {
void gemmSplit(const View& a, const View& b, float* C, int64_t M, int64_t N, int64_t K, const KSplit& ks,
               const GemmPairKinds* pairs) {
  const int64_t threads = gemmThreads(M, N, K);
  std::unique_lock<std::mutex> lock(poolLock, std::try_to_lock);
  if (!lock.owns_lock()) {
    PackBuffers priv;
    gemmColumns(a, b, C, M, N, ks, pairs, 0, N, priv);
  } else if (threads <= 1) {
    gemmColumns(a, b, C, M, N, ks, pairs, 0, N, pool[0]);
  } else if (2.0 * double(M) * double(N) * double(K) < kColumnSplitFlops &&
             (N + kMicro.nr - 1) / kMicro.nr >= kColumnSplitSlivers * threads) {
    gemmParallelColumns(a, b, C, M, N, ks, pairs, threads);
  } else {
    gemmParallel(a, b, C, M, N, ks, pairs, threads);
  }
}
}  // namespace

void gemmF32(const float* A, const float* B, float* C, int64_t M, int64_t N, int64_t K, bool ta, bool tb) {
  if (M == 0 || N == 0 || K == 0) return;
  gemmSplit(View{A, ta ? M : K, ta}, View{B, tb ? K : N, tb}, C, M, N, K, defaultSplit(K), nullptr);
}

void gemmF32Blocks(const float* A, int64_t lda, bool ta, const float* B, int64_t ldb, bool tb, float* C, int64_t M,
                   int64_t N, const std::vector<int64_t>& kBlockLengths, const GemmPairKinds* pairs) {
  const KSplit ks = KSplit::fromLengths(kBlockLengths);
  const int64_t K = ks.start.back();
  if (M == 0 || N == 0 || K == 0) return;
  gemmSplit(View{A, lda, ta}, View{B, ldb, tb}, C, M, N, K, ks, pairs);
}

}  // namespace tfts
