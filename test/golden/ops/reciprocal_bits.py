# Float32 tf.math.reciprocal and tf.math.rsqrt (and l2_normalize, built on rsqrt) must match TF
# bit for bit. TF's full 8-float packets start from the CPU's rcpps / rsqrtps estimate and take one
# Newton step; the n % 8 trailing elements take the scalar path, a true 1 / x and 1 / sqrt(x).
# The estimate tables differ between AMD (where this was recorded) and Intel, so values here go
# through calls of 7 elements (scalar path only) and hold on any x86 CPU. Packets are covered only
# for inputs whose estimate is exact by specification (+-0, +-inf, NaN, negative for rsqrt).
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


def tail_only(fn, values):
    return np.concatenate([fn(values[i:i + 7]).numpy() for i in range(0, len(values), 7)]).tolist()


np.random.seed(11)
specials = np.array([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1.1754944e-38,
                     -1.1754944e-38, 1.0, -1.0, 2.0, 3.0, 0.1, 3.4e38, -3.4e38, 8.5e37, 1e-38],
                    dtype=np.float32)
values = np.concatenate([np.linspace(-5, 5, 401, dtype=np.float32),
                         (np.exp(np.random.uniform(-87, 88, 300)) * np.random.choice([-1, 1], 300)).astype(np.float32),
                         specials])
for name, fn in [("reciprocal", tf.math.reciprocal), ("rsqrt", tf.math.rsqrt)]:
    show(name, tail_only(fn, values))
    # Packets whose lanes all have exact estimates.
    print(name, "packet", fn(np.array([0.0, -0.0, float("inf"), float("-inf"), float("nan"), -0.0, 0.0, float("inf")],
                                      dtype=np.float32)).numpy().tolist())
print("rsqrt negative packet", tf.math.rsqrt(np.array([-1.0, -2.0, -0.5, -3e38, -4.0, -1e-3, -7.0, -9.0], dtype=np.float32)).numpy().tolist())
for n in range(1, 8):
    print(n, tf.math.reciprocal(np.linspace(0.3, 7.1, n, dtype=np.float32)).numpy().tolist(),
          tf.math.rsqrt(np.linspace(0.3, 7.1, n, dtype=np.float32)).numpy().tolist())
print(tf.math.reciprocal(3.0), tf.math.rsqrt(5.0), tf.math.reciprocal(tf.constant([[2.0, -3.0], [0.7, 9.0]])))

# l2_normalize: x * rsqrt(max(sum(x^2), epsilon)); fewer than 8 norms per call keeps rsqrt scalar.
x = np.random.uniform(-3, 3, (7, 13)).astype(np.float32)
print(tf.math.l2_normalize(x, axis=1).numpy().tolist())
print(tf.math.l2_normalize(x[:, :5], axis=0).numpy().tolist())
print(tf.math.l2_normalize(x[0]).numpy().tolist())
print(tf.nn.l2_normalize(np.array([[0.0, 0.0], [1e-7, 0.0], [3.0, 4.0]], dtype=np.float32), axis=-1).numpy().tolist())
print(tf.math.l2_normalize(np.array([1e-30, 2e-30], dtype=np.float32), epsilon=1e-12).numpy().tolist())
