# float32 matrix-vector products where TF runs Eigen's kernels (TF_ENABLE_ONEDNN_OPTS=0, the default
# on CPUs without AVX512_VNNI/BF16, AVX_VNNI or AMX): dots along contiguous rows in 8 lanes, axpys
# over the rows of the other layout in blocks of 16 k from K = 128 on, [1,K] x [K,1] in k order. A
# linear model's forward product and its gradient X^T (pred - y) are these. .tolist() shows every bit.
import os
os.environ['TF_ENABLE_ONEDNN_OPTS'] = '0'
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(11)
def show(m, k, n, ta, tb):
    a = rng.standard_normal((k, m) if ta else (m, k)).astype(np.float32)
    b = rng.standard_normal((n, k) if tb else (k, n)).astype(np.float32)
    c = tf.matmul(a, b, transpose_a=ta, transpose_b=tb).numpy().ravel()
    print(m, k, n, ta, tb, c[:4].tolist(), float(c.astype(np.float64).sum()))

for k in (3, 17, 64, 19, 130):
    show(6, k, 1, False, False)   # dot per row of A
    show(1, k, 5, False, True)    # dot per row of B
for k in (3, 5, 8, 17, 64, 128, 300, 1000):
    show(7, k, 1, True, False)    # axpy over A's rows: X^T r
    show(1, k, 9, False, False)   # axpy over B's rows
for k in (8, 100, 300, 5000, 100000):
    show(1, k, 1, False, False)   # the seed demo's [1,n] x [n,1]: one multiply-add after another
x = tf.constant(rng.standard_normal((20, 3)).astype(np.float32))
w = tf.Variable(tf.constant([[0.5], [-1.0], [0.25]]))
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(x @ w - 1.0))
print(loss.numpy().tolist(), tape.gradient(loss, w).numpy().ravel().tolist())
