# float32 exp and erf must match TF bit for bit: TF uses Eigen's approximations (exp: polynomial on
# 8-wide packets, libm expf on the n % 8 tail; erf: a rational approximation everywhere), not libm.
# tolist() shows every bit of each float32 result.
import tensorflow as tf

for lo, hi, n in [(-110., 95., 203), (-5., 5., 97), (-88., -86., 13), (86., 89., 11), (-0.01, 0.01, 9)]:
    x = tf.linspace(lo, hi, n)
    print("range", lo, hi, n)
    print("exp", tf.exp(x).numpy().tolist())
    print("math.exp", tf.math.exp(x).numpy().tolist())
    print("erf", tf.math.erf(x / 10.).numpy().tolist())

# The same value gives different exp bits on the packet path and the scalar tail.
for n in [1, 7, 8, 9, 16, 17]:
    x = tf.fill([n], 1.4)
    print(n, tf.exp(x).numpy().tolist()[-1], tf.exp(x).numpy().tolist()[0])

for v in [-3.7, -0.5, 0.25, 1.9, 12.3, 88.5, -104.5]:
    print(v, float(tf.exp(v)), float(tf.math.erf(v)), float(tf.exp(tf.constant(v))))

# Special values, inside a packet (a lane with |x| > 87 switches Eigen to its careful ldexp) and in the tail.
specials = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), -88.0, -103.9, -105.0, 88.7, 89.0, 3.9, 4.1]
print(tf.exp(specials).numpy().tolist())
print(tf.math.erf(specials).numpy().tolist())
print(tf.exp(tf.reshape(tf.linspace(-5., 5., 24), [2, 3, 4])))
print(tf.math.erf(tf.reshape(tf.linspace(-3., 3., 10), [2, 5])))
