import tensorflow as tf
import numpy as np
print(tf.ones_initializer()([2, 3]))
print(tf.ones_initializer()((2,), dtype=tf.int32))
print(tf.zeros_initializer()([2], tf.float64))
print(tf.constant_initializer(3)([2, 2]))
print(tf.constant_initializer([1, 2, 3, 4])([2, 2]))
print(tf.constant_initializer([1, 2, 3, 4])([4], dtype=tf.int32))
print(tf.random_normal_initializer(seed=1)([3]))
print(tf.random_normal_initializer(mean=1.0, stddev=2.0, seed=5)([2, 2]))
print(tf.random_uniform_initializer(seed=1)([3]))
print(tf.random_uniform_initializer(-1, 1, seed=3)([2, 2]))
print(tf.random_uniform_initializer(0, 10, seed=3)([4], dtype=tf.int32))
i = tf.random_normal_initializer(seed=7)
print(i([2]), i([2]))
print(i.get_config(), tf.ones_initializer().get_config(), tf.constant_initializer(2.5).get_config(), tf.random_uniform_initializer().get_config())
print(type(tf.ones_initializer()), type(tf.random_normal_initializer()))
try: tf.ones_initializer()([2], tf.string)
except Exception as e: print(type(e).__name__, e)
try: tf.random_normal_initializer()([2], tf.int32)
except Exception as e: print(type(e).__name__, e)
try: tf.zeros_initializer()([2], 'foo')
except Exception as e: print(type(e).__name__, e)
v = tf.Variable(tf.zeros_initializer()(shape=[2]))
print(v)
print(tf.zeros_initializer()([2], tf.bool), tf.ones_initializer()([2], tf.bool))
tf.random.set_seed(3)
print(tf.random_normal_initializer()([3]).shape, tf.random_uniform_initializer(0, 4)([2, 2], tf.int64).dtype)
try:
    tf.ones_initializer()([2], foo=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.constant_initializer(1)([2], partition_shape=[1])
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.constant_initializer({'a': 1})
except Exception as e:
    print(type(e).__name__, e)
print(tf.ones_initializer()([4], partition_shape=[2], partition_offset=[0]))
print(tf.constant_initializer(np.array([1.5, 2.5]))([2]))
print(tf.random_normal_initializer.from_config({'mean': 1.0, 'stddev': 0.5, 'seed': 2})([2]))
