# The chain rule checked with one persistent tape: dy/du * du/dx == dy/dx.
import tensorflow as tf

x = tf.constant(1.)
w1 = tf.constant(2.)
b1 = tf.constant(1.)
w2 = tf.constant(2.)
b2 = tf.constant(1.)
with tf.GradientTape(persistent=True) as tape:
    tape.watch([w1, b1, w2, b2])
    y1 = x * w1 + b1
    y2 = y1 * w2 + b2
dy2_dy1 = tape.gradient(y2, [y1])[0]
dy1_dw1 = tape.gradient(y1, [w1])[0]
dy2_dw1 = tape.gradient(y2, [w1])[0]
print(dy2_dy1)
print(dy1_dw1)
print(dy2_dw1)
print(dy2_dy1 * dy1_dw1)
print(dy2_dy1 * dy1_dw1 == dy2_dw1)
print(tape.gradient(y2, {'w1': w1, 'b': (b1, b2)}))
del tape

# The same with Variables (watched automatically) and non-scalar targets.
v = tf.Variable([1., 2., 3.])
with tf.GradientTape(persistent=True) as tape:
    u = tf.exp(v * 0.5)
    z = tf.reduce_sum(u * u)
dz_du = tape.gradient(z, u)
du_dv = tape.gradient(u, v)
print(dz_du)
print(du_dv)
print(tape.gradient(z, v))
print(dz_du * du_dv)
print(tape.watched_variables())
