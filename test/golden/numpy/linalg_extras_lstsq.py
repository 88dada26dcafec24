# numpy.linalg.lstsq over LAPACK dgelsd as numpy's OpenBLAS runs it (m >= n): QR first when
# m >= 1.6 n, dgebd2, Q' b, dlalsd's small solve (dlasdq carrying b, the rcond cut, 1/s scaling,
# VT' b), P applied back; residuals, rank (int32) and singular values as numpy returns them.
# Wide systems (m < n) are printed rounded: tfts solves them through its SVD, not dgelsd's path.
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


A = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.0]])
b = np.array([6.0, 5.0, 7.0, 10.0])
attempt(lambda: np.linalg.lstsq(A, b))
attempt(lambda: np.linalg.lstsq(A, b, rcond=None))
attempt(lambda: np.linalg.lstsq(A, np.stack([b, b * 2], axis=1)))
attempt(lambda: np.linalg.lstsq(A[:2], b[:2]))
attempt(lambda: np.linalg.lstsq(A.T, b[:2]))
attempt(lambda: np.linalg.lstsq(np.ones((3, 2)), np.ones(3)))
attempt(lambda: np.linalg.lstsq(A, b[:3]))
attempt(lambda: np.linalg.lstsq(A.astype(np.float32), b))
attempt(lambda: np.linalg.lstsq(A.astype(np.float32), b.astype(np.float32)))
attempt(lambda: np.linalg.lstsq(np.array([[1, 2], [3, 4], [5, 7]]), np.array([1, 2, 3])))
attempt(lambda: np.linalg.lstsq(A, b, rcond=0.5))
attempt(lambda: np.linalg.lstsq(np.ones(3), b))
attempt(lambda: np.linalg.lstsq(A, np.ones((4, 2, 2))))
print(type(np.linalg.lstsq(A, b)[2]))
rng = np.random.default_rng(21)
for (m, n) in [(1, 1), (2, 2), (3, 3), (4, 4), (6, 6), (8, 8), (16, 16), (3, 2), (4, 3), (5, 4), (7, 5), (6, 2), (10, 3), (20, 5)]:
    for t in range(4):
        A = rng.standard_normal((m, n))
        b = rng.standard_normal((m, 2)) if t % 2 else rng.standard_normal(m)
        if t == 3 and n > 1:
            A[:, -1] = A[:, 0]
        x, r, k, s = np.linalg.lstsq(A, b)
        print('lstsq', m, n, t, x.tolist(), r.tolist(), k, s.tolist())
for (m, n) in [(2, 3), (3, 5), (4, 7), (2, 6), (10, 10), (25, 25)]:
    for t in range(2):
        A = rng.standard_normal((m, n))
        b = rng.standard_normal((m, 2)) if t % 2 else rng.standard_normal(m)
        x, r, k, s = np.linalg.lstsq(A, b)
        print(x, r, k, s)
