import tensorflow as tf

t = tf.constant([1, 2, 3, 4, 5, 6])
print(tf.reshape(t, [3, -1]))
print(tf.reshape(t, [4, -1]))
