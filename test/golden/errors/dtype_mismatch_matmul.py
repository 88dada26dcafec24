import tensorflow as tf
a = tf.constant([[1, 2]])
b = tf.constant([[1.0], [2.0]])
print(tf.matmul(a, b))
