// Launchers of reduce.cu.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>

#include "../../src/dtype.h"

namespace tfts::cuda {

enum class RedOp : int { Sum, Mean, Max, Min, Prod, Any, All };

// out[r] = op over x[r*len .. r*len+len) for r < rows (rows >= 1). temp(bytes)
// returns device scratch valid until the kernels have run (stream order).
void launchReduceRows(RedOp op, DType d, const void* x, int64_t rows, int64_t len, void* out,
                      const std::function<void*(size_t)>& temp);

// Index (int64) of the first max/min along the middle axis of [outer, len, inner].
void launchArgReduce(bool isMax, DType d, const void* x, int64_t outer, int64_t len, int64_t inner, int64_t* out);

}  // namespace tfts::cuda
