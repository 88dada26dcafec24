# numpy.linalg.matrix_power (numpy's binary powering over matmul, inv for negative powers) and
# multi_dot (numpy's cheapest-chain order). Small integer-valued inputs keep the products exact.
import numpy as np


def attempt(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


A = np.array([[4.0, 2.0], [2.0, 3.0]])
I = np.array([[1, 2], [3, 4]])
for k in range(0, 8):
    attempt(lambda: np.linalg.matrix_power(I, k))
attempt(lambda: np.linalg.matrix_power(A, 3))
attempt(lambda: np.linalg.matrix_power(A, -2))
attempt(lambda: np.linalg.matrix_power(A, -1))
attempt(lambda: np.linalg.matrix_power(A, 1.5))
attempt(lambda: np.linalg.matrix_power(A, np.int64(2)))
attempt(lambda: np.linalg.matrix_power(A, True))
attempt(lambda: np.linalg.matrix_power(np.ones(3), 2))
attempt(lambda: np.linalg.matrix_power(np.ones((2, 3)), 2))
attempt(lambda: np.linalg.matrix_power(np.array([[1, 2], [2, 4]]), -1))
attempt(lambda: np.linalg.matrix_power(np.array([[1, 1], [1, 0]], dtype=np.int32), 10))
attempt(lambda: np.linalg.matrix_power(np.array([[1, 1], [1, 0]], dtype=np.float32), 10))
attempt(lambda: np.linalg.matrix_power(np.arange(8).reshape(2, 2, 2), 3))
attempt(lambda: np.linalg.matrix_power(np.arange(8).reshape(2, 2, 2), 0))
attempt(lambda: np.linalg.matrix_power(np.eye(3, dtype=bool), 0))
B = np.arange(6.0).reshape(2, 3)
C = np.arange(12.0).reshape(3, 4)
D = np.arange(8.0).reshape(4, 2)
E = np.arange(10.0).reshape(2, 5)
attempt(lambda: np.linalg.multi_dot([A, A, A]))
attempt(lambda: np.linalg.multi_dot([B, C, D]))
attempt(lambda: np.linalg.multi_dot([B, C, D, E]))
attempt(lambda: np.linalg.multi_dot((B.T, B, C, D, E)))
attempt(lambda: np.linalg.multi_dot([A]))
attempt(lambda: np.linalg.multi_dot([]))
attempt(lambda: np.linalg.multi_dot([A, A]))
attempt(lambda: np.linalg.multi_dot([np.ones(2), A, np.ones(2)]))
attempt(lambda: np.linalg.multi_dot([np.ones(2), A, A]))
attempt(lambda: np.linalg.multi_dot([A, A, np.ones(2)]))
attempt(lambda: np.linalg.multi_dot([np.ones(2), A, A, np.arange(2.0)]))
attempt(lambda: np.linalg.multi_dot([A, np.ones((2, 2, 2)), A]))
attempt(lambda: np.linalg.multi_dot([I, I, I, I]))
