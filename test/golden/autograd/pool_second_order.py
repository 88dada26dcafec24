# Second derivatives through max and average pooling: the gradients of MaxPoolGrad and
# AvgPoolGrad (TF's MaxPoolGradGrad and the average pool itself), with SAME padding and strides.
# (Average pooling keeps to windows that do not overlap: where they do, TF's oneDNN kernel sums an
# input's shares in an order tfts does not reproduce, which moves the last digit.)
import tensorflow as tf

x = tf.reshape(tf.constant([3.0, -1.0, 2.0, 0.5, 4.0, -2.0, 1.5, 2.5, -0.5, 6.0, 1.0, -3.0,
                            2.0, 0.0, -1.5, 5.0, 1.0, 2.0, -4.0, 0.25]), [1, 4, 5, 1])
for pool, cases in [('max', [('VALID', 1), ('SAME', 2), ('SAME', 1)]), ('avg', [('VALID', 2), ('SAME', 2)])]:
    for padding, strides in cases:
        with tf.GradientTape() as outer:
            outer.watch(x)
            with tf.GradientTape() as inner:
                inner.watch(x)
                if pool == 'max':
                    y = tf.nn.max_pool2d(x * x, ksize=2, strides=strides, padding=padding)
                else:
                    y = tf.nn.avg_pool2d(x * x, ksize=2, strides=strides, padding=padding)
                loss = tf.reduce_sum(y * y)
            g = inner.gradient(loss, x)
            g_sum = tf.reduce_sum(g * tf.sin(x))
        h = outer.gradient(g_sum, x)
        print(pool, padding, strides)
        print(tf.squeeze(g))
        print(tf.squeeze(h))

# The gradient of the pooling gradient with respect to the incoming gradient.
dy = tf.reshape(tf.range(1.0, 7.0), [1, 2, 3, 1])
with tf.GradientTape() as tape:
    tape.watch(dy)
    with tf.GradientTape() as inner:
        inner.watch(x)
        y = tf.nn.max_pool2d(x, ksize=[2, 2], strides=[2, 2], padding='SAME')
    g = inner.gradient(y, x, output_gradients=dy)
    s = tf.reduce_sum(g * tf.reshape(tf.range(20.0), [1, 4, 5, 1]))
print(tf.squeeze(tape.gradient(s, dy)))
