# tf.linalg.qr (Eigen's HouseholderQR, thin and full) and tf.linalg.lstsq (fast: Cholesky of the
# regularized Gramian).
import numpy as np
import tensorflow as tf

a = tf.constant([[4., 2., 0.6], [2., 5., 1.], [0.6, 1., 3.]])
print(tf.linalg.qr(a))
q, r = tf.linalg.qr(a, full_matrices=True)
print(q.shape, r.shape)
w = tf.constant([[1., 2, 3], [4, 5, 6]])
print(tf.linalg.qr(w))
print(tf.linalg.qr(tf.transpose(w)))
print(tf.linalg.qr(tf.transpose(w), full_matrices=True))
res = tf.linalg.qr(a)
print(type(res).__name__, res.q.dtype, res.r.shape)

np.random.seed(7)
for dt, sizes in [(np.float32, [1, 2, 3, 4, 5, 6]), (np.float64, [1, 2, 3, 4])]:
    for n in sizes:
        x = tf.constant(np.random.uniform(-1, 1, (2, n, n)).astype(dt))
        q, r = tf.linalg.qr(x)
        print(dt.__name__, n, q.numpy().tolist(), r.numpy().tolist())
        q, r = tf.linalg.qr(x[:, :, :max(1, n - 1)], full_matrices=True)
        print(q.numpy().tolist(), r.numpy().tolist())

# wide inputs: the columns past the first min(m, n) take Eigen's block-reflector update
for dt in [np.float32, np.float64]:
    for (m, n) in [(2, 4), (3, 4), (3, 5), (2, 6)]:
        q, r = tf.linalg.qr(tf.constant(np.random.uniform(-1, 1, (2, m, n)).astype(dt)))
        print(dt.__name__, m, n, q.numpy().tolist(), r.numpy().tolist())

# float16: Eigen::half rounds every step (square inputs; tall ones differ in the last bits)
print(tf.linalg.qr(tf.constant([[1., 2], [3, 4]], tf.float16)))
for n in [2, 3, 4]:
    q, r = tf.linalg.qr(tf.constant(np.random.uniform(-2, 2, (2, n, n)).astype(np.float16)))
    print(q.numpy().tolist(), r.numpy().tolist())

print(tf.linalg.lstsq(w, w))
print(tf.linalg.lstsq(tf.transpose(w), tf.ones([3, 1]), l2_regularizer=0.5))
print(tf.linalg.lstsq(tf.constant([[1., 0.], [1., 1.], [1., 2.]], tf.float64), tf.constant([[1.], [2.], [2.]], tf.float64)))

# l2_regularizer: Python zero skips the term; tensors and other numbers are added
ls_a = tf.constant([[1., 0.], [1., 1.], [1., 2.]])
ls_b = tf.constant([[1.], [2.], [2.]])
print(tf.linalg.lstsq(ls_a, ls_b, l2_regularizer=0.0))
print(tf.linalg.lstsq(ls_a, ls_b, l2_regularizer=0))
print(tf.linalg.lstsq(ls_a, ls_b, l2_regularizer=tf.constant(0.25)))
print(tf.linalg.lstsq(ls_a, ls_b, l2_regularizer=1))
print(tf.linalg.lstsq(tf.transpose(ls_a), tf.ones([2, 2]), l2_regularizer=0.1))

for bad in [tf.constant([[1, 2], [3, 4]]), tf.constant([1., 2.])]:
    try:
        tf.linalg.qr(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    tf.linalg.lstsq(tf.constant([1., 2.]), tf.constant([1., 2.]))
except Exception as e:
    print(type(e).__name__, e)
