# numpy.linalg.tensorsolve / tensorinv: numpy's reshapes (and axes reordering) around solve and
# inv; inputs whose solve/inverse is exact keep the printed values independent of LU rounding.
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


a = np.eye(2 * 3 * 4).reshape(2 * 3, 4, 2, 3, 4)
b = np.arange(24.0).reshape(2 * 3, 4)
attempt(lambda: np.linalg.tensorsolve(a, b).shape)
attempt(lambda: np.linalg.tensorsolve(a, b))
attempt(lambda: np.linalg.tensorsolve(np.eye(6).reshape(6, 2, 3) * 2, np.arange(6.0)))
attempt(lambda: np.linalg.tensorsolve(np.eye(6).reshape(2, 3, 6) * 4, np.arange(6.0).reshape(2, 3), axes=(2,)))
attempt(lambda: np.linalg.tensorsolve(np.ones((2, 3, 4)), np.ones((2,))))
attempt(lambda: np.linalg.tensorinv(np.eye(4 * 6).reshape(4, 6, 8, 3)).shape)
attempt(lambda: np.linalg.tensorinv(np.eye(4 * 6).reshape(24, 8, 3) * 2, ind=1).shape)
attempt(lambda: np.linalg.tensorinv(np.eye(6).reshape(2, 3, 6) * 4, ind=2))
attempt(lambda: np.linalg.tensorinv(np.eye(6).reshape(2, 3, 6), ind=0))
attempt(lambda: np.linalg.tensorinv(np.ones((2, 3, 4)), ind=1))
