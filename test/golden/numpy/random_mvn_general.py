# multivariate_normal with full covariances: numpy's SVD (and cholesky/eigh) factors, the BLAS-ordered product, the PSD warning and error
import numpy as np
mean = np.array([1.0, -2.0]); cov = np.array([[1.0, 0.5], [0.5, 2.0]])
np.random.seed(0)
print(np.random.multivariate_normal(mean, cov, 4).tolist())
print(np.random.multivariate_normal([0, 0, 0], [[2, 0.3, 0.1], [0.3, 1, -0.2], [0.1, -0.2, 0.5]], size=(2, 3)).tolist())
x = np.random.multivariate_normal(mean, cov, 1000)
print(repr(x.mean(axis=0)), repr(np.cov(x.T)))
g = np.random.default_rng(42)
print(g.multivariate_normal(mean, cov, 3).tolist())
print(g.multivariate_normal(mean, cov, 3, method='cholesky').tolist())
print(g.multivariate_normal(mean, cov, 3, method='eigh').tolist())
print(g.multivariate_normal([0, 0], [[1, 2], [2, 1]], 2).tolist())
try:
    g.multivariate_normal([0, 0], [[1, 2], [2, 1]], 2, check_valid='raise')
except ValueError as e:
    print('ValueError', e)
np.random.seed(7)
print(np.random.multivariate_normal([0.5, 0.5], [[0.1, 0.09], [0.09, 0.1]], 5).tolist())
