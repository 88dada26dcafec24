# numpy.linalg on special and integer-valued matrices: identities, zeros, repeated and zero
# singular values/eigenvalues, rank-deficient systems, entries near the overflow limit (LAPACK
# scales those first), None; every decomposition printed with all its bits.
import numpy as np

rng = np.random.default_rng(77)
mats = [np.eye(4), np.zeros((3, 3)), np.ones((4, 4)), np.diag([3.0, 1.0, 2.0, 1.0]), np.arange(16.0).reshape(4, 4),
        np.array([[2.0, -1, 0], [-1, 2, -1], [0, -1, 2]]), np.array([[1.0, 2], [2, 1]]), np.array([[0.0, 1], [1, 0]]),
        np.triu(np.ones((5, 5))), np.vander([1.0, 2, 3, 4]), np.array([[1e-300, 0], [0, 1e300]]), np.array([[5.0]])]
for t in range(10):
    M = rng.integers(-3, 4, (5, 5)).astype(float)
    mats.append(M)
    mats.append(M + M.T)
    mats.append(rng.integers(-3, 4, (6, 3)).astype(float))
for i, M in enumerate(mats):
    S = M + M.T if M.shape[0] == M.shape[1] else None
    for name, f in [('svd', lambda: [x.tolist() for x in np.linalg.svd(M)]), ('sv', lambda: np.linalg.svd(M, compute_uv=False).tolist()),
                    ('qr', lambda: [x.tolist() for x in np.linalg.qr(M)]), ('rank', lambda: int(np.linalg.matrix_rank(M))),
                    ('pinv', lambda: np.linalg.pinv(M).tolist()),
                    ('eigh', lambda: [x.tolist() for x in np.linalg.eigh(S)]), ('eigvalsh', lambda: np.linalg.eigvalsh(S).tolist()),
                    ('lstsq', lambda: [np.asarray(x).tolist() for x in np.linalg.lstsq(M, np.arange(M.shape[0], dtype=float))])]:
        try:
            r = f()
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(i, name, r)
