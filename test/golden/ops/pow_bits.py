# tf.pow / tf.math.pow / ** must match TF bit for bit: on full packets of the output (8 floats,
# 4 doubles, by flat output index whatever the broadcasting) TF uses Eigen's generic_pow
# (double-word log2 and exp2, then C99 special cases), which differs from libm's pow on about a
# quarter of inputs even for x ** 2; the n % packet tail and scalars use libm pow / powf.
# No CPU-estimate instructions are involved, so the output holds on any x86 CPU. tolist() shows
# every bit.
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


np.random.seed(7)
x = np.random.uniform(-10, 10, 403).astype(np.float32)
ax = np.abs(x)
for e in [2.0, 3.0, 0.5, 1.5, -1.0, -2.0, 0.0, 1.0, 10.0, 1 / 3]:
    show("f32 x^%r" % e, tf.pow(x, e).numpy().tolist())
    show("f32 |x|^%r" % e, tf.math.pow(ax, e).numpy().tolist())
t = tf.constant(x)
show("f32 t**2", (t ** 2).numpy().tolist())
show("f32 t**3.0", (t ** 3.0).numpy().tolist())
show("f32 2**t", (2.0 ** t).numpy().tolist())
y = np.random.uniform(-4, 4, 403).astype(np.float32)
show("f32 tensor y", tf.pow(ax, y).numpy().tolist())
show("f32 neg base int y", tf.pow(x, np.round(y)).numpy().tolist())
show("f32 neg base y", tf.pow(x, y).numpy().tolist())
# Wide bases from TF itself (a scalar base against a tensor exponent is broadcast too).
wide = tf.pow(np.float32(10.0), np.random.uniform(-37, 38, 403).astype(np.float32))
show("f32 10^u", wide.numpy().tolist())
show("f32 wide", tf.pow(wide, y).numpy().tolist())
near1 = (1 + np.random.uniform(-1e-3, 1e-3, 403)).astype(np.float32)
show("f32 near 1", tf.pow(near1, np.random.uniform(-1e5, 1e5, 403).astype(np.float32)).numpy().tolist())
# Overflow and underflow boundaries: y log2(x) around 128, -126 and -150.
# Bases near 2 and 3 (log2 near 1 and 1.585) with exponents spread around each target.
d = np.random.uniform(-0.002, 0.002, 203)
for base, log2base in [(2.0, 1.0), (3.0, 1.5849625007211562)]:
    b = (base * (1 + d)).astype(np.float32)
    for target in [128.0, -126.0, -150.0]:
        ey = (np.random.uniform(target - 2, target + 2, 203) / log2base).astype(np.float32)
        show("f32 edge %r %r" % (base, target), tf.pow(b, ey).numpy().tolist())

# Lengths 1..17: which elements take the packet path and which the scalar tail.
for n in range(1, 18):
    v = np.linspace(0.3, 9.7, n, dtype=np.float32)
    print(n, tf.pow(v, 1.5).numpy().tolist(), tf.pow(-v, 3.0).numpy().tolist())

# Broadcasting: the packet split follows the output's flat index.
m = np.random.uniform(0.1, 10, (7, 13)).astype(np.float32)
show("bcast row", tf.pow(m, np.random.uniform(-3, 3, 13).astype(np.float32)).numpy().ravel().tolist())
show("bcast col", tf.pow(m, np.random.uniform(-3, 3, (7, 1)).astype(np.float32)).numpy().ravel().tolist())
show("bcast outer", tf.pow(m[:, :1], np.random.uniform(-3, 3, (1, 9)).astype(np.float32)).numpy().ravel().tolist())

# Special values against each other, every pair in packet and tail positions.
specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1.0, -1.0, 2.0, -2.0, 0.5, -0.5,
            3.0, -3.0, 1.1754944e-38, -1.1754944e-38, 1e-45, -1e-45, 3.4028235e38, -3.4028235e38,
            1.0000001, 0.99999994, 127.0, 128.0, 150.0, 1e9, 1e10, -1e10, 7.5e8, 0.1, -0.1, 2.5, -2.5]
s = np.array(specials, dtype=np.float32)
def tail_only(a, b):
    # Calls of 7 elements take only libm's powf.
    return np.concatenate([tf.pow(a[i:i + 7], b).numpy() for i in range(0, len(a), 7)]).tolist()


for yv in specials:
    print("f32 s^%r" % yv, tf.pow(s, np.float32(yv)).numpy().tolist())
    print("f32 %r^s" % yv, tf.pow(np.float32(yv), s).numpy().tolist())
    print("f32 tail s^%r" % yv, tail_only(s, np.float32(yv)))

# float64: 4-wide packets, Eigen's double-word log2 with a division, libm pow on the tail.
d = np.random.uniform(-10, 10, 403)
for e in [2.0, 0.5, -1.0, 1 / 3, 7.0]:
    show("f64 x^%r" % e, tf.pow(d, e).numpy().tolist())
show("f64 tensor y", tf.pow(np.abs(d), np.random.uniform(-4, 4, 403)).numpy().tolist())
wide64 = tf.pow(10.0, tf.constant(np.random.uniform(-300, 300, 403)))
show("f64 10^u", wide64.numpy().tolist())
show("f64 wide", tf.pow(wide64, np.random.uniform(-1.5, 1.5, 403)).numpy().tolist())
for base in [2.0, 3.0]:
    b64 = base * (1 + np.random.uniform(-1e-4, 1e-4, 203))
    for target in [1024.0, -1022.0, -1075.0]:
        show("f64 edge %r %r" % (base, target), tf.pow(b64, np.random.uniform(target - 2, target + 2, 203) / (1.0 if base == 2.0 else 1.5849625007211562)).numpy().tolist())
for n in range(1, 10):
    print(n, tf.pow(np.linspace(0.3, 9.7, n), 2.5).numpy().tolist())
sd = np.array(specials + [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1024.0, 1075.0], dtype=np.float64)
for yv in [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, float("inf"), float("-inf"), float("nan"), 1e300]:
    print("f64 s^%r" % yv, tf.pow(sd, yv).numpy().tolist())

# float16 / bfloat16: scalar powf in float, then rounded.
for dt in [tf.float16, tf.bfloat16]:
    h = tf.cast(np.linspace(-6, 6, 97, dtype=np.float32), dt)
    for e in [2.0, 0.5, 3.0, -1.5]:
        print(dt.name, e, tf.cast(tf.pow(h, tf.cast(e, dt)), tf.float32).numpy().tolist())
print(tf.pow(tf.constant([[1.5, -2.0], [2.5, 0.0]]), 2.0))
print(tf.constant([4, -3, 0], tf.int32) ** 3)
