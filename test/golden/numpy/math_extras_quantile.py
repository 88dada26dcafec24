# np.quantile/percentile/nanquantile/nanpercentile with every method numpy has, scalar vs array q
# (a Python float q keeps float32 data in float32), axis tuples, keepdims, NaN lanes; average and ptp.
import warnings
import numpy as np

nan = np.nan
x = np.array([3, 1, 4, 1, 5, 9, 2, 6])
f = x.astype(np.float32)
for m in ['linear', 'lower', 'higher', 'nearest', 'midpoint', 'inverted_cdf', 'weibull', 'hazen', 'median_unbiased',
          'normal_unbiased', 'closest_observation', 'interpolated_inverted_cdf', 'averaged_inverted_cdf']:
    print(m, repr(np.quantile(x, [0, 0.1, 0.25, 0.5, 0.7, 1], method=m)), repr(np.quantile(f, 0.3, method=m)),
          repr(np.percentile(x.astype(np.int8), 35, method=m)), repr(np.quantile(f, [0.3, 0.55], method=m)))
print(repr(np.quantile(f, np.float32(0.3))), repr(np.quantile(np.float16([1, 2, 3]), 0.3)), repr(np.percentile(f, np.float32(30))))
for bad in [lambda: np.quantile(x, 1.5), lambda: np.percentile(x, -1), lambda: np.quantile(x, 0.5, method='foo'),
            lambda: np.quantile(x, 0.5, axis=1), lambda: np.quantile(x, [[[0.5]]])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(np.quantile(np.array([[1, nan, 3], [4, 5, 6.0]]), 0.5, axis=1), np.quantile(x.reshape(2, 4), [0.5], axis=(0, 1), keepdims=True))
a = np.array([[1.0, nan, 3.0, 0.1], [nan, nan, nan, nan], [0.2, 0.7, nan, -5.5]])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(np.nanmedian(a)), repr(np.nanmedian(a, axis=0)), repr(np.nanmedian(a, axis=1)), repr(np.nanmedian(a.astype(np.float32), axis=-1)))
    print(repr(np.nanmedian(x.reshape(2, 4), axis=0)), repr(np.nanmedian(x)), repr(np.nanmedian(a, axis=1, keepdims=True)))
    print(repr(np.nanpercentile(a, 50, axis=1)), repr(np.nanpercentile(a, [10, 90], axis=0)), repr(np.nanquantile(a, 0.3)))
    print(repr(np.nanquantile(a, [0.25, 0.5], axis=1, method='lower', keepdims=True)), repr(np.nanquantile(x, 0.4, method='hazen')))
print([(str(m.category.__name__), str(m.message)) for m in w])
rng = np.random.default_rng(0)
big = rng.standard_normal((7, 33))
print(np.quantile(big, [0.1, 0.33, 0.5, 0.9], axis=1).tolist())
print(np.percentile(big, [12.5, 66.6], axis=0).tolist())
print(np.nanmedian(big, axis=0).tolist(), np.median(big, axis=1).tolist())
print(np.quantile(big.astype(np.float32), 0.37, axis=1).tolist(), np.quantile(big, 0.61, axis=(0, 1), method='weibull'))
print(np.percentile(big.reshape(7, 3, 11), 40, axis=(2, 0)).tolist())

print(np.ptp(x), np.ptp(x.reshape(2, 4), axis=1), repr(np.ptp(np.int8([-100, 100]))), repr(np.ptp(np.array([1.0, nan]))))
print(np.ptp(big, axis=0, keepdims=True).shape, repr(np.ptp(f)))
print(repr(np.average(x)), repr(np.average(x.reshape(2, 4), axis=0, weights=[1, 3])), np.average(f, weights=x, returned=True))
print(np.average(x.reshape(2, 4), axis=1, weights=np.ones((2, 4)), returned=True, keepdims=True))
print(np.average(big, axis=1, weights=np.arange(33.0)).tolist(), np.average(big.reshape(7, 3, 11), axis=(2, 0), weights=np.ones((11, 7))).tolist())
print(np.average(f), np.average(f, returned=True), np.average([[1, 2], [3, 4]], axis=0, returned=True))
for bad in [lambda: np.average(x, weights=[1, 2]), lambda: np.average(x, weights=np.zeros(8)),
            lambda: np.average(x.reshape(2, 4), axis=0, weights=[1, 2, 3])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# integer q: 'linear' takes elements (keeping the dtype); isin's table kind refuses floats
xi = np.array([3,1,2])
print(repr(np.quantile(xi,[0,1])), repr(np.quantile(xi,1)), repr(np.quantile(xi.astype(np.float32),0)), repr(np.nanquantile(xi, 0)), repr(np.quantile(xi, True)), repr(np.quantile(xi, [0,1], method='hazen')))
try: np.isin([1.5],[1.5],kind='table')
except Exception as e: print(type(e).__name__, e)
print(repr(np.quantile(xi, np.uint8(1))), repr(np.nanquantile(np.array([np.nan, 2.0, 1.0]), [0, 1])))

# float16 lanes interpolate in float16, a Python-float gamma rounded to float16 first
h = (np.random.default_rng(3).standard_normal((6, 40)) * 10).astype(np.float16)
h[np.random.default_rng(4).random(h.shape) < 0.1] = np.nan
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for ax in [None, 0, 1]:
        print(repr(np.nanmedian(h, axis=ax)), repr(np.nanquantile(h, 0.3, axis=ax)), repr(np.nanpercentile(h, [12.5, 80], axis=ax)))
        print(repr(np.quantile(np.nan_to_num(h), 0.71, axis=ax, method='weibull')), repr(np.quantile(np.nan_to_num(h).astype(np.float32), 0.43, axis=ax)))
