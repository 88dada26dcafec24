// numpy's summation orders for float32/float64, so sums and means give numpy's bits:
// - npPairwiseSum: numpy's pairwise_sum over each contiguous block (what its add.reduce inner loop
//   does for a reduced trailing run): below 8 elements a plain loop; up to 128, eight interleaved
//   accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) then the tail; above, the two
//   halves (the first a multiple of 8 long) summed recursively. Partial sums are rounded to the
//   element type, as numpy's float32 loop accumulates in float32.
// - npSumLeading: a reduction over leading axes, which numpy runs as out[j] += x[base + j] row by
//   row in memory order.
#include <string>

#include "numpy_kernels.h"

namespace tfts::numpy {

namespace {

template <typename T> T pairwise(const T* v, size_t n) {
  if (n < 8) {
    T res = T(-0.0);  // numpy starts from -0 so a sum of -0s stays -0 (add's identity comes later)
    for (size_t i = 0; i < n; i++) res += v[i];
    return res;
  }
  if (n <= 128) {
    T r[8];
    for (int k = 0; k < 8; k++) r[k] = v[k];
    size_t i = 8;
    const size_t end = n - (n % 8);
    for (; i < end; i += 8) {
      for (int k = 0; k < 8; k++) r[k] += v[i + k];
    }
    T res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++) res += v[i];
    return res;
  }
  size_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise(v, n2) + pairwise(v + n2, n - n2);
}

void checkFloatPair(const Napi::CallbackInfo& info, const char* fn, const ArrayArg& x, const ArrayArg& o) {
  if ((x.type != napi_float32_array && x.type != napi_float64_array) || o.type != x.type) {
    throw Napi::TypeError::New(info.Env(), std::string(fn) + ": x and out must be Float32Arrays or Float64Arrays of one type");
  }
}

}  // namespace

// npPairwiseSum(x, out): x holds out.length contiguous blocks of equal length; out[i] = 0 + the
// pairwise sum of block i (the + 0 is the reduction's identity: a block of -0s sums to +0).
Napi::Value NpPairwiseSum(const Napi::CallbackInfo& info) {
  const char* fn = "npPairwiseSum";
  const ArrayArg x = typedArrayArg(info, 0, fn, "x"), o = typedArrayArg(info, 1, fn, "out");
  checkFloatPair(info, fn, x, o);
  if (o.length == 0 ? x.length != 0 : x.length % o.length != 0) {
    throw Napi::RangeError::New(info.Env(), "npPairwiseSum: x's length is not a multiple of out's");
  }
  const size_t block = o.length == 0 ? 0 : x.length / o.length;
  auto run = [&](auto* out) {
    using T = std::remove_pointer_t<decltype(out)>;
    const T* in = static_cast<const T*>(x.data);
    for (size_t i = 0; i < o.length; i++) out[i] = T(0) + pairwise(in + i * block, block);
  };
  if (x.type == napi_float32_array) run(static_cast<float*>(o.data));
  else run(static_cast<double*>(o.data));
  return info.Env().Undefined();
}

// npSumLeading(x, out): x holds rows of out.length elements; out (zero on entry) += each row, in
// order. Columns are independent, so two threads split them without changing any result.
Napi::Value NpSumLeading(const Napi::CallbackInfo& info) {
  const char* fn = "npSumLeading";
  const ArrayArg x = typedArrayArg(info, 0, fn, "x"), o = typedArrayArg(info, 1, fn, "out");
  checkFloatPair(info, fn, x, o);
  if (o.length == 0 ? x.length != 0 : x.length % o.length != 0) {
    throw Napi::RangeError::New(info.Env(), "npSumLeading: x's length is not a multiple of out's");
  }
  if (o.length == 0) return info.Env().Undefined();
  const size_t rows = x.length / o.length, cols = o.length;
  auto run = [&](auto* out) {
    using T = std::remove_pointer_t<decltype(out)>;
    const T* in = static_cast<const T*>(x.data);
    // Split columns when the whole input is large; each thread walks all rows of its columns.
    const size_t work = x.length;
    // Local restrict pointers: through the lambda's captured references GCC would reload them
    // after every store and not vectorise (measured 4-5x slower).
    auto body = [in, out, rows, cols](size_t c0, size_t c1) {
      T* __restrict acc = out;
      for (size_t r = 0; r < rows; r++) {
        const T* __restrict row = in + r * cols;
        for (size_t j = c0; j < c1; j++) acc[j] += row[j];
      }
    };
    if (work >= (size_t(1) << 20) && cols >= 128) {
      const size_t mid = (cols / 2) & ~size_t(15);
      std::thread helper([&] { body(mid, cols); });
      body(0, mid);
      helper.join();
    } else {
      body(0, cols);
    }
  };
  if (x.type == napi_float32_array) run(static_cast<float*>(o.data));
  else run(static_cast<double*>(o.data));
  return info.Env().Undefined();
}

}  // namespace tfts::numpy
