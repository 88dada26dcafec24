# erfinv, ndtri and the Bessel functions bit for bit. float32 values go in 7-element calls: TF
# computes the last n % 8 elements with Eigen's scalar path; its 8-wide packets use approximate
# rsqrt/exp/log instructions whose last bit depends on the CPU. float64 takes both paths.
import numpy as np
import tensorflow as tf
rng = np.random.RandomState(0)
grid = np.concatenate([np.linspace(-20, 20, 161), rng.uniform(-50, 50, 60), [0.0, -0.0, 1e-30, 8.0, -8.0, 8.000001, 700.0, 1e5, np.inf, -np.inf, np.nan]])
prob = np.concatenate([np.linspace(0, 1, 101), rng.uniform(0, 1, 60), [1e-10, 1e-20, 1e-40, 1 - 1e-7, 0.135335, 0.1353353, 0.8646647, -0.5, 1.5, np.nan]])
sym = np.concatenate([np.linspace(-1, 1, 101), rng.uniform(-1, 1, 60), [-0.999999, 0.9999999, 1e-8, np.nan, 2.0]])
def run(f, xs, dt):
    if dt == tf.float64:
        return f(tf.constant(xs, dt)).numpy().tolist()
    out = []
    for i in range(0, len(xs), 7):
        out += f(tf.constant(xs[i:i + 7], dt)).numpy().tolist()
    return out
for name, f, xs in [('i0e', tf.math.bessel_i0e, grid), ('i1e', tf.math.bessel_i1e, grid), ('i0', tf.math.bessel_i0, grid), ('i1', tf.math.bessel_i1, grid), ('ndtri', tf.math.ndtri, prob), ('erfinv', tf.math.erfinv, sym)]:
    for dt in [tf.float32, tf.float64]:
        print(name, dt.name, run(f, xs, dt))
print(tf.math.special.bessel_i0e is not None, tf.math.special.bessel_i1(tf.constant([1.0, -2.0])))
print(tf.math.bessel_i0(tf.constant([0.5, 1.0, -3.0], tf.float16)), tf.math.bessel_i1e(tf.constant([[0.5], [9.0]], tf.float16)))
print(tf.math.erfinv([0.5, -0.25]), tf.math.ndtri(0.975))
