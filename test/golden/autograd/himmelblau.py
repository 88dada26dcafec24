# Gradient descent on Himmelblau's function from [4., 0.]: 200 steps, x and f(x) every 20 steps
# (the book's chapter-7 example).
import tensorflow as tf


def himmelblau(x):
    return (x[0] ** 2 + x[1] - 11) ** 2 + (x[0] + x[1] ** 2 - 7) ** 2


x = tf.constant([4., 0.])
for step in range(200):
    with tf.GradientTape() as tape:
        tape.watch([x])
        y = himmelblau(x)
    grads = tape.gradient(y, [x])[0]
    x -= 0.01 * grads
    if step % 20 == 19:
        print('step', step, ': x =', x.numpy(), ', f(x) =', y.numpy(), float(y))
print(x)
