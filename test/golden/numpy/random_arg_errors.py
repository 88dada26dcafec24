# Argument-count errors of the numpy.random methods in Cython's wording.
import numpy as np
g = np.random.default_rng(0)
for f in [lambda: np.random.gamma(), lambda: np.random.beta(1), lambda: np.random.poisson(1, 2, 3), lambda: np.random.poisson(lamb=2), lambda: g.gamma(), lambda: g.binomial(1), lambda: np.random.binomial(1, 0.5, 3, 4), lambda: g.poisson(x=1), lambda: np.random.multinomial(), lambda: g.standard_exponential(1, 2, 3, 4, 5)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: g.binomial(p=0.5), lambda: np.random.binomial(p=0.5), lambda: g.multivariate_normal([0]), lambda: np.random.get_state(1, 2), lambda: np.random.dirichlet(), lambda: g.hypergeometric(1, 2), lambda: np.random.triangular(0, 1), lambda: g.bytes(), lambda: np.random.random_integers(), lambda: g.multivariate_hypergeometric([1])]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
