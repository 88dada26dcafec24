# numpy.linalg.eigh / eigvalsh: LAPACK dsyevd as numpy's OpenBLAS runs it for n <= 25: dsytd2
# (Householder tridiagonalisation, lower or upper), dsterf for values only, dsteqr (implicit QL/QR,
# selection sort) plus dorm2r/dorm2l for vectors, so eigenvector signs match numpy's.
# Bit-exact for every size up to 25 (OpenBLAS's dsymv/ddot/daxpy kernel orders included).
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


A = np.array([[4.0, 2.0], [2.0, 3.0]])
attempt(lambda: np.linalg.eigh(A))
attempt(lambda: np.linalg.eigh(A, UPLO='U'))
attempt(lambda: np.linalg.eigh(A, 'u'))
attempt(lambda: np.linalg.eigh(A, UPLO='X'))
attempt(lambda: np.linalg.eigvalsh(A))
attempt(lambda: np.linalg.eigvalsh(A, UPLO='Q'))
attempt(lambda: np.linalg.eigvalsh(np.array([[1, 2], [3, 4]], dtype=np.float32)))
attempt(lambda: np.linalg.eigh(np.array([[1, 2], [3, 4]], dtype=np.float32)))
attempt(lambda: np.linalg.eigh(np.array([[2, 1], [1, 2]])))
attempt(lambda: np.linalg.eigh(np.array([[True, False], [False, True]])))
attempt(lambda: np.linalg.eigh(np.ones((2, 3))))
attempt(lambda: np.linalg.eigvalsh(np.ones(3)))
attempt(lambda: np.linalg.eigh(np.zeros((0, 0))))
attempt(lambda: np.linalg.eigvalsh(np.zeros((0, 0))))
attempt(lambda: np.linalg.eigh(np.array([[5.0]])))
attempt(lambda: np.linalg.eigh(np.eye(3)))
attempt(lambda: np.linalg.eigh(np.zeros((3, 3))))
attempt(lambda: np.linalg.eigh(np.diag([3.0, 1.0, 2.0])))
attempt(lambda: np.linalg.eigh(np.arange(8.0).reshape(2, 2, 2)))
attempt(lambda: np.linalg.eigvalsh(np.arange(18.0).reshape(2, 3, 3)))
attempt(lambda: np.linalg.eigh(np.array([[1.0, 2.0, 3.0], [2.0, 5.0, 6.0], [3.0, 6.0, 9.0]])))
attempt(lambda: np.linalg.eigh(np.array([[1.0, 1e-9], [1e-9, 1.0]])))
attempt(lambda: np.linalg.eigh(np.float16(1) * np.eye(2)))
res = np.linalg.eigh(A)
print(type(res).__name__, res.eigenvalues, res[1].shape, len(res))
w, v = res
print(w.dtype, v.dtype)
rng = np.random.default_rng(7)
for n in [1, 2, 3, 4, 5, 6, 7, 8, 10, 16, 25]:
    for t in range(3):
        M = rng.standard_normal((n, n)) if t != 1 else rng.random((n, n)) * 10 - 5
        S = M + M.T
        w, v = np.linalg.eigh(S)
        wu, vu = np.linalg.eigh(S, UPLO='U')
        ws = np.linalg.eigvalsh(S)
        print('eigh', n, t, w.tolist(), v.tolist())
        print('eigvalsh', n, t, ws.tolist())
        print('eigh U', n, t, wu.tolist(), vu.tolist())
        if n <= 8 or n == 16:
            print(w)
            print(v)
            print(ws, np.linalg.eigvalsh(S, 'U'))
