# numpy.linalg.cholesky and qr: OpenBLAS's potf2 and LAPACK's dgeqr2/dorg2r with the Haswell
# kernels' summation orders (FMA lanes in dgemv 'T', its FMA-contracted tail rows), computed in
# float64 for every input (float32 results rounded at the end), numpy's LinAlgError texts.
# Random inputs come from default_rng (bit-exact in tfts); matmul results are avoided as inputs.
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


A = np.array([[4.0, 2.0], [2.0, 3.0]])
attempt(lambda: np.linalg.cholesky(A))
attempt(lambda: np.linalg.cholesky(A, upper=True))
attempt(lambda: np.linalg.cholesky(np.array([[1, 2], [2, 1]])))
attempt(lambda: np.linalg.cholesky(np.array([[4, 2], [2, 3]], dtype=np.float32)))
attempt(lambda: np.linalg.cholesky(np.array([[4, 2], [2, 3]], dtype=np.int32)))
attempt(lambda: np.linalg.cholesky(np.ones((2, 3))))
attempt(lambda: np.linalg.cholesky(np.ones(3)))
attempt(lambda: np.linalg.cholesky(np.zeros((0, 0))))
attempt(lambda: np.linalg.cholesky(np.array([[[4.0, 2.0], [2.0, 3.0]], [[9.0, 3.0], [3.0, 5.0]]])))
attempt(lambda: np.linalg.cholesky(np.array([[[4.0, 2.0], [2.0, 3.0]], [[1.0, 3.0], [3.0, 1.0]]])))
attempt(lambda: np.linalg.cholesky(np.array([[2.0, 1.0], [5.0, 3.0]])))
attempt(lambda: np.linalg.cholesky(np.array([[0.0]])))
attempt(lambda: np.linalg.qr(A))
attempt(lambda: np.linalg.qr(A, mode='r'))
attempt(lambda: np.linalg.qr(A, mode='raw'))
attempt(lambda: np.linalg.qr(A, mode='complete'))
attempt(lambda: np.linalg.qr(A, 'bad'))
attempt(lambda: np.linalg.qr(np.ones(3)))
B = np.arange(1.0, 7.0).reshape(3, 2)
for mode in ['reduced', 'complete', 'r', 'raw']:
    attempt(lambda: np.linalg.qr(B, mode=mode))
    attempt(lambda: np.linalg.qr(B.T, mode=mode))
attempt(lambda: np.linalg.qr(np.array([[1, 2], [3, 4]], dtype=np.float32)))
attempt(lambda: np.linalg.qr(np.array([[1, 2], [3, 4]])))
attempt(lambda: np.linalg.qr(np.arange(12.0).reshape(2, 3, 2)))
attempt(lambda: np.linalg.qr(np.zeros((2, 2))))
q, r = np.linalg.qr(A)
print(q.dtype, r.dtype, type(np.linalg.qr(A)).__name__, np.linalg.qr(A).Q.shape)
rng = np.random.default_rng(5)
for n in [1, 2, 3, 4, 5, 6, 7, 8, 10, 16, 25]:
    for t in range(3):
        M = rng.standard_normal((n, n))
        P = M + M.T + np.eye(n) * (3.0 * n)
        L = np.linalg.cholesky(P)
        print('cholesky', n, L.tolist())
        print('upper', n, np.linalg.cholesky(P, upper=True).tolist())
        R = rng.standard_normal((n + t, n))
        q, r = np.linalg.qr(R)
        print('qr', n, t, q.tolist(), r.tolist())
        print('qr_T', n, t, [x.tolist() for x in np.linalg.qr(R.T, mode='complete')])
        if n <= 4:
            print(L)
            print(q)
            print(r)
