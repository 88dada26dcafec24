# numpy.linalg.cond: p None/2/-2 from dgesdd's singular values (dqds), 'nuc' likewise; the other
# orders are norm(x) * norm(inv(x)) with a singular matrix giving inf (numpy inverts under
# errstate(all='ignore')). Cases whose inverse numpy's dgesv rounds differently from tfts's
# inv (numpy.linalg.inv is not yet bit-exact in tfts) are left to p None/2/-2/'nuc'.
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


A = np.array([[4.0, 2.0], [2.0, 3.0]])
C = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
S = np.array([[1.0, 2.0], [2.0, 4.0]])
rng = np.random.default_rng(3)
R = rng.standard_normal((9, 9))
for p in [None, 2, -2, 1, -1, np.inf, -np.inf, 'fro', 'nuc']:
    attempt(lambda: np.linalg.cond(A, p))
    attempt(lambda: np.linalg.cond(S, p))
    if p in (None, 2, -2, 'nuc'):
        attempt(lambda: np.linalg.cond(np.array([[1, 2], [3, 4]]), p))
        attempt(lambda: np.linalg.cond(np.stack([A, C[:2, :2]]), p))
        attempt(lambda: np.linalg.cond(C, p))
        attempt(lambda: np.linalg.cond(R, p))
attempt(lambda: np.linalg.cond(A, 3))
attempt(lambda: np.linalg.cond(np.ones((2, 3)), 1))
attempt(lambda: np.linalg.cond(np.ones((2, 3))))
attempt(lambda: np.linalg.cond(np.zeros((0, 0))))
attempt(lambda: np.linalg.cond(np.ones(3)))
attempt(lambda: np.linalg.cond(A.astype(np.float32)))
attempt(lambda: np.linalg.cond(A.astype(np.float32), 1))
attempt(lambda: np.linalg.cond(np.array([[np.nan, 1.0], [1.0, 1.0]]), 1))
