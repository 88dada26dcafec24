# np.polyfit (degrees 1-3, 2-D y, weights) at printed precision, and its argument errors.
import numpy as np
rng = np.random.default_rng(9)

for deg in [1, 2, 3]:
    for n in [4, 7, 12, 30]:
        for t in range(3):
            x = np.sort(rng.standard_normal(n)) * 3; y = rng.standard_normal(n) + x * 0.5
            c = np.polyfit(x, y, deg)
            print(repr(c))
print(repr(np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1)), repr(np.polyfit([0, 1, 2], [[1, 2], [3, 5], [5, 9]], 1)), repr(np.polyfit([1, 2, 3, 4, 6], [1, 4, 8, 17, 30], 2, w=[1, 2, 1, 1, 3])))
for fn in [lambda: np.polyfit([1, 2], [1, 2], -1), lambda: np.polyfit([[1, 2]], [1, 2], 1), lambda: np.polyfit([], [], 1), lambda: np.polyfit([1, 2], [1, 2, 3], 1)]:
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, e)
