// reduce(op, dtype, a, shape, axes) and argReduce(op, dtype, a, shape, axis).
// Reduced axes are brought innermost (a transpose copy when they are not
// already trailing), then each output element reduces one contiguous row.
// Float Sum/Mean instead follow TF's reshaping and Eigen's addition order
// (tf_float_sum.h), so they are bit-identical to TF.
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "../args.h"
#include "../threads.h"
#include "kernels.h"
#include "transpose.h"
#include "tf_float_sum.h"

namespace tfts {
namespace {

enum class Op { Sum, Mean, Max, Min, Prod, Any, All };
struct OpName { const char* name; Op op; };
const OpName kOps[] = {{"sum", Op::Sum}, {"mean", Op::Mean}, {"max", Op::Max}, {"min", Op::Min},
                       {"prod", Op::Prod}, {"any", Op::Any}, {"all", Op::All}};

template <typename T> T reduceRow(Op op, const T* x, int64_t n) {
  using C = Compute<T>;
  if constexpr (isBoolType<T>) {
    bool r = op == Op::All;
    for (int64_t i = 0; i < n; ++i) {
      if ((x[i].v != 0) != r) return store<T>(!r);  // short-circuit
    }
    return store<T>(r);
  } else {
    switch (op) {
      case Op::Sum:
      case Op::Mean: {
        // Integer sums only (float sums take tfFloatSumMean); integer addition is associative.
        C s = 0;
        for (int64_t i = 0; i < n; ++i) s = static_cast<C>(s + load(x[i]));
        if (op == Op::Sum) return store<T>(s);
        if constexpr (isFloatType<T>) return store<T>(static_cast<C>(s / static_cast<C>(n)));  // unreachable
        else return n == 0 ? T(0) : static_cast<T>(s / static_cast<C>(n));  // truncating, like TF
      }
      case Op::Prod: {
        C p = 1;
        for (int64_t i = 0; i < n; ++i) p = static_cast<C>(p * load(x[i]));
        return store<T>(p);
      }
      default: {  // Max / Min; empty gives the identity (-inf/+inf or lowest/max)
        const bool isMax = op == Op::Max;
        C best;
        if constexpr (isFloatType<T>) best = isMax ? -std::numeric_limits<C>::infinity() : std::numeric_limits<C>::infinity();
        else best = isMax ? std::numeric_limits<C>::lowest() : std::numeric_limits<C>::max();
        for (int64_t i = 0; i < n; ++i) {
          const C v = load(x[i]);
          if constexpr (isFloatType<T>) {
            if (std::isnan(v)) return store<T>(v);  // NaN propagates
          }
          if (isMax ? v > best : v < best) best = v;
        }
        return store<T>(best);
      }
    }
  }
}

// Elements per thread below which waking a helper costs more than it saves.
constexpr int64_t kParallelMin = int64_t(1) << 16;

// One long row: max/min reduce ordered pieces and combine them in order with the same rules
// (first NaN, first of equal values), which gives the serial result exactly. Other cases run reduceRow.
template <typename T> T reduceLongRow(Op op, const T* x, int64_t n) {
  using C = Compute<T>;
  if constexpr (!isBoolType<T>) {
    const int64_t chunks = chunksFor(n, kParallelMin);
    if ((op == Op::Max || op == Op::Min) && chunks > 1) {
      const int64_t step = (n + chunks - 1) / chunks;
      std::vector<T> part(static_cast<size_t>(chunks));
      parallelFor(chunks, [&](int64_t c) {
        const int64_t lo = c * step, hi = std::min(n, lo + step);
        part[c] = reduceRow<T>(op, x + lo, std::max<int64_t>(0, hi - lo));
      });
      size_t win = 0;
      for (size_t i = 0; i < part.size(); ++i) {
        const C v = load(part[i]);
        if constexpr (isFloatType<T>) {
          if (std::isnan(v)) return part[i];
        }
        if (op == Op::Max ? v > load(part[win]) : v < load(part[win])) win = i;
      }
      return part[win];
    }
  }
  return reduceRow<T>(op, x, n);
}

}  // namespace

Napi::Value Reduce(const Napi::CallbackInfo& info) {
  Args args(info, "reduce", 5);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  Op op{};
  bool found = false;
  for (const OpName& e : kOps) {
    if (name == e.name) { op = e.op; found = true; }
  }
  if (!found) throwRange(env, "reduce: unknown op '" + name + "'");
  const DType d = args.dtype(1, "dtype");
  const bool logical = op == Op::Any || op == Op::All;
  if (logical != (d == DType::Bool)) {
    throwRange(env, "reduce: op '" + name + "' does not support dtype " + dtypeName(d));
  }
  const Shape shape = args.shape(3, "shape");
  const std::vector<int64_t> axes = args.intList(4, "axes");
  const int64_t rank = static_cast<int64_t>(shape.size());
  std::vector<bool> reduced(shape.size(), false);
  for (int64_t ax : axes) {
    if (ax < 0 || ax >= rank) {
      throwRange(env, "reduce: axis " + std::to_string(ax) + " is out of range for shape " + shapeStr(shape));
    }
    if (reduced[ax]) throwRange(env, "reduce: axis " + std::to_string(ax) + " is repeated");
    reduced[ax] = true;
  }
  const int64_t n = numElements(env, shape, "reduce: shape");
  Storage* a = args.storageFor(2, "a", d, n);

  // Output keeps the non-reduced axes; rowLen is the reduced element count.
  std::vector<int64_t> perm;
  int64_t nOut = 1, rowLen = 1;
  for (int64_t i = 0; i < rank; ++i) {
    if (!reduced[i]) { perm.push_back(i); nOut *= shape[i]; }
  }
  for (int64_t i = 0; i < rank; ++i) {
    if (reduced[i]) { perm.push_back(i); rowLen *= shape[i]; }
  }
  Napi::Object out = Storage::Create(env, byteSize(env, nOut, d), false);
  uint8_t* o = Storage::Unwrap(out)->data();
  if (nOut == 0) return out;

  // Float Sum/Mean/Prod follow TF's own reshaping and Eigen's order (tf_float_sum.h).
  if ((op == Op::Sum || op == Op::Mean || op == Op::Prod) &&
      (d == DType::Float32 || d == DType::Float64 || d == DType::Float16 || d == DType::BFloat16)) {
    dispatchDType(d, [&](auto tag) {
      using T = typename decltype(tag)::type;
      if constexpr (isFloatType<T>) {
        const T* x = reinterpret_cast<const T*>(a->data());
        T* q = reinterpret_cast<T*>(o);
        if (op == Op::Prod) tfFloatReduce<T, eigen_sum::Times>(false, x, shape, reduced, q, nOut);
        else tfFloatReduce<T, eigen_sum::Plus>(op == Op::Mean, x, shape, reduced, q, nOut);
      }
    });
    return out;
  }

  // Reduced axes must be innermost; only size>1 axes matter for the order.
  bool trailing = true, sawReduced = false;
  for (int64_t i = 0; i < rank; ++i) {
    if (shape[i] == 1) continue;
    if (reduced[i]) sawReduced = true;
    else if (sawReduced) trailing = false;
  }
  const uint8_t* src = a->data();
  std::vector<uint8_t> tmp;
  if (!trailing && n > 0) {
    tmp.resize(static_cast<size_t>(n) * dtypeSize(d));
    permuteCopy(src, tmp.data(), dtypeSize(d), shape, perm);
    src = tmp.data();
  }
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* x = reinterpret_cast<const T*>(src);
    T* q = reinterpret_cast<T*>(o);
    if (nOut == 1) {
      q[0] = reduceLongRow<T>(op, x, rowLen);
      return;
    }
    parallelRange(nOut, std::max<int64_t>(1, kParallelMin / std::max<int64_t>(1, rowLen)), [&](int64_t lo, int64_t hi) {
      for (int64_t r = lo; r < hi; ++r) q[r] = reduceRow<T>(op, x + r * rowLen, rowLen);
    });
  });
  return out;
}

