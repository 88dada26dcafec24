# np.cbrt, np.exp2, np.hypot, np.fmod: result dtypes, scalar reprs, special values, and bits where
# numpy's result does not depend on the CPU (hypot/fmod go through glibc / are exact; cbrt and
# exp2 use Intel SVML on AVX512 CPUs, so only exactly representable results are printed for them).
import numpy as np

for v in [8, 27.0, -64.0, np.float32(125), np.int8(8), True, 0.0, -0.0, np.inf, -np.inf, np.nan]:
    r = np.cbrt(v)
    print(repr(r), r.dtype)
for v in [3, -2, 0.5, np.float32(10), np.int16(4), 1024.0, -1075.0, np.inf, -np.inf, np.nan]:
    r = np.exp2(v)
    print(repr(r), r.dtype)
print(np.cbrt(np.array([1, 8, 27, 1000, -8], dtype=np.int32)))
print(np.exp2(np.arange(-5, 6)).tolist(), np.exp2(np.arange(-5, 6, dtype=np.float32)).dtype)

rng = np.random.default_rng(3)
a = rng.standard_normal(600) * 100
b = rng.standard_normal(600) * 100
print(np.hypot(a, b).tolist())
print(np.hypot(a.astype(np.float32), b.astype(np.float32)).tolist())
print(np.hypot(a[:5], 2.5).tolist(), np.hypot(3, 4), np.hypot(np.float32(3), 4), np.hypot(3, np.float32(4)))
print(np.hypot([[3.0], [5.0]], [4.0, 12.0]))
print(np.hypot(np.inf, np.nan), np.hypot(np.nan, 1.0), np.hypot(-0.0, -0.0), np.hypot(1e308, 1e308))
print(repr(np.hypot(np.int8(3), np.int8(4))), repr(np.hypot(True, True)))

print(np.fmod(a, 7.3).tolist())
print(np.fmod(a.astype(np.float32), np.float32(1.7)).tolist())
print(np.fmod(np.arange(-7, 8), 3).tolist(), np.fmod(np.arange(-7, 8), -3).tolist())
print(np.fmod(np.arange(-4, 5), 0).tolist(), np.fmod(np.array([5, -5], dtype=np.int8), np.int8(3)))
print(np.fmod(5.0, 0.0), np.fmod(np.inf, 2.0), np.fmod(2.0, np.inf), np.fmod(-0.0, 3.0), np.fmod(-6.0, 3.0))
print(repr(np.fmod(5, 3)), repr(np.fmod(-5.5, 2)), repr(np.fmod(np.float32(5.5), 2)), repr(np.fmod(True, True)))
print(np.fmod([[7.5], [-7.5]], [2.0, -2.0]))
