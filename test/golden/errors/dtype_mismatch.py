import tensorflow as tf
x = tf.constant(1)
y = tf.constant(1.0)
print(x.dtype, y.dtype)
print(x + y)
