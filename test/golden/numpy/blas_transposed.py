# numpy products with a transposed matrix (F-ordered in numpy): OpenBLAS's other gemv kernel, and a gradient-descent step's X.T @ err
import numpy as np
rng = np.random.default_rng(1)
X = rng.standard_normal((100, 7)); e = rng.standard_normal(100); w = rng.standard_normal(7)
print(repr(X.T @ e)); print(repr(X.T.dot(e))); print(repr(np.dot(X.T, e))); print(repr(e @ X)); print(repr(w @ X.T)[:200])
print(repr(np.transpose(X) @ e)); print(repr(X.T @ X))
