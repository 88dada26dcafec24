# tf.nn.conv3d (strides, dilations, SAME/VALID), max_pool3d, avg_pool3d, conv3d_transpose and their
# gradients, on integer values (exact in any summation order).
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(0)
x = tf.constant(rng.integers(-5, 6, (2, 4, 5, 6, 3)).astype(np.float32))
w = tf.constant(rng.integers(-2, 3, (2, 3, 2, 3, 4)).astype(np.float32))
for pad in ['VALID', 'SAME']:
    y = tf.nn.conv3d(x, w, [1, 1, 2, 1, 1], pad)
    print(pad, y.shape, float(tf.reduce_sum(y)), y[0, 0, 0].numpy())
    print(tf.nn.max_pool3d(x, [2, 2, 3], [1, 2, 2], pad)[1, :, :, 0, 1].numpy())
    a = tf.nn.avg_pool3d(x, 2, 2, pad)
    print(a.shape, a[0, :, :, :, 0].numpy())
print(tf.nn.conv3d(x, w, [1, 1, 1, 1, 1], 'VALID', dilations=[1, 2, 1, 1, 1]).shape)
# Integer values keep every sum exact, so the gradients do not depend on the summation order.
xf = tf.constant(rng.integers(-3, 4, (1, 3, 4, 4, 2)).astype(np.float32))
wf = tf.constant(rng.integers(-2, 3, (2, 2, 2, 2, 3)).astype(np.float32))
with tf.GradientTape(persistent=True) as tape:
    tape.watch([xf, wf])
    y = tf.nn.conv3d(xf, wf, [1, 1, 1, 1, 1], 'SAME')
    m = tf.nn.max_pool3d(xf, 2, 1, 'VALID')
    av = tf.nn.avg_pool3d(xf, 2, 1, 'SAME')
    loss = tf.reduce_sum(y * y) + tf.reduce_sum(m * m) + tf.reduce_sum(av * av)
gx, gw = tape.gradient(loss, [xf, wf])
print(gx[0, 0].numpy())
print(gw[0, 0].numpy())
print(tf.nn.conv3d_transpose(tf.ones([1, 2, 2, 2, 1]), tf.ones([2, 2, 2, 3, 1]), [1, 4, 4, 4, 3], 2, 'SAME')[0, :, :, 0, 0])
x = tf.constant([[[[[1.], [1.]], [[1.], [1.]]], [[[1.], [1.]], [[1.], [1.]]]]])
with tf.GradientTape() as t:
    t.watch(x)
    y = tf.nn.max_pool3d(x, 2, 2, 'VALID')
print(tf.reshape(t.gradient(y, x), [-1]))
x2 = tf.reshape(tf.constant([3., 1, 3, 2, 0, 3, 1, 3]), [1, 2, 2, 2, 1])
with tf.GradientTape() as t:
    t.watch(x2)
    y = tf.nn.max_pool3d(x2, 2, 2, 'VALID')
print(tf.reshape(t.gradient(y, x2), [-1]))
x3 = tf.reshape(tf.constant([1., 3, 2, 3]), [1, 2, 2, 1])
with tf.GradientTape() as t:
    t.watch(x3)
    y = tf.nn.max_pool2d(x3, 2, 2, 'VALID')
print(tf.reshape(t.gradient(y, x3), [-1]))
