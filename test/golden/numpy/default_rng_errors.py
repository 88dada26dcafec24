# The errors numpy's Generator raises for bad arguments.
import numpy as np

rng = np.random.default_rng(0)
cases = [
    lambda: rng.integers(5, 5), lambda: rng.integers(5, 4), lambda: rng.integers(0), lambda: rng.integers(-1),
    lambda: rng.integers(5, 4, endpoint=True), lambda: rng.integers(0, 300, dtype=np.uint8), lambda: rng.integers(-1, 3, dtype=np.uint8),
    lambda: rng.integers(-129, 0, dtype=np.int8), lambda: rng.integers(0, 2**31 + 1, dtype=np.int32), lambda: rng.integers(0, 2**64),
    lambda: rng.integers(0, 3, dtype=bool), lambda: rng.integers(0, 10, dtype=np.float64), lambda: rng.integers(0, 10, size=-1),
    lambda: rng.random(dtype=np.int32), lambda: rng.random(-1), lambda: rng.random((2, -2)),
    lambda: rng.uniform(0, np.inf), lambda: rng.uniform(5, 1), lambda: rng.uniform([5, 0], 1), lambda: rng.uniform(0, [1, np.inf]),
    lambda: rng.normal(0, -1), lambda: rng.normal(0, -0.0), lambda: rng.normal(0, [1, -2]), lambda: rng.normal([0, 1], 1, size=3),
    lambda: rng.standard_normal(dtype=np.int64), lambda: rng.standard_normal(dtype=np.float16),
    lambda: rng.choice(5, p=[0.5, 0.5]), lambda: rng.choice(2, p=[0.5, 0.6]), lambda: rng.choice(2, p=[-0.5, 1.5]),
    lambda: rng.choice(3, p=[0.5, float("nan"), 0.5]), lambda: rng.choice(3, p=[[0.5, 0.5, 0]]), lambda: rng.choice(3, 5, replace=False),
    lambda: rng.choice(3, 3, replace=False, p=[1, 0, 0]), lambda: rng.choice(0), lambda: rng.choice(-3), lambda: rng.choice([]),
    lambda: rng.choice(1.5), lambda: rng.shuffle(5), lambda: rng.shuffle(np.array(5)), lambda: rng.permutation(np.float64(3)),
    lambda: np.random.default_rng(-1), lambda: np.random.default_rng(1.5), lambda: np.random.default_rng([1, -2]),
]
for f in cases:
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# Sizes of zero take no samples and raise nothing.
print(repr(rng.choice(0, 0)), repr(rng.choice([], 0)), repr(rng.integers(5, 5, size=0)))
