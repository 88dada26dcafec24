# tf.nn.gelu must match TF bit for bit. TF's Python composes it from ops:
#   exact (default): (0.5 * x) * erfc(-x * 0.7071067811865476)
#   approximate:     (0.5 * x) * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x**3)))
# so erfc's Eigen approximation (packet/tail split included) and the op order decide the bits,
# and the gradient is the chain rule through those same ops. tolist() shows every bit.
# Left out on purpose (tfts differs there, in kernels gelu only calls): approximate=True on general
# float32 grids and its gradient (TF's tf.pow is not correctly rounded, even for exact cubes),
# float64 approximate (TF's float64 tanh saturates to -1 earlier) and the float64 gradient
# (TF's float64 exp on 4-wide packets).
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


def tail_only(values, **kw):
    # float32 packets whose erfc argument exceeds 1 in magnitude (|x| > 1.41) use the CPU's rcpps
    # estimate, whose tables differ between AMD (where this was recorded) and Intel; calls of 7
    # elements take only the scalar path, so the expected output holds on any x86 CPU.
    return np.concatenate([tf.nn.gelu(values[i:i + 7], **kw).numpy() for i in range(0, len(values), 7)]).tolist()


show("exact packets", tf.nn.gelu(np.linspace(-1.4, 1.4, 1201, dtype=np.float32)).numpy().tolist())
x = np.linspace(-6, 6, 1201, dtype=np.float32)
show("exact", tail_only(x))
show("approx", tf.nn.gelu(np.arange(-96, 97, dtype=np.float32) / 16, approximate=True).numpy().tolist())
np.random.seed(5)
r = np.random.uniform(-12, 12, 503).astype(np.float32)
show("exact random", tail_only(r))

for n in range(1, 18):
    v = (np.arange(n, dtype=np.float32) - 9) / 8  # multiples of 1/8 in [-1.125, 1]: see the approximate note
    print(n, tf.nn.gelu(v).numpy().tolist(), tf.nn.gelu(v, approximate=True).numpy().tolist())

print(float(tf.nn.gelu(-2.0)), float(tf.nn.gelu(tf.constant(-2.0))), tf.nn.gelu([-2.0, -1.0, 0.0, 1.0, 3.0]).numpy().tolist())
specials = np.array([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 20.0, -20.0,
                     3.4e38, -3.4e38], dtype=np.float32)
print(tail_only(specials))
print(tf.nn.gelu(specials, approximate=True).numpy().tolist())

# float64, float16, bfloat16
show("f64 exact", tf.nn.gelu(np.linspace(-30, 30, 301)).numpy().tolist())
for dt in [tf.float16, tf.bfloat16]:
    h = tf.cast(np.linspace(-6, 6, 121, dtype=np.float32), dt)
    show(dt.name, tf.cast(tf.nn.gelu(h), tf.float32).numpy().tolist())
    show(dt.name + " approx", tf.cast(tf.nn.gelu(h, approximate=True), tf.float32).numpy().tolist())

# Gradient through the tape: the chain rule through mul, erfc and neg (erfc's gradient groups as
# (dy * -2/sqrt(pi)) * exp(-x^2), exp again split into packets and tail).
for pts in [[-2.0], [-3.0, -1.5, -0.5, 0.0, 0.5, 1.5, 3.0], [-4.0, -2.25, -1.0, 0.25, 1.0, 2.0, 4.5], [-1.25, -0.75, -0.5, 0.0, 0.25, 0.5, 1.0, 1.25, 0.75, -1.0]]:
    t = tf.constant(pts)
    with tf.GradientTape() as tape:
        tape.watch(t)
        y = tf.nn.gelu(t)
    print(y.numpy().tolist(), tape.gradient(y, t).numpy().tolist())
t = tf.constant(np.linspace(-1.4, 1.4, 41, dtype=np.float32))
with tf.GradientTape() as tape:
    tape.watch(t)
    y = tf.reduce_sum(tf.nn.gelu(t))
print(tape.gradient(y, t).numpy().tolist())
print(tf.nn.gelu(tf.constant([[0.5, -1.5], [2.5, -3.5]])))
