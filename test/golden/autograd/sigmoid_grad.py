# The sigmoid's gradient over tf.linspace(-10., 10., 10), next to its closed form.
import tensorflow as tf

x = tf.linspace(-10., 10., 10)
print(x)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.sigmoid(x)
dy_dx = tape.gradient(y, x)
print(y)
print(dy_dx)
print(y * (1 - y))
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.tanh(x)
print(tape.gradient(y, x))
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.nn.relu(x)
print(tape.gradient(y, x))
x64 = tf.linspace(tf.constant(-3., tf.float64), 3., 7)
with tf.GradientTape() as tape:
    tape.watch(x64)
    y = tf.sigmoid(x64)
print(tape.gradient(y, x64))
