# tf.linalg.solve / triangular_solve / lu / lu_solve / lu_reconstruct / slogdet: Eigen's
# PartialPivLU and triangular solves, float32 and float64, batched.
import numpy as np
import tensorflow as tf

a = tf.constant([[1., 2, 3], [4, 5, 6], [7, 8, 10.]])
b = tf.constant([[1.], [2.], [3.]])
print(tf.linalg.solve(a, b))
print(tf.linalg.solve(a, b, adjoint=True))
print(tf.linalg.triangular_solve(a, b))
print(tf.linalg.triangular_solve(a, b, lower=False))
print(tf.linalg.triangular_solve(a, b, adjoint=True))
print(tf.linalg.triangular_solve(a, b, lower=False, adjoint=True))
lu, p = tf.linalg.lu(a)
print(tf.linalg.lu(a))
print(tf.linalg.lu(a, output_idx_type=tf.int64).p)
print(tf.linalg.lu_reconstruct(lu, p))
print(tf.linalg.lu_solve(lu, p, tf.ones([3, 2])))
print(tf.linalg.slogdet(a))
s, l = tf.linalg.slogdet(tf.constant([[[2., 1.], [1., 3.]], [[0., 1.], [1., 0.]], [[1., 2.], [2., 4.]]]))
print(s, l)

np.random.seed(5)
for dt in [np.float32, np.float64]:
    for n in [1, 2, 3, 4, 5, 6]:
        x = tf.constant(np.random.uniform(-1, 1, (2, n, n)).astype(dt))
        y = tf.constant(np.random.uniform(-1, 1, (2, n, 3)).astype(dt))
        tri = tf.constant((np.random.uniform(-1, 1, (2, n, n)) + 2 * np.eye(n)).astype(dt))
        print(dt.__name__, n)
        print(tf.linalg.solve(x, y).numpy().tolist())
        print(tf.linalg.solve(x, y, adjoint=True).numpy().tolist())
        for lower in [True, False]:
            for adjoint in [False, True]:
                print(tf.linalg.triangular_solve(tri, y, lower=lower, adjoint=adjoint).numpy().tolist())
        lu, p = tf.linalg.lu(x)
        print(lu.numpy().tolist(), p.numpy().tolist())
        if n < (8 if dt == np.float32 else 4):
            s, l = tf.linalg.slogdet(x)
            print(s.numpy().tolist(), l.numpy().tolist())

# triangular_solve broadcasts batch dimensions
print(tf.linalg.triangular_solve(tf.constant([[2., 0.], [1., 4.]]), tf.ones([3, 2, 1])))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

i = tf.constant([[1, 2], [3, 4]])
h = tf.constant([[1., 2], [3, 4]], tf.float16)
r = tf.constant([[1., 2, 3], [4, 5, 6]])
v = tf.constant([1., 2])
for f in [tf.linalg.lu, tf.linalg.slogdet]:
    for x in [i, h, r, v]:
        err(lambda: f(x))
err(lambda: tf.linalg.lu(tf.constant([[0., 1], [0, 5]])))
for f in [tf.linalg.solve, tf.linalg.triangular_solve]:
    for x, y in [(i, i), (h, h), (r, r), (v, v), (tf.eye(2), tf.ones([3, 1])), (tf.eye(2), tf.ones([2, 1], tf.float64))]:
        err(lambda: f(x, y))
err(lambda: tf.linalg.solve(tf.zeros([2, 2]), tf.ones([2, 1])))
err(lambda: tf.linalg.triangular_solve(tf.zeros([2, 2]), tf.ones([2, 1])))
