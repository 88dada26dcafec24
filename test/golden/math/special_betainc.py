# betainc: float64 bit for bit; float32 to 4 digits (Eigen calls glibc's logf/log1pf/lgammaf/expf
# there, which tfts approximates by rounding the double results).
import numpy as np
import tensorflow as tf
rng = np.random.RandomState(3)
a = np.concatenate([[0.5, 1.0, 2.0, 5.0, 0.0, 1.0, 2.0, 20.0, 0.3, 3.0, 50.0, 1.0, np.nan], rng.uniform(0.05, 30, 50)])
b = np.concatenate([[0.5, 1.0, 3.0, 1.0, 1.0, -1.0, 2.0, 15.0, 40.0, 0.2, 2.0, 1.0, 1.0], rng.uniform(0.05, 30, 50)])
x = np.concatenate([[0.5, 0.3, 0.0, 1.0, 0.5, 0.5, 1.5, 0.6, 0.01, 0.99, 0.97, 0.5, 0.5], rng.uniform(0, 1, 50)])
print('float64', tf.math.betainc(tf.constant(a, tf.float64), tf.constant(b, tf.float64), tf.constant(x, tf.float64)).numpy().tolist())
print('float32', ['%.4g' % v for v in tf.math.betainc(tf.constant(a, tf.float32), tf.constant(b, tf.float32), tf.constant(x, tf.float32)).numpy().tolist()])
print(tf.math.betainc(2.0, 3.0, [0.1, 0.5]))
print(tf.math.betainc(tf.constant([[1.0, 2.0]], tf.float64), 2.0, tf.constant([[0.25, 0.75]], tf.float64)))
for bad in [lambda: tf.math.betainc(tf.constant([[1.0, 2.0]]), tf.constant([1.0, 2.0]), tf.constant([0.5, 0.5])), lambda: tf.math.betainc(tf.constant([1.0, 2.0]), 1.0, tf.constant([0.5, 0.5, 0.5])), lambda: tf.math.betainc(tf.constant([1]), tf.constant([1]), tf.constant([1])), lambda: tf.math.betainc(tf.constant([1.0], tf.float16), tf.constant([1.0], tf.float16), tf.constant([1.0], tf.float16)), lambda: tf.math.betainc(tf.constant([1.0]), tf.constant([1.0]), tf.constant([1.0], tf.float64))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
