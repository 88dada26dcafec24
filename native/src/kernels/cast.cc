// cast(src, srcDtype, dstDtype, count): elementwise dtype conversion with
// TF CPU semantics (see convert.h for the exact rules).
#include <cstring>

#include "../args.h"
#include "convert.h"
#include "kernels.h"

namespace tfts {

Napi::Value Cast(const Napi::CallbackInfo& info) {
  Args args(info, "cast", 4);
  const DType sd = args.dtype(1, "srcDtype");
  const DType dd = args.dtype(2, "dstDtype");
  const int64_t n = args.count(3, "count");
  Storage* src = args.storageFor(0, "src", sd, n);
  Napi::Object out = Storage::Create(info.Env(), byteSize(info.Env(), n, dd), false);
  uint8_t* dst = Storage::Unwrap(out)->data();
  if (sd == dd) {
    if (n) std::memcpy(dst, src->data(), static_cast<size_t>(n) * dtypeSize(sd));
    return out;
  }
  dispatchDType(sd, [&](auto stag) {
    using S = typename decltype(stag)::type;
    dispatchDType(dd, [&](auto dtag) {
      using D = typename decltype(dtag)::type;
      const S* s = reinterpret_cast<const S*>(src->data());
      D* o = reinterpret_cast<D*>(dst);
      for (int64_t i = 0; i < n; ++i) o[i] = convert<D>(s[i]);
    });
  });
  return out;
}

}  // namespace tfts
