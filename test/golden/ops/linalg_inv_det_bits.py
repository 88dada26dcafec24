# tf.linalg.inv and tf.linalg.det bit for bit: TF's LU order in float32 and float64.
import numpy as np
import tensorflow as tf
np.random.seed(7)
for n in [1, 2, 3, 4, 5, 7, 10, 16]:
    for t in range(3):
        x = (np.random.randn(n, n) * 3).astype(np.float32)
        if t == 0:
            x = np.round(x * 4) / 4
        try:
            # TF's determinant switches to Eigen's vectorised log from 8 x 8 on (not reproduced)
            print(n, tf.linalg.det(x).numpy() if n < 8 else '-', tf.linalg.inv(x).numpy().tolist())
        except tf.errors.InvalidArgumentError as e:
            print('singular', e)
for n in [1, 2, 3]:
    x = np.random.randn(n, n)
    print(n, tf.linalg.det(x).numpy(), tf.linalg.inv(x).numpy().tolist())
print(tf.linalg.det(tf.constant([[1.0, 2.0], [2.0, 4.0]])), tf.linalg.det(tf.zeros([0, 0])), tf.linalg.det(tf.ones([2, 3, 3])))
print(tf.linalg.det(tf.constant([[np.inf, 1.0], [1.0, 1.0]])), tf.linalg.det(tf.constant([[np.nan, 1.0], [1.0, 1.0]])))
print(tf.linalg.det(tf.constant([[1.5, -2.0], [3.0, 4.25]])), tf.linalg.inv(tf.constant([[1.5, -2.0], [3.0, 4.25]])))
try:
    tf.linalg.inv(tf.constant([[1.0, 2.0], [2.0, 4.0]]))
except Exception as e:
    print(type(e).__name__, e)
