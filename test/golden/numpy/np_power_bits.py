# np.power / ** on float arrays: numpy's fast paths for one exponent of -1, 0, 0.5, 1, 2 (1/x, 1,
# sqrt, x, x*x), exact results, dtypes and reprs. (Other exponents go to Intel SVML's vector pow on
# AVX512 CPUs, whose last bit is not pinned here.)
import numpy as np

rng = np.random.default_rng(5)
x = rng.standard_normal(800) * 10
x32 = x.astype(np.float32)
for e in [-1, 0, 0.5, 1, 2, -1.0, 2.0]:
    print(e, np.power(x, e).tolist()[:300])
    print(e, np.power(x32, e).tolist()[:300])
print((x ** 2).tolist()[:200], (x32 ** 2).tolist()[:200], (np.abs(x) ** 0.5).tolist()[:200])
print(np.power(x32, np.float32(2)).tolist()[:100], np.power(x, np.array(2.0)).tolist()[:100])
print(np.power(np.array([2.0, 3.0, -2.0, 0.5]), np.array([3.0, 4.0, 5.0, -2.0])).tolist())
print(np.power(np.array([2.0, 4.0], dtype=np.float32), 3).tolist(), np.power(2.0, np.arange(-3, 4)).tolist())
print(np.power(0.0, -1.0), np.power(-0.0, -1.0), np.power(np.inf, 0.5), np.power(-1.0, 0.5), np.power(np.nan, 0))
print(repr(np.power(2.0, 3)), repr(np.power(np.float32(2), 3)), repr(np.power(2, 3)), repr(np.float32(3) ** 2))
print(repr(np.power(np.int8(2), 3.0)), np.power(np.arange(4, dtype=np.int16), 2.0).dtype)
for n in range(1, 18):
    print(n, (x32[:n] ** 2).tolist(), np.power(x[:n], -1).tolist())
