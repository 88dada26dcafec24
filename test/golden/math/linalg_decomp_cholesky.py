# tf.linalg.cholesky / logdet / cholesky_solve: Eigen's LLT, float32 and float64, batched.
import numpy as np
import tensorflow as tf

a = tf.constant([[4., 2., 0.6], [2., 5., 1.], [0.6, 1., 3.]])
L = tf.linalg.cholesky(a)
print(L)
print(tf.linalg.cholesky([[2.0, 1.0], [1.0, 2.0]]))
print(tf.linalg.logdet(a))
print(tf.linalg.cholesky_solve(L, tf.constant([[1.], [2.], [3.]])))

np.random.seed(3)
for dt in [np.float32, np.float64]:
    for n in [1, 2, 3, 4, 5, 6]:
        x = np.random.uniform(-1, 1, (2, n, n)).astype(dt)
        spd = tf.constant(((x + np.swapaxes(x, -1, -2)) + 2 * n * np.eye(n)).astype(dt))
        c = tf.linalg.cholesky(spd)
        print(dt.__name__, n, c.numpy().tolist())
        print(tf.linalg.logdet(spd).numpy().tolist())
        rhs = tf.constant(np.random.uniform(-1, 1, (2, n, 2)).astype(dt))
        print(tf.linalg.cholesky_solve(c, rhs).numpy().tolist())

print(tf.linalg.cholesky(tf.zeros([0, 0])))
print(tf.linalg.cholesky(tf.zeros([2, 0, 0], tf.float64)))

for bad in [tf.constant([[1., 2., 3.]]), tf.constant([1., 2.]), tf.constant([[1, 2], [3, 4]]),
            tf.constant([[1., 2.], [3., 4.]], tf.float16)]:
    try:
        tf.linalg.cholesky(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [tf.constant([[1., 2., 3.]]), tf.constant([1, 2])]:
    try:
        tf.linalg.logdet(bad)
    except Exception as e:
        print(type(e).__name__, e)
