# float32 sin/cos and float32/float64 tanh bit for bit: numpy 2.4's own SIMD loops (Cody-Waite
# range reduction + polynomials, glibc beyond |x| ~ 7e4 / 1.2e5; tanh by a polynomial per
# subinterval). .tolist() shows every bit.
import numpy as np

rng = np.random.default_rng(11)
x = (rng.standard_normal(1200) * 10).astype(np.float32)
wide = (rng.standard_normal(800) * 3e4).astype(np.float32)  # crosses the glibc fallback bound
print(np.sin(x).tolist())
print(np.cos(x).tolist())
print(np.sin(wide).tolist())
print(np.cos(wide).tolist())
print(np.sin(np.linspace(-7, 7, 500, dtype=np.float32)).tolist())
# x * 2/pi rounding to a half: numpy fuses that multiply into the rounding add
ties = np.array([18866.05, 95998.44, 71476.0625, 71476.07, 117435.992, 117436.0, -18866.05], dtype=np.float32)
print(np.sin(ties).tolist(), np.cos(ties).tolist())
special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, 1e-30, 3.4e38, 0.7853982, 1.5707964, 3.1415927], dtype=np.float32)
print(np.sin(special).tolist(), np.cos(special).tolist())
print(np.tanh(x / 4).tolist())
print(np.tanh(np.linspace(-12, 12, 700, dtype=np.float32)).tolist())
x64 = rng.standard_normal(1200) * 3
print(np.tanh(x64).tolist())
print(np.tanh(np.linspace(-25, 25, 700)).tolist())
s64 = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, 1e-300, 1e-8, 0.2, 19.0, 20.0, 1e300, 1.7e308])
print(np.tanh(s64).tolist(), np.tanh(s64.astype(np.float32)).tolist())
for n in range(1, 18):
    print(n, np.sin(x[:n]).tolist(), np.cos(x[:n]).tolist(), np.tanh(x[:n]).tolist(), np.tanh(x64[:n]).tolist())
print(np.sin(np.float32(2.5)), np.cos(np.float32(2.5)), np.tanh(np.float32(0.3)), np.tanh(0.3))
