# numpy.linalg.svd / pinv / matrix_rank / cond over LAPACK dgesdd as numpy's OpenBLAS runs it
# (n <= 25): dgebd2 (with a QR or LQ first for tall/wide inputs), dbdsqr's QR sweeps for the
# bidiagonal SVD (dqds when only values are wanted), dormbr, the FMA-fused drot and dgemm chains:
# the results match numpy bit for bit.
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


A = np.array([[4.0, 2.0], [2.0, 3.0]])
B = np.array([[1, 2], [3, 4], [5, 6]])
attempt(lambda: np.linalg.svd(A))
attempt(lambda: np.linalg.svd(B))
attempt(lambda: np.linalg.svd(B, full_matrices=False))
attempt(lambda: np.linalg.svd(B.T))
attempt(lambda: np.linalg.svd(B.astype(np.float32)))
attempt(lambda: np.linalg.svd(A, hermitian=True))
attempt(lambda: np.linalg.svd(np.array([[1.0, 2.0], [2.0, -3.0]]), hermitian=True))
attempt(lambda: np.linalg.svd(np.array([[1.0, 2.0], [2.0, -3.0]]), compute_uv=False, hermitian=True))
attempt(lambda: np.linalg.svd(np.ones(3)))
attempt(lambda: np.linalg.svd(np.zeros((0, 3))))
attempt(lambda: np.linalg.svd(np.zeros((2, 0)), full_matrices=False))
attempt(lambda: np.linalg.svd(np.array([[np.nan, 1.0], [1.0, 1.0]])))
attempt(lambda: np.linalg.svd(np.zeros((3, 3))))
attempt(lambda: np.linalg.svd(np.arange(12.0).reshape(2, 2, 3)))
attempt(lambda: np.linalg.pinv(B))
attempt(lambda: np.linalg.pinv(A))
attempt(lambda: np.linalg.pinv(np.array([[1.0, 2.0], [2.0, 4.0]])))
attempt(lambda: np.linalg.pinv(B, rcond=0.5))
attempt(lambda: np.linalg.pinv(B, rtol=None))
attempt(lambda: np.linalg.pinv(B, rtol=0.1))
attempt(lambda: np.linalg.pinv(B, rcond=0.1, rtol=0.1))
attempt(lambda: np.linalg.pinv(B.astype(np.float32)))
attempt(lambda: np.linalg.pinv(np.zeros((0, 3))))
attempt(lambda: np.linalg.pinv(np.ones(3)))
attempt(lambda: np.linalg.pinv(np.eye(3) * 2))
attempt(lambda: np.linalg.matrix_rank(B))
attempt(lambda: np.linalg.matrix_rank(np.ones((3, 3))))
attempt(lambda: np.linalg.matrix_rank(np.zeros((3, 3))))
attempt(lambda: np.linalg.matrix_rank(np.array([1, 0, 2])))
attempt(lambda: np.linalg.matrix_rank(np.zeros(3)))
attempt(lambda: np.linalg.matrix_rank(np.eye(4), tol=1.5))
attempt(lambda: np.linalg.matrix_rank(np.diag([1, 1e-10, 1e-20])))
attempt(lambda: np.linalg.matrix_rank(np.diag([1, 1e-10, 1e-20]), rtol=1e-5))
attempt(lambda: np.linalg.matrix_rank(np.arange(18.0).reshape(2, 3, 3)))
attempt(lambda: np.linalg.matrix_rank(A, hermitian=True))
attempt(lambda: np.linalg.cond(A))
attempt(lambda: np.linalg.cond(A, 2))
attempt(lambda: np.linalg.cond(A, -2))
attempt(lambda: np.linalg.cond(np.array([[1.0, 2.0], [2.0, 4.0]])))
attempt(lambda: np.linalg.cond(np.zeros((0, 0))))
attempt(lambda: np.linalg.cond(np.eye(3)))
r = np.linalg.svd(A)
print(type(r).__name__, r.S, r[0].dtype, len(r))
rng = np.random.default_rng(9)
shapes = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (10, 10), (16, 16), (25, 25),
          (3, 2), (2, 3), (5, 3), (3, 5), (4, 3), (3, 4), (7, 5), (5, 7), (6, 2), (2, 6), (10, 4), (1, 4), (4, 1)]
for (m, n) in shapes:
    for t in range(2):
        M = rng.standard_normal((m, n))
        u, s, vt = np.linalg.svd(M, full_matrices=False)
        print('svd', m, n, t, u.tolist(), s.tolist(), vt.tolist())
        u, s, vt = np.linalg.svd(M)
        print('full', m, n, t, u.tolist(), vt.tolist())
        print(np.linalg.svd(M, compute_uv=False), np.linalg.matrix_rank(M))
        print(repr(np.linalg.cond(M)), repr(np.linalg.cond(M, -2)), np.linalg.svd(M, compute_uv=False).tolist())
        if m * n <= 12:
            print(u, s, vt, sep='\n')
            print(np.linalg.pinv(M))
M = rng.standard_normal((4, 6))
print(np.linalg.svd(M.reshape(2, 3, 4), compute_uv=False))
print(np.linalg.svd(M.reshape(2, 4, 3), full_matrices=False).S)
print(np.linalg.matrix_rank(np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])))
print(repr(np.linalg.cond(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]]))))
print(repr(np.linalg.cond(np.arange(12.0).reshape(3, 4))))
