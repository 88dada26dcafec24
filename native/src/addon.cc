// Module registration only; kernels live in kernels/*.cc.
#include <napi.h>

#include <new>
#include <stdexcept>
#include <string>

#include "cuda_loader.h"
#include "kernels/kernels.h"
#include "kernels/math_denormals.h"
#include "kernels/numpy_kernels.h"
#include "pymath.h"
#include "storage.h"

namespace {

using Fn = Napi::Value (*)(const Napi::CallbackInfo&);

// Converts C++ exceptions that are not already JS errors (bad_alloc from a
// std::vector, etc.) into JS errors so nothing escapes into Node and aborts.
template <Fn F>
Napi::Value Guarded(const Napi::CallbackInfo& info) {
  try {
    // Tensor kernels run in TF's flush-to-zero mode; libm serves Python's float math, which keeps
    // subnormals.
    if constexpr (F == tfts::Libm) return F(info);
    else {
      tfts::ScopedFlushDenormals flush;
      return F(info);
    }
  } catch (const Napi::Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw Napi::RangeError::New(info.Env(), "tfts native: out of memory");
  } catch (const std::exception& e) {
    throw Napi::Error::New(info.Env(), std::string("tfts native: ") + e.what());
  }
}

template <Fn F>
void Export(Napi::Env env, Napi::Object exports, const char* name) {
  exports.Set(name, Napi::Function::New<Guarded<F>>(env, name));
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
  Export<Libm>(env, exports, "libm");
  numpy::RegisterNumpyKernels(env, exports);
  Export<LoadCuda>(env, exports, "loadCuda");
  return exports;
}

}  // namespace

NODE_API_MODULE(tfts_native, Init)
