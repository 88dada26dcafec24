# Generator.multivariate_hypergeometric: the 'marginals' and 'count' methods, sizes and errors.
import numpy as np
g = np.random.default_rng(11)
print(g.multivariate_hypergeometric([3, 2, 5], 4).tolist())
print(g.multivariate_hypergeometric([3, 2, 5], 8, size=4).tolist())
print(g.multivariate_hypergeometric([30, 20, 50, 7], 40, size=(2, 2)).tolist())
print(g.multivariate_hypergeometric([3, 2, 5], 4, method='count').tolist())
print(g.multivariate_hypergeometric([3, 2, 5], 7, size=5, method='count').tolist())
print(g.multivariate_hypergeometric([100, 200, 300], 250, size=3, method='count').tolist())
print(g.multivariate_hypergeometric([], 0).tolist(), g.multivariate_hypergeometric([4, 0, 2], 0, 2).tolist(), g.random())
for a, k in [(([1, 2], 5), {}), (([1, 2], 1.5), {}), (([1, 2], -1), {}), (([1, -2], 1), {}), (([[1, 2]], 1), {}), (([1.5, 2], 1), {}), (([1, 2], 1), {'method': 'x'})]:
    try:
        g.multivariate_hypergeometric(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
