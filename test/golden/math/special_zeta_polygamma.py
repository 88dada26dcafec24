import numpy as np
import tensorflow as tf
rng = np.random.RandomState(1)
xs = np.concatenate([[1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 7.5, 10.0, 30.0, 0.5, np.nan, np.inf], rng.uniform(1, 12, 40)])
qs = np.concatenate([[1.0, 0.5, 2.0, -1.0, -2.5, 0.0, 3.0, 100.0, 1e-3, 2.0, 1.0, 1.0], rng.uniform(0.01, 20, 40)])
ns = np.concatenate([[0, 1, 2, 3, 4, 1.5, -1, 5, 10, 0, 1, 2], rng.randint(0, 6, 40).astype(float)])
px = np.concatenate([[1.5, 2.0, 0.5, 3.0, 1.0, 1.0, 1.0, 0.1, 7.0, -1.5, -2.0, 1e-3], rng.uniform(-5, 20, 40)])
for dt in [tf.float32, tf.float64]:
    print('zeta', dt.name, tf.math.zeta(tf.constant(xs, dt), tf.constant(qs, dt)).numpy().tolist())
    print('polygamma', dt.name, tf.math.polygamma(tf.constant(ns, dt), tf.constant(px, dt)).numpy().tolist())
x = tf.constant(px[:10], tf.float64)
with tf.GradientTape() as t:
    t.watch(x)
    y = tf.math.digamma(x)
print('digamma_grad float64', t.gradient(y, x).numpy().tolist())
print(tf.math.zeta([2.0, 3.0, 1.0, 0.5, 4.0], [1.0, 2.0, 1.0, 1.0, -2.0]).numpy().tolist())
print(tf.math.polygamma([0.0, 1.0, 2.0, 3.0, 1.5, -1.0], [1.5, 2.0, 0.5, 3.0, 1.0, 1.0]).numpy().tolist())
for bad in [lambda: tf.math.zeta(tf.constant([1.0]), tf.constant([1.0], tf.float64)), lambda: tf.math.zeta(tf.constant([1]), tf.constant([1])), lambda: tf.math.polygamma(tf.constant([1], tf.int32), tf.constant([1])), lambda: tf.math.zeta(tf.constant([1.0], tf.float16), tf.constant([1.0], tf.float16)), lambda: tf.math.polygamma(tf.constant([1.0], tf.float16), tf.constant([1.0], tf.float16)), lambda: tf.math.zeta([1.0, 2.0], [1.0, 2.0, 3.0])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
x = tf.constant([0.5, 2.0, 5.0])
with tf.GradientTape() as t:
    t.watch(x)
    y = tf.math.digamma(x)
print(t.gradient(y, x))
