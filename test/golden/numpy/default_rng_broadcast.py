# Generator methods with array parameters: integers with array bounds (one draw per element,
# 8/16-bit draws sharing their 32-bit buffer), normal/uniform broadcasting, and the shape errors.
import numpy as np
r = np.random.default_rng(5)
cases = [lambda: r.integers(0,-1,endpoint=True), lambda: r.integers(0,-1), lambda: r.integers(3,1,endpoint=True), lambda: r.integers([0,1],[0,5]), lambda: r.integers([0,0],[0,5]), lambda: r.integers([0,0],[-1,5], endpoint=True),lambda: r.integers([2,3],[1,5], endpoint=True), lambda: r.integers([1, 5], [10, 300], dtype=np.uint8), lambda: r.integers([1, -5], 10, dtype=np.uint8),
  lambda: r.integers([0, 10, 100], 1000, size=(2,3), dtype=np.int16), lambda: r.integers(5, [6, 10, 2**40]), lambda: r.integers([[0],[100]], [10, 20, 200], dtype=np.uint8), lambda: r.integers(np.array([3, 4]), size=2), lambda: r.integers([1, 2], 5, size=3), lambda: r.integers(0, [2,2,2,2,2], dtype=bool), lambda: r.integers(1.7, 5.2, size=3), lambda: r.integers([1.7], 5.2),
  lambda: r.integers([0], 255, endpoint=True, dtype=np.uint8), lambda: r.integers([0], 256, dtype=np.uint8), lambda: r.integers([0], 256, endpoint=True, dtype=np.uint8), lambda: r.integers([0], 257, dtype=np.uint8),lambda: r.integers([-128], 127, endpoint=True, dtype=np.int8), lambda: r.integers([0, 5], 5, size=(3,2), endpoint=True, dtype=np.int8), lambda: r.integers(np.array(2), np.array(9), size=4), lambda: r.integers(np.array(2), np.array(9)), lambda: r.integers([2], [9]), lambda: r.integers([0, 1], [2**32, 2**32+1]),
  lambda: r.integers([[0, 10], [20, 30]], 40, dtype=np.uint16), lambda: r.integers(0, [[1, 2, 3, 4]] * 3, dtype=np.int8), lambda: r.integers([0, 1, 2], [[7], [300]], dtype=np.int16, endpoint=True),
  lambda: r.normal([[0,1],[2,3]], 1, size=2), lambda: r.normal([0,1], [1,2,3]), lambda: r.normal([0,1], [1,2,3], size=2), lambda: r.integers([0, 1], [5, 6, 7]), lambda: r.uniform([[0],[1]], 2, size=(2,)), lambda: r.integers([0,1], 5, size=(2,2)), lambda: r.normal([0,1], 1, size=(3,2)), lambda: r.uniform([0, 1], [[2], [3]]),
  lambda: r.random(), lambda: r.integers(2**32), lambda: r.integers(10, size=4, dtype=np.uint8)]
cases += [
    lambda: r.uniform([0,1],[1,2,3]), lambda: r.uniform([0,1],[1,2,3], size=2), lambda: r.normal(np.float32(1.5), np.int64(2)),
    lambda: r.uniform(np.array(1.0), 2), lambda: r.normal(np.array([1.0]), 2), lambda: r.uniform(True, 3),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
