// Launchers of random.cu. All take the Philox key/counter the CPU kernels
// take and produce the same values (same blocks, same conversions).
#pragma once
#include <cstdint>

#include "../../src/dtype.h"
#include "../../src/random/philox.h"

namespace tfts::cuda {

enum class RandomDist : int { Uniform, Normal, TruncatedNormal };

// Float dtypes (float32/float64/float16/bfloat16).
void launchRandomFloat(RandomDist dist, DType d, int64_t count, const Philox4x32& gen, void* out);
// int32/int64 in [lo, hi): lo + bits % (hi - lo) in the unsigned type.
void launchRandomUniformInt(DType d, int64_t count, int64_t lo, int64_t hi, const Philox4x32& gen, void* out);

}  // namespace tfts::cuda
