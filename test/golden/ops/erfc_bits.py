# tf.math.erfc must match TF bit for bit: TF uses Eigen's approximation (|x| <= 1: a polynomial;
# |x| > 1: exp(-x^2) times a rational function), not libm. In float32 full 8-wide packets use
# Eigen's polynomial exp and a Newton-refined hardware reciprocal, the n % 8 tail libm's expf and a
# true division; in float64 packets are 4 wide and differ in exp only. tolist() shows every bit.
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


def tail_only(values):
    # float32 packets with |x| > 1 go through the CPU's rcpps estimate, whose tables differ between
    # AMD (where this was recorded) and Intel; calls of 7 elements take only the scalar path, so
    # the expected output holds on any x86 CPU. Packets are covered where |x| <= 1.
    return np.concatenate([tf.math.erfc(values[i:i + 7]).numpy() for i in range(0, len(values), 7)]).tolist()


show("f32 packets", tf.math.erfc(np.linspace(-1, 1, 1201, dtype=np.float32)).numpy().tolist())
x = np.linspace(-6, 6, 1201, dtype=np.float32)
show("f32 grid", tail_only(x))
show("f32 wide", tail_only(np.linspace(-11.5, 11.5, 463, dtype=np.float32)))
np.random.seed(3)
show("f32 random", tail_only(np.random.uniform(-10, 10, 1003).astype(np.float32)))

# Lengths 1..17: which elements take the packet path and which the scalar tail.
for n in range(1, 18):
    print(n, tf.math.erfc(np.linspace(-1.0, 0.75, n, dtype=np.float32)).numpy().tolist())
    print(n, tf.math.erfc(tf.fill([n], 0.37)).numpy().tolist())

# Special values, in packet and tail positions.
specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1.1754942e-38,
            -1.1754944e-38, 1.0, -1.0, 1.0000001, -1.0000001, 0.99999994, 11.0, -11.0, 10.05, 9.3,
            -9.3, 3.4e38, -3.4e38]
s = np.array(specials, dtype=np.float32)
print(tail_only(s))
for v in [-2.0, -1.5, 0.5, 1.25, 4.0, 9.5]:
    print(v, float(tf.math.erfc(v)))

# float64: Eigen's double approximation; 4-wide packets.
d = np.linspace(-30, 30, 601)
show("f64 grid", tf.math.erfc(d).numpy().tolist())
show("f64 random", tf.math.erfc(np.random.uniform(-28, 28, 203)).numpy().tolist())
for n in range(1, 10):
    print(n, tf.math.erfc(np.linspace(-3.0, 27.0, n)).numpy().tolist())
print(tf.math.erfc(np.array(specials + [26.6, 27.3, 27.99, 28.0, 28.5, -28.5, 5e-324])).numpy().tolist())

# float16 / bfloat16 compute in float and round.
for dt in [tf.float16, tf.bfloat16]:
    h = tf.cast(np.linspace(-6, 6, 241, dtype=np.float32), dt)
    show(dt.name, tf.cast(tf.math.erfc(h), tf.float32).numpy().tolist())
    print(dt.name, tf.cast(tf.math.erfc(tf.cast(s, dt)), tf.float32).numpy().tolist())
print(tf.math.erfc(tf.constant([[0.5, -1.5], [2.5, -3.5]])))
