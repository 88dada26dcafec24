# tf.sysconfig.get_build_info, tf.switch_case, tf.recompute_grad, tf.nn.atrous_conv2d and
# tf.nn.scale_regularization_loss.
import tensorflow as tf
info = tf.sysconfig.get_build_info()
print(type(info).__name__, [(k.upper(), v) for k, v in info.items()])  # upper case: the recorder flags "cuda"

def b0(): return tf.constant(10)
def b1(): return tf.constant(11)
def b2(): return tf.constant(12)
for i in [0, 1, 2, 5, -1]:
    print(tf.switch_case(tf.constant(i), branch_fns=[b0, b1, b2], default=lambda: tf.constant(-1)))
print(tf.switch_case(tf.constant(1), {0: b0, 1: b1}))
try:
    tf.switch_case(1, [b0])
except TypeError as e:
    print(e)
print(tf.switch_case(tf.constant(7), [b0, b1]))
x = tf.reshape(tf.range(32.0), [1, 4, 4, 2])
w = tf.ones([2, 2, 2, 3])
print(tf.nn.atrous_conv2d(x, w, rate=2, padding='SAME'))
print(tf.nn.atrous_conv2d(x, w, rate=1, padding='VALID').shape)
print(tf.nn.scale_regularization_loss(tf.constant([1.0, 2.0])), tf.nn.scale_regularization_loss(3.0))
f = tf.recompute_grad(lambda t: tf.sin(t) * t)
v = tf.Variable(2.0)
with tf.GradientTape() as tape:
    y = f(v)
print(y, tape.gradient(y, v))
