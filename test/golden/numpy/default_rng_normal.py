# Generator.standard_normal and normal: numpy's 256-strip ziggurat, float64 and float32.
import numpy as np

for seed in [0, 42, 12345, 2**40 + 3]:
    rng = np.random.default_rng(seed)
    print(repr(rng.standard_normal()), repr(rng.standard_normal(4)), repr(rng.standard_normal((2, 2))))
    print(repr(rng.standard_normal(dtype=np.float32)), repr(rng.standard_normal(5, dtype=np.float32)))
    print(repr(rng.normal()), repr(rng.normal(10, 2)), repr(rng.normal(-1, 0.5, size=3)), repr(rng.normal([0, 100, 1000], 1)))
    print(repr(rng.normal(0, [[1], [10]], size=(2, 2))), repr(rng.normal(loc=5, scale=0, size=2)))

# Many draws reach the rare paths (the tail beyond r and the wedges): print exact summaries.
rng = np.random.default_rng(2024)
x = rng.standard_normal(200000)
print(x.sum(), x.min(), x.max(), x[-5:].tolist())
print(sorted(x.tolist())[:3], sorted(x.tolist())[-3:])
y = rng.standard_normal(200000, dtype=np.float32)
print(y.dtype, float(y.min()), float(y.max()), y[-5:].tolist(), float(np.abs(y).max()))
z = rng.normal(3, 2, size=(100, 100))
print(z.shape, z[0, :4].tolist(), z[-1, -3:].tolist())
# Draws interleave with the other methods on one stream.
print(repr(rng.random()), repr(rng.standard_normal()), repr(rng.integers(1000)), repr(rng.standard_normal(dtype=np.float32)), repr(rng.random(dtype=np.float32)))
