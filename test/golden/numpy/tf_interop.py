import numpy as np
import tensorflow as tf

t = tf.constant([[1.0, 2.0], [3.0, 4.0]])
n = t.numpy()
print(type(n), repr(n), n.dtype, n.sum(), n * 2)
print(repr(tf.constant(5).numpy()), repr(tf.constant(2.5).numpy()), type(tf.constant(2.5).numpy()))
print(tf.constant(np.array([1.0, 2.0])))
print(tf.constant(np.arange(3)))
print(tf.constant(np.float32(2.5)), tf.constant(np.int64(3)))
print(tf.convert_to_tensor(np.ones((2, 2), dtype=np.float32)))
print(repr(np.array(t)), repr(np.asarray(tf.constant([1, 2]))))
print(np.array([1.0, 2.0], dtype=np.float32) * tf.constant([3.0, 4.0]))
print(tf.constant([3.0, 4.0]) + np.array([1.0, 1.0], dtype=np.float32))
print(float(tf.reduce_sum(t).numpy()), np.mean(t.numpy()), np.argmax(n, axis=1))
print(tf.reduce_sum(np.ones(3, dtype=np.float32)))
v = tf.Variable([1.0, 2.0])
print(repr(v.numpy()), np.sum(v.numpy()))
