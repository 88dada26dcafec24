# The book's point (a, b, c, w) = (1, 2, 3, 4): dy/dw = 2aw + b = 10.
import tensorflow as tf
a = tf.constant(1.)
b = tf.constant(2.)
c = tf.constant(3.)
w = tf.constant(4.)
with tf.GradientTape() as tape:
    tape.watch([w])
    y = a * w ** 2 + b * w + c

grads = tape.gradient(y, [w])
[dy_dw] = grads
print(y)
print(repr(y))
print(type(grads), len(grads))
print(dy_dw)
print(repr(dy_dw))
print([dy_dw])
print(dy_dw.numpy())
print(float(dy_dw), y.numpy() + 1)
print(dy_dw.dtype, dy_dw.shape)
