import tensorflow as tf

# Dyadic weights and integer pixels keep every sum exact, so the printed values do not depend on
# the order oneDNN accumulates in.
tf.random.set_seed(0)
images = tf.reshape(tf.constant([float(i % 7) for i in range(2 * 6 * 6)]), [2, 6, 6, 1])
w1 = tf.Variable(tf.reshape(tf.constant([0.25 * (i % 5 - 2) for i in range(3 * 3 * 1 * 4)]), [3, 3, 1, 4]))
w2 = tf.Variable(tf.reshape(tf.constant([0.5 * (i % 3 - 1) for i in range(3 * 3 * 4 * 2)]), [3, 3, 4, 2]))
with tf.GradientTape() as tape:
    h = tf.nn.relu(tf.nn.conv2d(images, w1, strides=1, padding="SAME"))
    print(h.shape)
    h = tf.nn.max_pool2d(h, ksize=2, strides=2, padding="VALID")
    print(h.shape)
    h = tf.nn.conv2d(h, w2, strides=[1, 1, 1, 1], padding="VALID")
    print(h.shape)
    h = tf.nn.avg_pool2d(h, 1, 1, "SAME")
    loss = tf.reduce_sum(h * h)
print(loss)
g1, g2 = tape.gradient(loss, [w1, w2])
print(g1.shape, g2.shape)
print(g2[:, :, 0, 0])
# Integer-valued data: every summation order gives the same float result.
wi = tf.reshape(tf.constant([float(i % 4 - 1) for i in range(3 * 3 * 4 * 2)]), [3, 3, 4, 2])
up = tf.nn.conv2d_transpose(tf.ones([2, 1, 1, 2]), wi, output_shape=[2, 3, 3, 4], strides=1, padding="VALID")
print(up.shape)
print(up[0, :, :, 0])
