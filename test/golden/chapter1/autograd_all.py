# Gradients of y = a*w**2 + b*w + c with respect to every input at once.
import tensorflow as tf
a = tf.constant(1.)
b = tf.constant(2.)
c = tf.constant(3.)
w = tf.constant(4.)
with tf.GradientTape() as tape:
    tape.watch([a, b, c, w])
    y = a * w ** 2 + b * w + c
dy_da, dy_db, dy_dc, dy_dw = tape.gradient(y, [a, b, c, w])
print('dy/da =', dy_da)
print('dy/db =', dy_db)
print('dy/dc =', dy_dc)
print('dy/dw =', dy_dw)
for name, g in zip('abcw', [dy_da, dy_db, dy_dc, dy_dw]):
    print(name, g.numpy())
