# multivariate_normal with non-PSD diagonal covariances (RuntimeWarning, vh's sign flips in
# RandomState vs u in Generator, cholesky's LinAlgError) and the deprecated random_integers.
import numpy as np
np.random.seed(0)
print(np.random.multivariate_normal([1, 2, 3], np.diag([-1., 4., -2.]), 2).tolist())
print(np.random.multivariate_normal([1, 2], np.diag([-1., 4.]), check_valid='ignore').tolist())
g = np.random.default_rng(0)
print(g.multivariate_normal([1, 2, 3], np.diag([-1., 4., -2.]), 2).tolist())
print(np.random.random_integers(5), np.random.random_integers(2, 6, size=3).tolist(), np.random.random_integers(3, size=(2,)).tolist())
for c in [np.diag([1., 0.]), np.diag([1., -1.])]:
    try:
        print(g.multivariate_normal([0, 0], c, method='cholesky'))
    except np.linalg.LinAlgError as e:
        print(type(e).__name__, e)
print(np.random.multivariate_normal([0, 0], np.diag([-1e-12, 1.0])).tolist(), g.multivariate_normal([0, 0], np.diag([1.0, -1e-12])).tolist())
print(np.random.multivariate_normal([0, 0], np.diag([-1e-6, 1.0]), tol=1e-5).tolist(), g.multivariate_normal([0, 0], np.diag([1.0, -1e-6]), tol=1e-5).tolist())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    np.random.multivariate_normal([0, 0], np.diag([-1.0, 1.0]))
    np.random.default_rng(1).multivariate_normal([0, 0], np.diag([-1.0, 1.0]))
    np.random.random_integers(4, 9)
print([(x.category.__name__, str(x.message)) for x in w])
