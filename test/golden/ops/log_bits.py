# float32 tf.math.log, log1p and expm1 must match TF bit for bit. TF evaluates them with Eigen: full
# 8-wide packets use Eigen's plog (a [3/3] rational on the mantissa, no FMA), log1p/expm1 are built
# from plog and the polynomial exp with Kahan's corrections; the trailing n % 8 elements take libm
# (logf, log1pf, expm1f). No hardware-estimate instructions are involved, so every path is pinned.
# tolist() shows every bit.
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


f32 = np.float32
specials = np.array([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1.1754942e-38,
                     1.1754944e-38, -1.1754944e-38, 1.0, -1.0, 1.0000001, 0.99999994, 0.70710677,
                     0.7071068, 1.4142135, 2.0, 0.5, 3.4028235e38, -3.4028235e38, 1e-30, -1e-30, 5.9604645e-08,
                     -5.9604645e-08, 88.0, 88.72283, 88.7229, -87.0, -103.0, -104.5, 1e-7, -0.99999994, -2.0],
                    dtype=f32)

np.random.seed(7)
grids = {
    "near1": np.linspace(0.5, 2.0, 601, dtype=f32),
    "near0": np.linspace(-0.01, 0.01, 401, dtype=f32),
    "wide": np.exp(np.linspace(-87, 88, 701)).astype(f32),
    "random": np.random.uniform(-20, 20, 803).astype(f32),
    "signed": (np.sign(np.random.uniform(-1, 1, 800)) * (2.0 ** np.random.uniform(-130, 127.9, 800))).astype(f32),
}
for name, fn in [("log", tf.math.log), ("log1p", tf.math.log1p), ("expm1", tf.math.expm1)]:
    for label, x in grids.items():
        show(f"{name} {label}", fn(x).numpy().tolist())
    # Specials in packet positions (a multiple of 8 long) and in the scalar tail (7 at a time).
    padded = np.concatenate([specials, np.zeros(-len(specials) % 8, f32)])
    print(name, "packets", fn(padded).numpy().tolist())
    print(name, "tail", [v for i in range(0, len(specials), 7) for v in fn(specials[i:i + 7]).numpy().tolist()])
    # Lengths 1..17: which elements take the packet path and which the scalar tail.
    for n in range(1, 18):
        print(name, n, fn(np.linspace(0.05, 3.75, n, dtype=f32)).numpy().tolist())
    print(name, "scalar", float(fn(tf.constant(0.3))), fn(tf.constant([[0.25, 4.0], [9.0, 1e-3]])).numpy().tolist())

# float16 / bfloat16: Eigen widens 8 halves to floats for the packet function and rounds back; the
# tail calls libm on one widened value.
for dt in [tf.float16, tf.bfloat16]:
    for name, fn in [("log", tf.math.log), ("log1p", tf.math.log1p), ("expm1", tf.math.expm1)]:
        x = tf.cast(np.concatenate([np.linspace(-0.9, 3.0, 389), np.linspace(-12, 12, 97)]).astype(f32), dt)
        show(f"{dt.name} {name}", tf.cast(fn(x), tf.float32).numpy().tolist())
        for n in [5, 8, 13]:
            print(dt.name, name, n, tf.cast(fn(tf.cast(np.linspace(-0.6, 4.0, n), dt)), tf.float32).numpy().tolist())
