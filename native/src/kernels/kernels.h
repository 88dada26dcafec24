// N-API entry points, one group per kernel family file.
#pragma once
#include <napi.h>

namespace tfts {
// memory.cc
Napi::Value Alloc(const Napi::CallbackInfo& info);
Napi::Value FromBytes(const Napi::CallbackInfo& info);
Napi::Value ToBytes(const Napi::CallbackInfo& info);
Napi::Value Copy(const Napi::CallbackInfo& info);
Napi::Value BufferOf(const Napi::CallbackInfo& info);
Napi::Value Fill(const Napi::CallbackInfo& info);
// cast.cc
Napi::Value Cast(const Napi::CallbackInfo& info);
// elementwise_binary.cc
Napi::Value Binary(const Napi::CallbackInfo& info);
// elementwise_unary.cc
Napi::Value Unary(const Napi::CallbackInfo& info);
// matmul.cc
Napi::Value Matmul(const Napi::CallbackInfo& info);
// reduce.cc
Napi::Value Reduce(const Napi::CallbackInfo& info);
Napi::Value ArgReduce(const Napi::CallbackInfo& info);
// transpose.cc
Napi::Value Transpose(const Napi::CallbackInfo& info);
Napi::Value BroadcastTo(const Napi::CallbackInfo& info);
Napi::Value Where(const Napi::CallbackInfo& info);
// random.cc
Napi::Value RandomUniform(const Napi::CallbackInfo& info);
Napi::Value RandomNormal(const Napi::CallbackInfo& info);
Napi::Value TruncatedNormal(const Napi::CallbackInfo& info);
Napi::Value RandomUniformInt(const Napi::CallbackInfo& info);
Napi::Value PhiloxBits(const Napi::CallbackInfo& info);
Napi::Value PhiloxSkip(const Napi::CallbackInfo& info);
// math_*.cc (tf.math beyond the basic elementwise/reduce families)
Napi::Value MathUnary(const Napi::CallbackInfo& info);
Napi::Value MathBinary(const Napi::CallbackInfo& info);
Napi::Value Cumulative(const Napi::CallbackInfo& info);
Napi::Value TopK(const Napi::CallbackInfo& info);
Napi::Value MatrixInverse(const Napi::CallbackInfo& info);
Napi::Value MatrixDeterminant(const Napi::CallbackInfo& info);
Napi::Value SelfAdjointEig(const Napi::CallbackInfo& info);
// gather.cc, conv.cc, pool.cc (shape/nn ops)
Napi::Value GatherIndexed(const Napi::CallbackInfo& info);
Napi::Value ScatterAddIndexed(const Napi::CallbackInfo& info);
Napi::Value ScatterSetIndexed(const Napi::CallbackInfo& info);
Napi::Value ConcatFlat(const Napi::CallbackInfo& info);
Napi::Value Im2col(const Napi::CallbackInfo& info);
Napi::Value Col2im(const Napi::CallbackInfo& info);
Napi::Value Pool2d(const Napi::CallbackInfo& info);
Napi::Value Pool2dGrad(const Napi::CallbackInfo& info);
Napi::Value Conv2dF32(const Napi::CallbackInfo& info);
Napi::Value Conv2dBackpropInputF32(const Napi::CallbackInfo& info);
Napi::Value Conv2dBackpropFilterF32(const Napi::CallbackInfo& info);
// openblas_order_napi.cc (numpy's BLAS products in OpenBLAS's order: npBlas)
void RegisterOpenblasOrder(Napi::Env env, Napi::Object exports);
}  // namespace tfts
