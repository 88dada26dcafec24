# numpy.linalg inv / det / slogdet / solve: LAPACK's LU as numpy's bundled OpenBLAS runs it
# (left-looking getf2, strided dot order), det as sign * exp(sum(log|u_ii|)) (so 10.000000000000002
# for [[4, 7], [2, 6]]), float64 arithmetic for every input, numpy's LinAlgError texts.
# Random matrices up to 6x6 come from default_rng (bit-exact in tfts); matmul results are avoided
# as inputs because numpy's BLAS sums in its own order.
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


A = np.array([[4.0, 7.0], [2.0, 6.0]])
attempt(lambda: np.linalg.inv(A))
attempt(lambda: np.linalg.det(A))
attempt(lambda: np.linalg.det(np.eye(3) * 3))
attempt(lambda: np.linalg.slogdet(A))
attempt(lambda: np.linalg.solve(A, np.array([1.0, 2.0])))
attempt(lambda: np.linalg.solve(A, np.array([[1.0, 0.5], [2.0, 0.25]])))
attempt(lambda: np.linalg.inv(np.array([[1, 2], [3, 4]])))
attempt(lambda: np.linalg.inv(np.array([[1, 2], [2, 4]])))
attempt(lambda: np.linalg.det(np.array([[1, 2], [2, 4]])))
attempt(lambda: np.linalg.slogdet(np.array([[1, 2], [2, 4]])))
attempt(lambda: np.linalg.solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.ones(2)))
attempt(lambda: np.linalg.inv(np.ones((2, 3))))
attempt(lambda: np.linalg.det(np.ones(3)))
attempt(lambda: np.linalg.inv(np.array([[1, 2], [3, 4]], dtype=np.float32)))
attempt(lambda: np.linalg.det(np.array([[1, 2], [3, 4]], dtype=np.float32)))
attempt(lambda: np.linalg.slogdet(np.array([[1, 2], [3, 4]], dtype=np.float32)))
attempt(lambda: np.linalg.inv(np.arange(8.0).reshape(2, 2, 2) + np.eye(2)))
attempt(lambda: np.linalg.det(np.arange(8.0).reshape(2, 2, 2)))
attempt(lambda: np.linalg.solve(np.eye(2), np.ones(3)))
attempt(lambda: np.linalg.det(np.zeros((0, 0))))
attempt(lambda: np.linalg.inv(np.zeros((0, 0))))
print(issubclass(np.linalg.LinAlgError, ValueError))
rng = np.random.default_rng(11)
for n in range(1, 7):
    for trial in range(12):
        M = rng.standard_normal((n, n)) if trial % 2 else rng.random((n, n)) * 10 - 5
        s, logdet = np.linalg.slogdet(M)
        print(n, repr(float(s)), repr(float(logdet)), repr(float(np.linalg.det(M))))
        print(np.linalg.inv(M).round(6).tolist())
        print(np.linalg.solve(M, np.arange(1.0, n + 1)).round(6).tolist())
