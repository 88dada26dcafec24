# tf.linalg.eigh and eigvalsh bit for bit against TF's Eigen solver (scaling, Householder
# tridiagonalization, Wilkinson-shift QR, selection sort) in float32 and float64, eigenvector
# signs included, for the sizes tutorials print.
import numpy as np
import tensorflow as tf
np.random.seed(11)
for dt in [np.float32, np.float64]:
    for n in range(1, 9):
        for t in range(4):
            x = np.random.randn(n, n)
            if t == 1:
                x = np.round(x * 3)  # integer-valued
            if t == 2:
                x = np.diag(np.round(np.random.randn(n)))  # diagonal, often repeated values
            if t != 3:
                x = (x + x.T) / 2
            # t == 3: not symmetric; only the lower triangle is read
            e, v = tf.linalg.eigh(x.astype(dt))
            print(n, t, e.numpy().tolist(), v.numpy().tolist())
            print(tf.linalg.eigvalsh(x.astype(dt)).numpy().tolist())
# Larger sizes go through Eigen's packet loops (symmetric product in column pairs, AVX sums).
for dt in [np.float32, np.float64]:
    for n in [12, 17]:
        x = np.random.randn(n, n)
        e, v = tf.linalg.eigh(((x + x.T) / 2).astype(dt))
        print(n, e.numpy().tolist(), v.numpy().tolist())
print(tf.linalg.eigh(tf.constant([[2.0, 1.0], [1.0, 2.0]])))
print(tf.linalg.eigh(tf.ones([4, 4])))
print(tf.linalg.eigh(tf.zeros([3, 3], tf.float64)))
print(tf.linalg.eigh(tf.eye(3)))
print(tf.linalg.eigvalsh(tf.constant([[[1.0, 2.0], [2.0, 1.0]], [[3.0, 0.0], [0.0, -1.0]]], tf.float64)))
print(tf.linalg.eigh(tf.constant([[1e-30, 2e-30], [2e-30, 5e-31]])))
print(tf.linalg.eigh(tf.constant([[1e30, 2e30], [2e30, 5e29]], tf.float64)))
print(tf.linalg.eigh(tf.constant([[np.inf, 1.0], [1.0, 2.0]])))
print(tf.linalg.eigh(tf.zeros([2, 0, 0])))
print(tf.linalg.eigh(tf.constant([[np.nan]])))
for bad in [[[np.nan, 1.0], [1.0, 2.0]], [[1.0, 0.0], [np.nan, 2.0]]]:
    try:
        tf.linalg.eigh(tf.constant(bad))
    except tf.errors.InvalidArgumentError as err:
        print(type(err).__name__, err)
