# float64 tensors (tf.constant of a numpy float64 array stays float64) must match TF bit for bit in
# exp, log, log1p, expm1, tanh, sigmoid, erf, atan, atanh and softplus, and in the activations built
# on them. TF uses Eigen's double approximations on full 4-wide packets (Cephes exp/log, Kahan's
# log1p/expm1, rational tanh/atan/atanh/erf) and mostly libm on the n % 4 tail, not libm throughout.
# tolist() shows every bit. Doubles have no approximate-reciprocal instructions, so nothing here
# depends on the CPU vendor.
import numpy as np
import tensorflow as tf


def show(label, values, chunk=60):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


def tail_only(f, values):
    # Calls of 3 elements take only the scalar path.
    return np.concatenate([f(tf.constant(values[i:i + 3])).numpy() for i in range(0, len(values), 3)]).tolist()


ops = [("exp", tf.exp), ("log", tf.math.log), ("log1p", tf.math.log1p), ("expm1", tf.math.expm1),
       ("tanh", tf.tanh), ("sigmoid", tf.sigmoid), ("erf", tf.math.erf), ("atan", tf.atan),
       ("atanh", tf.atanh), ("softplus", tf.nn.softplus)]

specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300,
            -1e-300, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308,
            -1.7976931348623157e308, 709.78, 709.79, -709.78, -745.2, -745.6, 708.0, -708.5, 710.0, -750.0,
            17.714196154005176, 17.7, -17.8, 27.9, 28.5, -30.0, 1e20, -1e20, 1e155, -1e200, 36.5, -36.5,
            -34.04, 34.04, 0.9999999999999999, -0.9999999999999999, 1.0000000000000002, 0.49999999999999994,
            0.5000000000000001, 1e-17, 1e-8, -1e-8, 0.7071067811865476, 1.4142135623730951, -0.693]
s = np.array(specials + [0.1] * ((-len(specials)) % 4))  # a whole number of packets
np.random.seed(5)
grid = np.linspace(-40, 40, 161)
unit = np.linspace(-1.2, 1.2, 97)
# Magnitudes spread over the whole exponent range, built from exact powers of two.
wide = np.random.uniform(1, 2, 40) * np.array([2.0 ** k for k in range(-1070, 1020, 53)][:40])
mid = -np.random.uniform(1, 2, 20) * np.array([2.0 ** k for k in range(-70, 70, 7)])
rand = np.concatenate([np.random.uniform(-9, 9, 40), wide, mid, np.random.uniform(0.9, 1.1, 20)])
for name, f in ops:
    show(name + " grid", f(grid).numpy().tolist())
    show(name + " unit", f(unit).numpy().tolist())
    show(name + " random", f(rand).numpy().tolist())
    print(name, "specials", f(s).numpy().tolist())
    show(name + " tail", tail_only(f, np.concatenate([s[:48], rand[:48]])))

# Lengths 1..9: the first n - n % 4 elements are packets, the rest the scalar tail.
for n in range(1, 10):
    v = np.linspace(-2.3, 3.1, n)
    print(n, [f(v).numpy().tolist() for _, f in ops])

# Activations on top of exp/tanh/sigmoid/softplus.
act = np.concatenate([np.linspace(-12, 12, 97), np.random.uniform(-12, 12, 31)])
print("elu", tf.nn.elu(act).numpy().tolist())
print("selu", tf.nn.selu(act).numpy().tolist())
print("silu", tf.nn.silu(act).numpy().tolist())
print("swish", tf.nn.swish(act).numpy().tolist())
print("gelu", tf.nn.gelu(act, approximate=True).numpy().tolist())
print("log_sigmoid", tf.math.log_sigmoid(act).numpy().tolist())
print(tf.exp(tf.constant([[0.5, -1.5], [2.5, -3.5]], dtype=tf.float64)))

# leaky_relu's alpha is a float32 attribute: float64 multiplies by double(float32(alpha)), and the
# half types by float32(alpha) rounded to them.
lv = np.array([-3.7, -1.0, -0.3333, 0.5, -1e-3, -123.456, 2.0, -7.77, 0.0, -0.0])
for dt in (tf.float64, tf.float32, tf.float16, tf.bfloat16):
    for alpha in (0.2, 0.1, 0.01, 0.3):
        print(dt.name, alpha, tf.cast(tf.nn.leaky_relu(tf.constant(lv, dtype=dt), alpha=alpha), tf.float64).numpy().tolist())
print(tf.nn.leaky_relu(tf.constant([-1.0, 2.0], dtype=tf.float64)))