Napi::Value ArgReduce(const Napi::CallbackInfo& info) {
  Args args(info, "argReduce", 5);
  Napi::Env env = info.Env();
  const std::string name = args.string(0, "op");
  if (name != "argmax" && name != "argmin") throwRange(env, "argReduce: unknown op '" + name + "'");
  const bool isMax = name == "argmax";
  const DType d = args.dtype(1, "dtype");
  if (d == DType::Bool) throwRange(env, "argReduce: op '" + name + "' does not support dtype bool");
  const Shape shape = args.shape(3, "shape");
  if (!args.raw(4).IsNumber()) throwType(env, "argReduce: axis must be a number");
  const double axd = args.raw(4).As<Napi::Number>().DoubleValue();
  if (!(axd >= 0 && axd < static_cast<double>(shape.size())) || axd != std::floor(axd)) {
    throwRange(env, "argReduce: axis " + std::to_string(axd) + " is out of range for shape " + shapeStr(shape));
  }
  const size_t axis = static_cast<size_t>(axd);
  const int64_t n = numElements(env, shape, "argReduce: shape");
  Storage* a = args.storageFor(2, "a", d, n);
  int64_t outer = 1, inner = 1;
  for (size_t i = 0; i < axis; ++i) outer *= shape[i];
  for (size_t i = axis + 1; i < shape.size(); ++i) inner *= shape[i];
  const int64_t len = shape[axis];
  const int64_t nOut = outer * inner;
  if (len == 0 && nOut > 0) {
    throwRange(env, "argReduce: Reduction axis " + std::to_string(axis) + " is empty in shape " + shapeStr(shape));
  }
  Output<int64_t> out = newOutput<int64_t>(env, static_cast<uint64_t>(nOut), false);
  dispatchDType(d, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (!isBoolType<T>) {
      using C = Compute<T>;
      // Like Eigen's ArgMax/ArgMin reducer: start from lowest()/max(), take
      // strictly better values, so ties keep the first index and NaN never wins.
      const C init = isMax ? std::numeric_limits<C>::lowest() : std::numeric_limits<C>::max();
      const T* x = reinterpret_cast<const T*>(a->data());
      std::vector<C> best(static_cast<size_t>(inner));
      for (int64_t o = 0; o < outer; ++o) {
        int64_t* idx = out.data + o * inner;
        std::fill(best.begin(), best.end(), init);
        std::fill(idx, idx + inner, int64_t(0));
        for (int64_t k = 0; k < len; ++k) {
          const T* row = x + (o * len + k) * inner;
          for (int64_t j = 0; j < inner; ++j) {
            const C v = load(row[j]);
            if (isMax ? v > best[j] : v < best[j]) { best[j] = v; idx[j] = k; }
          }
        }
      }
    }
  });
  return out.obj;
}

}  // namespace tfts
