# float32 sigmoid/tanh must match TF bit for bit: TF uses Eigen's vectorised approximations (8-wide
# packets, the n % 8 tail through the scalar exp path), not libm. Printing via tolist() shows every
# bit of each float32 result; lengths are chosen to leave tails of 1..7 elements.
import tensorflow as tf

ranges = [(-20., 20., 203), (-6., 6., 97), (-110., 20., 131), (-1e-3, 1e-3, 15), (7.8, 8.1, 9), (16.5, 16.8, 7)]
for lo, hi, n in ranges:
    x = tf.linspace(lo, hi, n)
    print("range", lo, hi, n)
    print("sigmoid", tf.sigmoid(x).numpy().tolist())
    print("math.sigmoid", tf.math.sigmoid(x).numpy().tolist())
    print("nn.sigmoid", tf.nn.sigmoid(x).numpy().tolist())
    print("tanh", tf.tanh(x).numpy().tolist())
    print("nn.tanh", tf.nn.tanh(x).numpy().tolist())

# The same value gives different bits on the packet path and the scalar tail.
for n in [1, 7, 8, 9, 15, 16, 17]:
    x = tf.fill([n], 0.3)
    print(n, tf.sigmoid(x).numpy().tolist()[-1], tf.sigmoid(x).numpy().tolist()[0])

# Rank-0 tensors and Python scalars.
for v in [-3.7, -0.5, 0.25, 1.9, 12.3, 17.0, -105.0]:
    print(v, float(tf.sigmoid(v)), float(tf.tanh(v)), float(tf.sigmoid(tf.constant(v))))

# Special values, both in a full packet and in the tail.
specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), -88.0, -103.9, 9.0, -9.0, 16.6355324, 1e-30]
print(tf.sigmoid(specials).numpy().tolist())
print(tf.tanh(specials).numpy().tolist())
print(tf.sigmoid(tf.reshape(tf.linspace(-5., 5., 24), [2, 3, 4])))
print(tf.tanh(tf.reshape(tf.linspace(-5., 5., 24), [4, 6])))
