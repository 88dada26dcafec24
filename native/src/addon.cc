// Module registration only; kernels live in kernels/*.cc.
#include <napi.h>

#include <type_traits>

#include "cuda_loader.h"
#include "kernels/kernels.h"
#include "kernels/math_denormals.h"
#include "kernels/numpy_kernels.h"
#include "kernels/softmax.h"
#include "napi_guard.h"
#include "pymath.h"
#include "storage.h"

namespace {

using Fn = tfts::NapiFn;

// Tensor kernels run in TF's flush-to-zero mode; libm serves Python's float math, which keeps
// subnormals.
template <Fn F>
void Export(Napi::Env env, Napi::Object exports, const char* name) {
  using Mode = std::conditional_t<F == tfts::Libm, tfts::CallerFpMode, tfts::ScopedFlushDenormals>;
  exports.Set(name, Napi::Function::New<tfts::Guarded<Mode, F>>(env, name));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  using namespace tfts;
  exports.Set("Storage", Storage::Init(env));
  Export<Alloc>(env, exports, "alloc");
  Export<FromBytes>(env, exports, "fromBytes");
  Export<ToBytes>(env, exports, "toBytes");
  Export<Copy>(env, exports, "copy");
  Export<BufferOf>(env, exports, "bufferOf");
  Export<Fill>(env, exports, "fill");
  Export<Cast>(env, exports, "cast");
  Export<Binary>(env, exports, "binary");
  Export<Unary>(env, exports, "unary");
  Export<Matmul>(env, exports, "matmul");
  Export<Reduce>(env, exports, "reduce");
  Export<ArgReduce>(env, exports, "argReduce");
  Export<Transpose>(env, exports, "transpose");
  Export<BroadcastTo>(env, exports, "broadcastTo");
  Export<Where>(env, exports, "where");
  Export<RandomUniform>(env, exports, "randomUniform");
  Export<RandomNormal>(env, exports, "randomNormal");
  Export<TruncatedNormal>(env, exports, "truncatedNormal");
  Export<RandomUniformInt>(env, exports, "randomUniformInt");
  Export<PhiloxBits>(env, exports, "philoxBits");
  Export<PhiloxSkip>(env, exports, "philoxSkip");
  Export<MathUnary>(env, exports, "mathUnary");
  Export<MathBinary>(env, exports, "mathBinary");
  Export<Cumulative>(env, exports, "cumulative");
  Export<TopK>(env, exports, "topK");
  Export<MatrixInverse>(env, exports, "matrixInverse");
  Export<MatrixDeterminant>(env, exports, "matrixDeterminant");
  Export<SelfAdjointEig>(env, exports, "selfAdjointEig");
  Export<GatherIndexed>(env, exports, "gatherIndexed");
  Export<ScatterAddIndexed>(env, exports, "scatterAddIndexed");
  Export<ScatterSetIndexed>(env, exports, "scatterSetIndexed");
  Export<ConcatFlat>(env, exports, "concatFlat");
  Export<Im2col>(env, exports, "im2col");
  Export<Col2im>(env, exports, "col2im");
  Export<Pool2d>(env, exports, "pool2d");
  Export<Pool2dGrad>(env, exports, "pool2dGrad");
  Export<Conv2dF32>(env, exports, "conv2dF32");
  Export<Conv2dBackpropInputF32>(env, exports, "conv2dBackpropInputF32");
  Export<Conv2dBackpropFilterF32>(env, exports, "conv2dBackpropFilterF32");
  Export<Softmax>(env, exports, "softmax");
  Export<Libm>(env, exports, "libm");
  numpy::RegisterNumpyKernels(env, exports);
  RegisterOpenblasOrder(env, exports);
  Export<LoadCuda>(env, exports, "loadCuda");
  return exports;
}

}  // namespace

NODE_API_MODULE(tfts_native, Init)
