# numpy's floating-point error warnings: which ufuncs raise divide/overflow/invalid, shown once
# per line by the default filter, the "scalar" names of numpy scalar math, and integer
# division by zero. Warnings go to sys.stderr, pointed at stdout (without the script's directory).
# golden: prints warnings
import os
import sys
import warnings

import numpy as np


class Stdout:
    def write(self, text):
        sys.stdout.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

    def flush(self):
        pass


sys.stderr = Stdout()

a = np.array([1.0, 0.0, -1.0, np.inf, np.nan])
print(a / 0)
print(a / a)
print(np.inf / a)
print(a // 0)
print(a % 0)
print(np.fmod(a, 0))
print(np.divmod(a, 0))
print(np.divmod(a, 2.0), a // 2.0, a % 2.0, np.array([np.inf]) // np.array([2.0]), np.array([-np.inf]) % np.array([2.0]))
print(np.divmod(np.array([7, -7]), np.array([2, 0])), np.divmod(np.float64(7.5), 2), np.divmod(7, 0))
print(np.log(a))
print(np.log2(a), np.log10(a))
print(np.log1p(a - 2))
print(np.sqrt(a))
print(np.exp(a * 1000))
print(np.exp(np.float32(100)))
print(np.array([1e300]) * 1e300)
print(a * np.inf)
print(np.array([np.inf]) + (-np.inf), np.array([np.inf]) - np.inf)
print(np.array([1.7e308]) + 1.7e308)
print(np.array([0.0, -1.0, 10.0]) ** np.array([-1, 0.5, 400]))
print(np.array([1, 0]) // 0, np.array([1, 0]) % 0)
print(np.array([1, 0]) / 0)
print(np.reciprocal(a))
print(np.arcsin(a), np.arccos(a * 2))
print(np.sin(a), np.cos(a), np.tan(a))
print(np.cosh(np.array([1000.0])), np.sinh(np.array([1000.0])))
print(np.exp2(np.array([2000.0])), np.expm1(np.array([2000.0])))
print(np.square(np.array([1e200])))
print(np.maximum(a, np.nan), a < np.nan, np.hypot(1e308, 1e308), np.arctan2(a, 0), np.tanh(a))
print(1 / (1 + np.exp(-np.array([-1000.0]))))
print(np.array([60000], np.float16) * 2, np.array([3e38], np.float32) * 2)
print(np.abs(np.array([-128], np.int8)), -np.array([-128], np.int8))
print(np.array([1.0, 2.0]) * np.array([[1e308], [1.0]]) * 10)

# numpy scalar math
print(repr(np.uint8(250) + np.uint8(10)), repr(np.uint8(250) + 10))
print(repr(np.int8(-128) - np.int8(1)), repr(-np.int8(-128)), repr(abs(np.int8(-128))))
print(repr(np.float64(1.0) / 0), repr(1.0 / np.float64(0)), repr(np.float64(0.0) / 0))
print(repr(np.int64(1) / 0), repr(np.int64(1) // 0), repr(np.int64(1) % 0))
print(repr(np.float64(1.0) // 0), repr(np.float64(1.0) % 0), repr(np.float64(10.0) ** 400))
print(repr(np.float64(1e300) * 1e300), repr(np.float32(1e30) * np.float32(1e30)), repr(np.int8(2) ** 10))
print(repr(np.float64(1.0) / np.array(0.0)), repr(np.divide(np.float64(1.0), 0.0)))
print(repr(np.log(0.0)), repr(np.sqrt(-1.0)), repr(np.exp(1000)))

# once per line: a loop warns the first time only
for i in range(3):
    x = np.array([1.0]) / 0


def f(v):
    return np.log(v)


f(0.0)
f(0.0)
a2 = np.array([1.0])
a2 /= 0
print(a2)

warnings.filterwarnings("ignore")
print(np.array([1.0]) / 0, np.log(0.0))
warnings.resetwarnings()
warnings.simplefilter("error")
try:
    np.log(-1.0)
except RuntimeWarning as e:
    print("error:", type(e).__name__, e)

# casts: float overflow, and NaN/inf/out-of-range floats to integers
warnings.resetwarnings()
print(np.array([1e300, 1.0]).astype(np.float32), np.array([1e300, np.inf]).astype(np.float16))
print(np.array([np.nan, 1.0]).astype(np.int64), np.array([np.inf]).astype(np.int32))
print(np.array([1e10]).astype(np.int8), np.array([300.0]).astype(np.uint8), np.array([-1.0]).astype(np.uint8))
print(np.array([1000]).astype(np.int8), np.float64(1e300).astype(np.float32))
