# np.cov / np.corrcoef: rowvar, bias, ddof, fweights/aweights, dtype, clipping, errors.
import numpy as np
rng = np.random.default_rng(8)
x = rng.standard_normal((3, 6)); a = [1, 2, 3, 4]; b = [2, 4, 5, 9]
print(repr(np.cov(x)), repr(np.cov(a, b)), repr(np.cov(a)), repr(np.cov(x, rowvar=False)), repr(np.cov(x, bias=True)), repr(np.cov(x, ddof=0)), repr(np.cov(x[0], x[1])))
print(repr(np.cov(x, fweights=[1, 2, 1, 3, 1, 1])), repr(np.cov(x, aweights=[0.5, 1, 1, 2, 0.1, 1])), repr(np.cov(x, fweights=[1, 2, 1, 3, 1, 1], aweights=[0.5, 1, 1, 2, 0.1, 1])), repr(np.cov(np.float32(x))), repr(np.cov(x, dtype=np.float32)))
print(repr(np.cov([[0, 2], [1, 1], [2, 0]], rowvar=False)), repr(np.cov(np.arange(12).reshape(3, 4))), repr(np.cov(x, x[:1])))
print(repr(np.corrcoef(x)), repr(np.corrcoef(a, b)), repr(np.corrcoef(a)), repr(np.corrcoef(x, rowvar=False)), repr(np.corrcoef([[1, 2, 3], [3, 2, 1], [1, 1, 2]])))
for fn in [lambda: np.cov(np.ones((2, 2, 2))), lambda: np.cov(x, ddof=1.5), lambda: np.cov(x, fweights=[1.5] * 6), lambda: np.cov(x, fweights=[1] * 5), lambda: np.cov(x, aweights=[-1] * 6), lambda: np.cov(x, y=np.ones((2,2,2)))]:
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, e)
big = rng.standard_normal((5, 40))
print(repr(np.cov(big)), repr(np.corrcoef(big)))
