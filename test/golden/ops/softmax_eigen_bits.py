# float32 softmax where TF runs Eigen's kernel instead of oneDNN's (TF_ENABLE_ONEDNN_OPTS=0, the
# default on CPUs without AVX512_VNNI/BF16, AVX_VNNI or AMX): Eigen's exp over blocks, its row sums,
# 1 / sum. Rows of more than 8192 values still differ (not covered). Fewer than 8 rows keep to the
# true division (more rows take the CPU's rcpps, which differs between CPU vendors).
# .tolist() shows every bit.
import os
os.environ['TF_ENABLE_ONEDNN_OPTS'] = '0'
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(3)
for rows, cols in [(1, 3), (2, 5), (4, 17), (3, 100), (2, 1000), (7, 700), (3, 4096), (5, 3000)]:
    x = (rng.standard_normal((rows, cols)) * 3).astype(np.float32)
    y = tf.nn.softmax(x).numpy()
    flat = y.ravel()
    print(rows, cols, flat[:6].tolist(), flat[-6:].tolist(), float(y.astype(np.float64).sum()))
    w = (np.arange(flat.size) % 1009 + 1).astype(np.float64)
    print('  weighted', repr(float((flat.astype(np.float64) * w).sum())))
print(tf.nn.softmax(tf.constant([[1., 2., 3.], [1., 1., 1.]])))
print(tf.nn.softmax(tf.constant([1., 2., 3.])))
