# Edge cases across the stats extras: bool/uint data, 2-D spacing, empty contractions, axis keywords.
import numpy as np
rng = np.random.default_rng(31)
g = rng.standard_normal((3, 4))
tests = [lambda: np.histogram(np.array([True, False, True])), lambda: np.histogram(np.arange(10), bins=3, range=(2, 8)), lambda: np.histogram(np.arange(5, dtype=np.uint8), bins=2),
    lambda: np.gradient(g, [0, 1, 3], [0, 1, 2, 4]), lambda: np.gradient(g, 0.5, 2.0), lambda: np.gradient(g, axis=(0, 1), edge_order=2), lambda: np.interp(g, [-1, 0, 1], [0, 1, 4]),
    lambda: np.trapezoid(g, x=np.cumsum(np.ones((3, 4)), axis=1)), lambda: np.cross(g[:, :3], g[:, 1:], axis=1), lambda: np.kron(np.ones((2, 1, 2)), np.arange(4).reshape(2, 2)),
    lambda: np.tensordot(np.ones((2, 0)), np.ones((0, 3)), axes=1), lambda: np.einsum('ij,jk->ik', np.ones((2, 0)), np.ones((0, 3))), lambda: np.einsum('i->', np.ones(0)),
    lambda: np.einsum('ij->i', np.ones((0, 3))), lambda: np.vander(np.arange(3), 0), lambda: np.polyval(np.poly1d([1, 2]) if False else [1, 2], g), lambda: np.cov(g, rowvar=False, ddof=2),
    lambda: np.corrcoef(g[0], g[1]), lambda: np.unwrap(np.array([0, 3, 7, 1], dtype=np.float32)), lambda: np.unwrap([[0, 4], [5, 9]], axis=0), lambda: np.interp(1.5, [1, 2], [3, 4], left=0, right=np.float32(9)),
    lambda: np.convolve([1, 2, 3], [True, False]), lambda: np.cumulative_sum(np.array([[1, 2], [3, 4]]), axis=-1, dtype=np.float32), lambda: np.histogram2d([1, 2, 3, 4], [4, 3, 2, 1], bins=[2, 3]),
    lambda: np.inner(np.arange(6).reshape(2, 3), np.arange(6.).reshape(2, 3)), lambda: np.einsum('i,i', np.float16([1, 2]), np.float16([3, 4])), lambda: np.trapezoid([[1, 2], [3, 4]], dx=0.5, axis=0)]
for i, f in enumerate(tests):
    try:
        r = f()
        print(i, repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
