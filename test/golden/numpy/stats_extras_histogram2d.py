# np.histogram2d: edges, ranges, explicit bins, density, weights, errors.
import numpy as np
rng = np.random.default_rng(4)
x = rng.standard_normal(40); y = rng.standard_normal(40)
def show(r): print(repr(r[0]), repr(r[1]), repr(r[2]))
show(np.histogram2d(x, y, bins=3)); show(np.histogram2d(x, y, bins=(2, 4), range=[[-1, 1], [-2, 2]])); show(np.histogram2d(x, y, bins=[[-2, 0, 2], [-1, 0, 1]]))
show(np.histogram2d(x, y, bins=3, density=True)); show(np.histogram2d(x, y, bins=2, weights=np.abs(x))); show(np.histogram2d([1, 2, 3], [1, 1, 2], bins=2))
show(np.histogram2d(x.astype(np.float32), y.astype(np.float32), bins=2)); show(np.histogram2d([0, 1, 2, 3], [0, 1, 2, 3], bins=[0, 1, 2, 3]))
for f in [lambda: np.histogram2d([1, 2], [1]), lambda: np.histogram2d(x, y, bins=0), lambda: np.histogram2d(x, y, bins=2.5), lambda: np.histogram2d(x, y, range=[[0, 1]])]:
    try: show(f())
    except Exception as e: print(type(e).__name__, e)
