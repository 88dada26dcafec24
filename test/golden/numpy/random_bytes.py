# np.random.bytes / RandomState.bytes / Generator.bytes: 32-bit words little-endian, numpy's C
# division for the word count (bytes(0) still draws one), Python slicing for negative lengths.
import numpy as np
np.random.seed(1)
print(np.random.bytes(10), np.random.bytes(0), np.random.bytes(4), repr(np.random.ranf()), np.random.ranf(2).tolist())
g = np.random.default_rng(3)
print(g.bytes(7), g.random(), g.bytes(1), g.bytes(5))
rs = np.random.RandomState(9)
print(rs.bytes(3))
try: np.random.bytes(-1)
except Exception as e: print(type(e).__name__, e)
print(np.random.bytes(-1), np.random.bytes(-5), np.random.random())
try: np.random.bytes(-9)
except Exception as e: print(type(e).__name__, e)
g = np.random.default_rng(3)
print(g.bytes(0), g.bytes(-2), g.random())
