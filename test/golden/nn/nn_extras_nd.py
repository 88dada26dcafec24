# tf.nn.conv1d_transpose, conv_transpose (1-3-D), pool (MAX/AVG), max_pool/avg_pool/convolution on 5-D input,
# batch_norm_with_global_normalization and collapse_repeated.
import numpy as np
import tensorflow as tf
x = tf.constant(np.arange(12, dtype=np.float32).reshape(1, 4, 3))
f = tf.constant(np.ones((3, 2, 3), dtype=np.float32))
print(tf.nn.conv1d_transpose(x, f, [1, 8, 2], 2))
print(tf.nn.conv1d_transpose(x, f, [1, 6, 2], 1, padding='VALID'))
print(tf.nn.conv_transpose(x, f, [1, 8, 2], 2).shape)
print(tf.nn.conv_transpose(tf.ones([1, 2, 2, 1]), tf.ones([2, 2, 3, 1]), [1, 4, 4, 3], [2, 2]).shape)
print(tf.nn.conv_transpose(tf.ones([1, 2, 2, 2, 1]), tf.ones([2, 2, 2, 3, 1]), [1, 4, 4, 4, 3], 2).shape)
img = tf.constant(np.arange(32, dtype=np.float32).reshape(1, 4, 4, 2))
print(tf.nn.pool(img, [2, 2], 'MAX', strides=[2, 2])[0, :, :, 0])
print(tf.nn.pool(img, [2, 2], 'AVG', padding='SAME')[0, :, :, 1])
print(tf.nn.pool(x, [2], 'MAX'))
print(tf.nn.max_pool(tf.ones([1, 2, 2, 2, 1]), 2, 2, 'VALID').shape, tf.nn.avg_pool(tf.ones([1, 2, 2, 2, 1]), 2, 1, 'SAME').shape)
print(tf.nn.convolution(tf.ones([1, 3, 3, 3, 1]), tf.ones([2, 2, 2, 1, 2])).shape)
print(tf.nn.batch_norm_with_global_normalization(tf.constant([1.0, 2.0]), tf.constant([1.5]), tf.constant([0.25]), tf.constant([0.1]), tf.constant([2.0]), 0.001, True))
print(tf.nn.batch_norm_with_global_normalization(tf.constant([1.0, 2.0]), tf.constant([1.5]), tf.constant([0.25]), tf.constant([0.1]), tf.constant([2.0]), 0.001, False))
print(tf.nn.collapse_repeated([[1, 1, 2, 2, 3], [4, 4, 4, 5, 5]], [5, 3]))
print(tf.nn.collapse_repeated(tf.constant([[7, 7, 7]], tf.int64), tf.constant([2], tf.int64)))
for bad in [lambda: tf.nn.pool(img, [2, 2], 'MIN')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
