# tf.nn.max_pool_with_argmax: TF's first-maximum indices (with and without the batch), SAME/VALID, int32
# indices, and the gradient through its output.
import numpy as np
import tensorflow as tf
x = tf.reshape(tf.range(32, dtype=tf.float32), [1, 4, 4, 2]) / 10.
print(tf.nn.max_pool_with_argmax(x, 2, 2, 'VALID'))
r = tf.nn.max_pool_with_argmax(tf.ones([2, 3, 3, 1]), 2, 1, 'SAME', include_batch_in_index=True)
print(r.argmax, r.output.shape)
r = tf.nn.max_pool_with_argmax(tf.constant(np.random.default_rng(0).integers(0, 3, (2, 5, 4, 3)).astype(np.float32)), [1, 3, 2, 1], [1, 2, 2, 1], 'SAME', output_dtype=tf.int32)
print(r.argmax)
print(r[0][0, :, :, 0])
xv = tf.constant(np.random.default_rng(1).random((1, 4, 4, 1), dtype=np.float32))
with tf.GradientTape() as tape:
    tape.watch(xv)
    out, idx = tf.nn.max_pool_with_argmax(xv, 2, 2, 'VALID')
    loss = tf.reduce_sum(out * out)
print(tape.gradient(loss, xv)[0, :, :, 0])
