# np.histogram and np.histogram_bin_edges: linspace edges in the data dtype, weights, density, estimators, errors.
import numpy as np
rng = np.random.default_rng(2)
x = rng.standard_normal(50); xf = x.astype(np.float32); xi = rng.integers(0, 20, 30)
def show(r): print(repr(r[0]), repr(r[1]))
show(np.histogram(x)); show(np.histogram(xf)); show(np.histogram(xi)); show(np.histogram(x, bins=7, range=(-1, 1.5)))
show(np.histogram(xf, bins=5, range=(-1, 1))); show(np.histogram(x, bins=[-2, -1, 0, 0.5, 3])); show(np.histogram(xi, bins=[0, 5, 10, 19]))
show(np.histogram(x, density=True)); show(np.histogram(x, bins=4, weights=np.abs(x))); show(np.histogram(x, bins=[-3, 0, 3], weights=x))
show(np.histogram(xi, bins=4, weights=np.ones(30, dtype=np.int32))); show(np.histogram(xf, bins=3, weights=xf, density=True))
show(np.histogram([1, 2, 1], bins=[0, 1, 2, 3])); show(np.histogram(np.arange(4), bins=np.arange(5), density=True)); show(np.histogram([[1, 2, 1], [1, 0, 1]], bins=[0,1,2,3]))
show(np.histogram([5, 5, 5])); show(np.histogram([])); show(np.histogram(np.float32([2.5, 2.5]), bins=3)); show(np.histogram([1, 2], range=(3, 3)))
show(np.histogram(np.arange(5), density=True)); show(np.histogram(np.arange(10, dtype=np.int8), bins=3)); show(np.histogram(np.linspace(0, 1, 11), bins=10))
for est in ['auto', 'fd', 'sturges', 'rice', 'sqrt', 'scott', 'doane', 'stone']:
    print(est, repr(np.histogram_bin_edges(x, bins=est)), repr(np.histogram(xi, bins=est)[0]))
print(repr(np.histogram_bin_edges([0, 0, 0, 1, 2, 3, 3, 4, 5], bins='auto', range=(0, 1))), repr(np.histogram_bin_edges([0, 0, 0, 1, 2, 3, 3, 4, 5], bins=2)), repr(np.histogram_bin_edges([0, 1], [1, 2])))
for f in [lambda: np.histogram(x, bins=0), lambda: np.histogram(x, bins=[3, 1, 2]), lambda: np.histogram(x, bins='bad'), lambda: np.histogram(x, range=(2, 1)),
          lambda: np.histogram(x, range=(0, np.inf)), lambda: np.histogram([1, np.nan]), lambda: np.histogram(x, bins=2.5), lambda: np.histogram(x, weights=[1,2]),
          lambda: np.histogram(x, bins='auto', weights=x), lambda: np.histogram(x, bins=[[1, 2]]), lambda: np.histogram([0, 1e-300*0+1.0], bins=1)]:
    try: show(f())
    except Exception as e: print(type(e).__name__, e)
rng = np.random.default_rng(12)
x = rng.standard_normal(150000); w = rng.random(150000); wf = w.astype(np.float32)
print(repr(np.histogram(x, bins=5, weights=w)[0]), repr(np.histogram(x, bins=5, weights=wf)[0]), repr(np.histogram(x, bins=[-3, -1, 0, 2, 4], weights=w)[0]), repr(np.histogram(x, bins=[-3, -1, 0, 2, 4], weights=wf)[0]), repr(np.histogram(x, bins=7)[0]))
x2 = rng.standard_normal(300); w2 = rng.random(300).astype(np.float32)
print(repr(np.histogram(x2, bins=[-3, -1, 0, 2, 4], weights=w2)[0]), repr(np.histogram(x2, bins=[-3, -1, 0, 2, 4], weights=w2, density=True)[0]))

# numpy scalar bin counts.
xb = np.arange(10.)
for f in [lambda: np.histogram(xb, bins=np.int64(3)), lambda: np.histogram(xb, bins=np.float64(3)), lambda: np.histogram(xb, bins=True), lambda: np.histogram(xb, bins=np.array(4)), lambda: np.histogram_bin_edges(xb, bins=np.int32(2), range=(np.float32(1), 5)), lambda: np.histogram2d(xb, xb, bins=np.int64(2))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
