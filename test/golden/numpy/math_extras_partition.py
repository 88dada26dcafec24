# np.partition / np.argpartition arrangements, where numpy's is reproducible: introselect (int8, uint8,
# several kth), x86-simd-sort's whole-lane sort of short 16/32/64-bit lanes (NaNs swapped to the end
# first), argpartition of tie-free lanes; errors. Longer single-kth lanes print only their kth element.
import numpy as np

rng = np.random.default_rng(5)
for dt in [np.int8, np.uint8, np.int16, np.float16, np.int32, np.float32, np.int64, np.float64]:
    for n in [4, 7, 20, 100, 300, 700]:
        x = (rng.random(n) * 200 - 100).astype(dt)
        if dt in (np.float16, np.float32, np.float64):
            x[rng.random(n) < 0.1] = np.nan
        small = np.dtype(dt).itemsize == 1
        for kth in [0, 1, 2, n // 3, n - 1, [1, n // 2], [0, n // 4, n - 2]]:
            p = np.partition(x, kth)
            if n <= 300 and (small or isinstance(kth, list) or n <= 256):
                print(dt.__name__, n, kth, p.tolist())
            else:
                print(dt.__name__, n, kth, p[kth].tolist())
            if n <= 300 and (small or isinstance(kth, list) or dt == np.float16):
                print(np.argpartition(x, kth).tolist())
    # tie-free lanes: argpartition sorts them whole
    x = rng.permutation(200).astype(dt) if np.dtype(dt).itemsize > 1 else rng.permutation(100).astype(dt)
    print(dt.__name__, np.argpartition(x, 17).tolist() if np.dtype(dt).itemsize >= 4 else np.argpartition(x, 17)[:18].tolist())
m = rng.integers(0, 50, (4, 9)).astype(np.int8)
print(np.partition(m, 3), np.partition(m, [1, 3], axis=0), np.argpartition(m, -2, axis=1), np.partition(m, 4, axis=None))
print(np.partition(np.array([3.0, 1.0, 2.0]), 1), np.argpartition([5, 1, 4, 2], (0, 3)))
for bad in [lambda: np.partition(np.arange(5), 5), lambda: np.partition(np.arange(5), -6), lambda: np.partition(np.arange(5), 1.5),
            lambda: np.partition(np.int64(3), 0), lambda: np.argpartition(np.arange(4), [[1]]), lambda: np.partition(np.arange(3), 1, kind='quick')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
