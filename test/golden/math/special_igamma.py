# igamma / igammac: float64 bit for bit. float32 printed to 4 digits: Eigen calls glibc's
# logf/lgammaf there, which tfts approximates by rounding the double results, and exp() of that
# log-sum amplifies their last-bit differences to a few ulps.
import numpy as np
import tensorflow as tf
rng = np.random.RandomState(2)
a = np.concatenate([[0.5, 1.0, 2.0, 3.0, 0.0, -1.0, 1.0, 5.0, 100.0, 0.1, np.nan, 2.0, 1e-3, 50.0], rng.uniform(0.01, 30, 60)])
x = np.concatenate([[0.5, 2.0, 1.0, 10.0, 1.0, 1.0, 0.0, -1.0, 120.0, 1e-5, 1.0, np.inf, 1e3, 49.0], rng.uniform(0, 40, 60)])
for f in [tf.math.igamma, tf.math.igammac]:
    print(f.__name__, 'float64', f(tf.constant(a, tf.float64), tf.constant(x, tf.float64)).numpy().tolist())
    print(f.__name__, 'float32', ['%.4g' % v for v in f(tf.constant(a, tf.float32), tf.constant(x, tf.float32)).numpy().tolist()])
print(tf.math.igamma(2.0, [[1.0], [3.0]]).shape, tf.math.igammac(tf.constant(0.5, tf.float64), 0.25).dtype)
for bad in [lambda: tf.math.igamma(tf.constant([1]), tf.constant([1])), lambda: tf.math.igammac(tf.constant([1.0], tf.float16), tf.constant([1.0], tf.float16)), lambda: tf.math.igamma([1.0, 2.0], [1.0, 2.0, 3.0]), lambda: tf.math.igamma(tf.constant([1.0]), tf.constant([1.0], tf.float64))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
