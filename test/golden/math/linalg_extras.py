import tensorflow as tf

m = tf.constant([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
v = tf.constant([1.0, -2.0, 0.5])
print(tf.linalg.adjoint(tf.reshape(tf.range(6.0), [1, 2, 3])))
print(tf.linalg.matvec(m, v))
print(tf.linalg.matvec(m, v, transpose_a=True))
print(tf.linalg.cross(tf.constant([1.0, 0.0, 0.0]), tf.constant([0.0, 1.0, 0.0])))
print(tf.linalg.cross(tf.constant([[1.0, 2.0, 3.0]]), tf.constant([[4.0, 5.0, 6.0]])))
print(tf.linalg.normalize(tf.constant([3.0, 4.0])))
print(tf.linalg.normalize(tf.constant([[3.0, 4.0], [6.0, 8.0]]), axis=1))
print(tf.linalg.trace(m))
