// Host launcher of mathBinary (math_binary.cu); op codes in the order of the CPU kernel's op table.
#pragma once
#include <cuda_runtime_api.h>

#include <cstdint>

namespace tfts::cuda::launch {

enum class MathBinaryOp : int { TruncateDiv, TruncateMod, DivNoNan, MulNoNan, Xlogy, Xdivy };

// out[outShape] = op(a, b) with numpy broadcasting: aStrides/bStrides are element strides of the
// operands inside outShape (0 where broadcast), rank <= 32. For integer truncatediv/truncatemod a
// zero divisor sets *divByZero (a device int the caller zeroed) instead of trapping.
// Any dtype code but bool (cudaErrorInvalidValue otherwise; the glue rejects unsupported pairs).
cudaError_t mathBinary(MathBinaryOp op, int dtype, const void* a, const int64_t* aStrides, const void* b,
                       const int64_t* bStrides, const int64_t* outShape, int rank, void* out, int* divByZero,
                       cudaStream_t stream);

}  // namespace tfts::cuda::launch
