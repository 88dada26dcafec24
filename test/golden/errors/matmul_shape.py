import tensorflow as tf
a = tf.ones([1, 3])
b = tf.ones([1, 2])
print(a.shape, b.shape)
print(tf.matmul(a, b))
