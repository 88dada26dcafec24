# Distribution parameters at the edges, for RandomState and Generator alike: float counts
# (truncated), int32/float32 inputs, size=() and empty sizes, 0-d results and broadcasting.
import numpy as np
np.random.seed(2)
g = np.random.default_rng(2)
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, getattr(r, 'dtype', ''), getattr(r, 'shape', ''), r.tolist() if hasattr(r, 'tolist') else r)
    except Exception as e:
        print(type(e).__name__, e)
for R in [np.random, g]:
    show(R.binomial, [10.5, 3.2], 0.5)
    show(R.binomial, np.array([10, 3], dtype=np.int32), 0.5)
    show(R.poisson, 3, size=())
    show(R.poisson, [], size=None)
    show(R.gamma, np.array([]))
    show(R.exponential, size=(2, 0))
    show(R.hypergeometric, 5.5, 3, 2)
    show(R.hypergeometric, [5.5], 3, 2)
    show(R.poisson, True)
    show(R.gamma, np.float32(2.5), size=2)
    show(R.normal, np.array([[1.0], [2.0]]), [1.0, 2.0, 3.0])
    show(R.geometric, np.float64(0.5))
    show(R.multinomial, 5, np.array([0.5, 0.5], dtype=np.float32))
    show(R.multinomial, 5, [0.7, 0.7])
    show(R.dirichlet, [1.0, 2.0], size=0)
    show(R.logseries, 0)
    show(R.zipf, np.array([2.0, 3.0]), size=(3, 2))
    show(R.standard_t, [1, 2], size=(2, 2))
