// softmax(op, dtype, logits, labels, rows, cols): TF's fused softmax kernels over the last axis of
// a [rows, cols] matrix, bit for bit as TF 2.21 computes them on x86 CPUs.
//   'softmax'              float32/bfloat16: oneDNN's kernel (softmax_onednn.h); float64: Eigen's
//   'log_softmax'          Eigen's LogSoftmax functor (float32, float64, bfloat16)
//   'xent_loss'/'xent_backprop'                SoftmaxCrossEntropyWithLogits' two outputs
//   'sparse_xent_loss'/'sparse_xent_backprop'  the sparse op's, labels given one-hot
// (Eigen paths: softmax_eigen.h). `labels` is read only by the xent ops (same dtype and shape as
// the logits); loss outputs hold rows values, the others rows * cols.
#include <string>
#include <vector>

#include "../args.h"
#include "../threads.h"
#include "kernels.h"
#include "softmax_eigen.h"
#include "softmax_onednn.h"
#include "softmax.h"

namespace tfts {
namespace {

enum class Op { Softmax, LogSoftmax, XentLoss, XentBackprop, SparseLoss, SparseBackprop, SoftmaxEigen };

Op parseOp(Napi::Env env, const std::string& s) {
  if (s == "softmax") return Op::Softmax;
  if (s == "softmax_eigen") return Op::SoftmaxEigen;
  if (s == "log_softmax") return Op::LogSoftmax;
  if (s == "xent_loss") return Op::XentLoss;
  if (s == "xent_backprop") return Op::XentBackprop;
  if (s == "sparse_xent_loss") return Op::SparseLoss;
  if (s == "sparse_xent_backprop") return Op::SparseBackprop;
  throwRange(env, "softmax: unknown op '" + s + "'");
}

// oneDNN's rows are independent, so they spread over the pool.
template <typename T> void onednnSoftmax(const T* x, T* y, int64_t rows, int64_t cols) {
  parallelRange(rows, std::max<int64_t>(1, 4096 / std::max<int64_t>(cols, 1)), [&](int64_t b, int64_t e) {
    std::vector<float> ex(static_cast<size_t>(cols) + onednn_softmax::kLanes);
    for (int64_t r = b; r < e; ++r) {
      const T* xr = x + r * cols;
      T* yr = y + r * cols;
      onednn_softmax::row(
          cols, [&](int64_t i) { return static_cast<float>(load(xr[i])); },
          [&](int64_t i, float v) { yr[i] = store<T>(v); }, ex.data());
    }
  });
}

}  // namespace

Napi::Value Softmax(const Napi::CallbackInfo& info) {
  Args args(info, "softmax", 6);
  Napi::Env env = info.Env();
  const Op op = parseOp(env, args.string(0, "op"));
  const DType d = args.dtype(1, "dtype");
  const int64_t rows = args.count(4, "rows"), cols = args.count(5, "cols");
  const int64_t n = numElements(env, {rows, cols}, "softmax: shape");
  const bool bf = d == DType::BFloat16;
  if (!(d == DType::Float32 || d == DType::Float64 || bf)) throwRange(env, std::string("softmax: unsupported dtype ") + dtypeName(d));
  Storage* a = args.storageFor(2, "logits", d, n);
  Storage* lab = args.storageFor(3, "labels", d, op >= Op::XentLoss ? n : 0);
  const bool lossOut = op == Op::XentLoss || op == Op::SparseLoss;
  const int64_t outCount = lossOut ? rows : n;
  Napi::Object out = Storage::Create(env, byteSize(env, outCount, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  if (n == 0) {
    // Empty rows: the loss is a sum over nothing.
    if (lossOut) std::fill_n(o, byteSize(env, outCount, d), uint8_t(0));
    return out;
  }
  if (bf && (op == Op::Softmax || op == Op::SoftmaxEigen)) {
    onednnSoftmax(reinterpret_cast<const bf16*>(a->data()), reinterpret_cast<bf16*>(o), rows, cols);
    return out;
  }
  // Eigen's functors; bfloat16 computes in float (exactly widened) with bfloat16 rounding.
  auto run = [&](auto policy, const auto* x, const auto* l, auto* y) {
    using F = decltype(policy);
    switch (op) {
      case Op::Softmax:
        if constexpr (std::is_same_v<F, softmax_eigen::F64>) softmax_eigen::softmax<F>(x, y, rows, cols);
        else onednnSoftmax(x, y, rows, cols);
        break;
      case Op::SoftmaxEigen:
        if constexpr (std::is_same_v<F, softmax_eigen::BF16>) onednnSoftmax(x, y, rows, cols);
        else softmax_eigen::softmax<F>(x, y, rows, cols);
        break;
      case Op::LogSoftmax: softmax_eigen::logSoftmax<F>(x, y, rows, cols); break;
      case Op::XentLoss: softmax_eigen::xent<F>(x, l, false, rows, cols, y, nullptr); break;
      case Op::XentBackprop: softmax_eigen::xent<F>(x, l, false, rows, cols, nullptr, y); break;
      case Op::SparseLoss: softmax_eigen::xent<F>(x, l, true, rows, cols, y, nullptr); break;
      case Op::SparseBackprop: softmax_eigen::xent<F>(x, l, true, rows, cols, nullptr, y); break;
    }
  };
  if (d == DType::Float32) {
    run(softmax_eigen::F32{}, reinterpret_cast<const float*>(a->data()), reinterpret_cast<const float*>(lab->data()),
        reinterpret_cast<float*>(o));
  } else if (d == DType::Float64) {
    run(softmax_eigen::F64{}, reinterpret_cast<const double*>(a->data()), reinterpret_cast<const double*>(lab->data()),
        reinterpret_cast<double*>(o));
  } else {
    auto widen = [](const Storage* s, int64_t count) {
      std::vector<float> v(static_cast<size_t>(count));
      const bf16* p = reinterpret_cast<const bf16*>(s->data());
      for (int64_t i = 0; i < count; ++i) v[i] = load(p[i]);
      return v;
    };
    const std::vector<float> x = widen(a, n), l = widen(lab, op >= Op::XentLoss ? n : 0);
    std::vector<float> y(static_cast<size_t>(outCount));
    run(softmax_eigen::BF16{}, x.data(), l.data(), y.data());
    bf16* ob = reinterpret_cast<bf16*>(o);
    for (int64_t i = 0; i < outCount; ++i) ob[i] = store<bf16>(y[i]);
  }
  return out;
}

}  // namespace tfts
