// Launchers of elementwise.cu (binary and unary ops; codes shared with the glue).
#pragma once
#include <cstdint>

#include "../../src/dtype.h"
#include "../core/strides.h"

namespace tfts::cuda {

enum class BinOp : int {
  Add, Sub, Mul, Div, FloorDiv, FloorMod, Pow, Maximum, Minimum, SquaredDifference, Atan2,
  Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, LogicalAnd, LogicalOr,
};
inline bool isComparison(BinOp op) { return op >= BinOp::Equal && op <= BinOp::GreaterEqual; }
inline bool isLogical(BinOp op) { return op == BinOp::LogicalAnd || op == BinOp::LogicalOr; }

enum class UnOp : int {
  Neg, Abs, Sign, Square, Relu,  // integer-capable ops first
  Exp, Log, Log1p, Expm1, Sqrt, Rsqrt, Reciprocal, Sin, Cos, Tan, Tanh, Sigmoid,
  Floor, Ceil, Round, Erf, Softplus, LogicalNot,
};

// Linear case: a index i*aStep, b index i*bStep (steps 0 or 1: scalar or
// same-shape operands; 1/1 uses 16-byte vector loads).
void launchBinaryLinear(BinOp op, DType d, const void* a, int aStep, const void* b, int bStep, void* out, int64_t n);
// General numpy broadcast: t has operands {out, a, b}.
void launchBinaryStrided(BinOp op, DType d, const void* a, const void* b, void* out, int64_t n, const StrideTable<3>& t);
// Sets *flag (device int, pre-zeroed) to 1 if some b[i] == 0 (or < 0 with negative).
void launchFindBadDivisor(DType d, const void* b, int64_t n, bool negative, int* flag);

void launchUnary(UnOp op, DType d, const void* a, void* out, int64_t n);

}  // namespace tfts::cuda
