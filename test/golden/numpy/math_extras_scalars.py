# numpy's extras on Python scalars, numpy scalars, 0-d arrays and lists: result types and reprs, ptp's
# boolean-subtract refusal, signbit of -0.0 and -nan.
import numpy as np, warnings
warnings.simplefilter('ignore')
nan = np.nan
for f in [np.nansum, np.nanprod, np.nanmean, np.nanvar, np.nanstd, np.nanmin, np.nanmax, np.nanargmax, np.nanmedian, np.ptp, np.average]:
    for v in [5, 2.5, np.float32(nan), np.array(3.0), [True, False], np.array([[nan]])]:
        try:
            print(f.__name__, repr(f(v)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for f in [np.nancumsum, np.nancumprod]:
    print(repr(f(5)), repr(f(np.array(2.5))), repr(f([[1, nan], [2, 3]])))
print(repr(np.quantile(5, 0.5)), repr(np.nanpercentile(np.float32(2), 50)), repr(np.searchsorted([1, 2], np.float32(1.5))), repr(np.digitize(np.int8(3), [1, 5])))
print(repr(np.fmax(np.float32(1), np.float16(2))), repr(np.gcd(np.int8(4), 6)), repr(np.left_shift(np.uint8(1), np.int64(3))), repr(np.copysign(np.int8(3), -1)))
print(repr(np.signbit(np.array([-0.0, 0.0, -nan, nan]))), repr(np.heaviside(0, 0)), repr(np.logaddexp(np.int64(1), True)))
