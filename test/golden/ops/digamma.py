# tf.math.digamma: TF uses Eigen's scalar digamma (Cephes' psi: reflection for x <= 0, recurrence
# up to 10, asymptotic series) on every element, in the input's precision, with libm's tan and log.
# tolist() shows every bit.
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


np.random.seed(5)
specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1e-38, 1.0, 2.0, 0.5,
            -0.5, -1.5, -1.0, -2.0, -100.0, -2.5000002, 9.999999, 10.0, 10.000001, 1.4616321, 99999990.0,
            100000000.0, 3.4e38, -3.4e38, 1e-7, -1e-7, -123.25, 1e17, 1.0000001e17]
for dt in [np.float32, np.float64]:
    name = dt.__name__
    show(f"{name} grid", tf.math.digamma(np.linspace(-12, 30, 1201).astype(dt)).numpy().tolist())
    show(f"{name} small", tf.math.digamma(np.linspace(1e-3, 2, 401).astype(dt)).numpy().tolist())
    wide = np.concatenate([np.linspace(1, 2, 7) * 2.0 ** k for k in range(-20, 70, 2)])  # exact scalings
    show(f"{name} wide", tf.math.digamma(wide.astype(dt)).numpy().tolist())
    show(f"{name} random", tf.math.digamma(np.random.uniform(-50, 50, 403).astype(dt)).numpy().tolist())
    print(name, "specials", tf.math.digamma(np.array(specials, dt)).numpy().tolist())
    for n in range(1, 18, 4):
        print(name, n, tf.math.digamma(np.linspace(-3.3, 7.1, n).astype(dt)).numpy().tolist())
print("half", tf.math.digamma(tf.constant(np.linspace(-5.3, 12, 89), tf.float16)).numpy().tolist())
print(tf.math.digamma(1.0), tf.math.digamma([[0.25, 3.0], [-0.75, 7.5]]))
print(tf.math.digamma(tf.constant(2.5, tf.float64)))
for bad in [tf.constant([1, 2]), tf.constant([1.0], tf.bfloat16)]:
    try:
        tf.math.digamma(bad)
    except Exception as e:
        print(type(e).__name__, e)
# lgamma (libm's lgammaf/lgamma in TF too) on the same grids.
show("lgamma f32", tf.math.lgamma(np.linspace(-12.2, 30, 603).astype(np.float32)).numpy().tolist())
show("lgamma f64", tf.math.lgamma(np.linspace(-12.2, 30, 603)).numpy().tolist())

# lgamma's gradient is dy * digamma(x) (TF's _LgammaGrad).
xg = tf.constant([0.5, 1.5, 3.0, 10.0])
with tf.GradientTape() as tape:
    tape.watch(xg)
    yg = tf.math.lgamma(xg)
print(yg, tape.gradient(yg, xg))
xg64 = tf.constant([0.25, 2.5], tf.float64)
with tf.GradientTape() as tape:
    tape.watch(xg64)
    yg = tf.reduce_sum(tf.math.lgamma(xg64) * 2.0)
print(tape.gradient(yg, xg64))
