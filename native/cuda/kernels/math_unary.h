// Host launcher of mathUnary (math_unary.cu); op codes in the order of the CPU kernel's op table.
#pragma once
#include <cuda_runtime_api.h>

#include <cstdint>

namespace tfts::cuda::launch {

enum class MathUnaryOp : int { Asin, Acos, Atan, Sinh, Cosh, Asinh, Acosh, Atanh, Rint, Erfc, Lgamma, Digamma, IsNan, IsInf, IsFinite };

inline bool isPredicate(MathUnaryOp op) { return op >= MathUnaryOp::IsNan; }

// Float dtype codes only (cudaErrorInvalidValue otherwise); predicates write bytes 0/1.
cudaError_t mathUnary(MathUnaryOp op, int dtype, const void* a, int64_t n, void* out, cudaStream_t stream);

}  // namespace tfts::cuda::launch
