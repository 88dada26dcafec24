# exp/log bit for bit. float32: numpy 2.4's own AVX512F/AVX2+FMA loops (a rational approximation
# after range reduction), not libm. float64: on AVX512_SKX CPUs numpy's wheels use Intel SVML's
# exp/log (table + polynomial). .tolist() shows every bit.
import math
import numpy as np

rng = np.random.default_rng(7)
x = (rng.standard_normal(1500) * 12).astype(np.float32)
print(np.exp(x).tolist())
print(np.log(np.abs(x)).tolist())
print(np.log(np.abs(x) * np.float32(1e-35)).tolist())  # subnormal and tiny inputs
print(np.log(np.abs(x) * np.float32(1e30)).tolist())
print(np.exp(np.linspace(-106, 90, 1200, dtype=np.float32)).tolist())  # overflow/underflow edges
print(np.log(np.linspace(0.5, 2.0, 700, dtype=np.float32)).tolist())
special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, 1e-40, 3.4e38, 88.72283, 88.7229,
                    -103.97207, -103.9721, 1.0, 0.5, 0.70710677, 0.70710683, 2.0, -1.0], dtype=np.float32)
print(np.exp(special).tolist())
print(np.log(np.abs(special)).tolist())
# products x / ln2 close to a half: numpy rounds the product before adding 1.5 * 2^23
print(np.exp(np.array([42.62855, -45.40114, -25.99302, 70.35444, -76.592766], dtype=np.float32)).tolist())
for n in range(1, 18):
    print(n, np.exp(x[:n]).tolist(), np.log(np.abs(x[:n])).tolist())
x64 = rng.standard_normal(1500) * 30
print(np.exp(x64[:1000]).tolist())
print(np.exp(np.linspace(-746, 710, 900)).tolist())  # up to SVML's special-case bound
s64 = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, 1e-300, 709.78, 709.79, -745.2, 707.7, -707.7, 1.0, 0.5])
print(np.exp(s64).tolist(), np.log(np.abs(s64)).tolist())
# float64 log reduces by the CPU's ~14-bit reciprocal of the mantissa rounded to 1/32: values
# whose 32/mantissa lies near a rounding midpoint are left out (that rounding could differ on
# another CPU); 2^k and 1 +- small are exact cases.
raw = (np.abs(x64[:700]) * 7).tolist() + (np.abs(x64[:400]) * 1e-310).tolist() + (np.abs(x64[:400]) * 1e250).tolist()
safe = [v for v in raw if v > 0 and abs((16 / math.frexp(v)[0]) % 1 - 0.5) > 0.02]
print(len(safe), np.log(np.array(safe)).tolist())
print(np.log(np.array([1.0, 2.0, 0.25, 1024.0, 1 + 2**-30, 1 - 2**-30, 3.0, 1e300, 1e-300])).tolist())
for n in range(1, 18):
    print(n, np.exp(x64[:n]).tolist())
print(np.exp(np.float32(1.5)), np.log(np.float32(3.0)), 1 / (1 + np.exp(-x[:8])))
