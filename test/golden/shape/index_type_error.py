import tensorflow as tf

x = tf.constant([1.0, 2.0, 3.0])
print(x[0.5])
