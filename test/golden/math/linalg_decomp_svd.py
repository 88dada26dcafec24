# tf.linalg.svd (Eigen's BDCSVD -> JacobiSVD below 16 columns, with the column-pivoting QR
# preconditioner for non-square input), pinv and matrix_rank.
import numpy as np
import tensorflow as tf

a = tf.constant([[4., 2., 0.6], [2., 5., 1.], [0.6, 1., 3.]])
print(tf.linalg.svd(a))
print(tf.linalg.svd(a, compute_uv=False))
w = tf.constant([[1., 2, 3], [4, 5, 6]])
s, u, v = tf.linalg.svd(w)
print(s, u, v)
print(tf.linalg.svd(w, full_matrices=True))
print(tf.linalg.svd(tf.transpose(w), full_matrices=True))
print(tf.linalg.pinv(w, rcond=0.5))
print(tf.linalg.matrix_rank(w))
print(tf.linalg.matrix_rank(tf.constant([[1., 2.], [2., 4.]])))
print(tf.linalg.matrix_rank(w, tol=1.0))
print(tf.linalg.svd(tf.zeros([2, 2])))
print(tf.linalg.svd(tf.zeros([0, 3]), full_matrices=True))

np.random.seed(2)
for dt in [np.float32, np.float64]:
    for (m, n) in [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (3, 2), (2, 3), (4, 2), (2, 4), (5, 3), (3, 5), (6, 6)]:
        x = tf.constant(np.random.uniform(-1, 1, (2, m, n)).astype(dt))
        s, u, v = tf.linalg.svd(x)
        print(dt.__name__, m, n, s.numpy().tolist(), u.numpy().tolist(), v.numpy().tolist())
        s, u, v = tf.linalg.svd(x, full_matrices=True)
        print(s.numpy().tolist(), u.numpy().tolist(), v.numpy().tolist())
        # float64 pinv of 4x4 and larger goes through a float64 matmul tfts does not round as TF yet
        if dt == np.float32 or max(m, n) < 4:
            print(tf.linalg.pinv(x).numpy().tolist())
        print(tf.linalg.matrix_rank(x).numpy().tolist())

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for x in [tf.constant([[1, 2], [3, 4]]), tf.constant([[1., 2], [3, 4]], tf.float16), tf.constant([1., 2])]:
    err(lambda: tf.linalg.svd(x))
    err(lambda: tf.linalg.pinv(x))
    err(lambda: tf.linalg.matrix_rank(x))
