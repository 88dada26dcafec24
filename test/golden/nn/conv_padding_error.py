import tensorflow as tf

x = tf.ones([1, 4, 4, 1])
w = tf.ones([2, 2, 1, 1])
print(tf.nn.conv2d(x, w, 1, "VALID").shape)
print(tf.nn.conv2d(x, w, 1, "same_ish"))
