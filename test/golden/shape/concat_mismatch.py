import tensorflow as tf

a = tf.ones([2, 3])
b = tf.ones([3, 3])
print(tf.concat([a, b], axis=0).shape)
print(tf.concat([a, b], axis=1))
