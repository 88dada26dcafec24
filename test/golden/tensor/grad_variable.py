import tensorflow as tf
w = tf.Variable([[1., 2.], [3., 4.]])
b = tf.Variable([0.5, -0.5])
x = tf.constant([[1., 1.]])
with tf.GradientTape() as tape:
    y = tf.matmul(x, w) + b
    loss = tf.reduce_mean(y ** 2)
print(loss)
grads = tape.gradient(loss, [w, b])
for g in grads:
    print(g)
w.assign_sub(0.1 * grads[0])
print(w.numpy())
c = tf.constant(2.)
with tf.GradientTape() as tape:
    z = c * 3.
print(tape.gradient(z, c))
u = tf.Variable(1.)
with tf.GradientTape() as tape:
    z = c * 3.
print(tape.gradient(z, u))
