# tf.keras.optimizers as custom training loops use them: names, learning_rate and iterations
# variables, apply_gradients (skipping None gradients), exact single-step updates, errors.
import tensorflow as tf

for cls in [tf.keras.optimizers.SGD, tf.keras.optimizers.Adam, tf.keras.optimizers.RMSprop, tf.keras.optimizers.Adagrad, tf.keras.optimizers.Adam]:
    o = cls()
    print(o.name, o.learning_rate, o.iterations)
o = tf.keras.optimizers.SGD(momentum=0.9)
print(o.momentum, o.nesterov)
print(tf.keras.optimizers.Adam)
try:
    tf.keras.optimizers.SGD(momentum=1)
except ValueError as e:
    print('ValueError:', e)
try:
    tf.keras.optimizers.Adam(lr=0.01)
except ValueError as e:
    print('ValueError:', e)

v = tf.Variable([1., 2.])
w = tf.Variable(3.)
o = tf.keras.optimizers.Adam(0.1)
print(o.beta_1, o.beta_2, o.epsilon, o.amsgrad)
with tf.GradientTape() as t:
    loss = tf.reduce_sum(v * v)
g = t.gradient(loss, [v, w])
print(g)
print(o.apply_gradients(zip(g, [v, w])))
print(v, w, o.iterations.numpy())
o.learning_rate = 0.5
print(o.learning_rate, float(o.learning_rate))

# One step of each rule on a 2-vector, exact to the last bit.
for opt in [tf.keras.optimizers.SGD(0.1), tf.keras.optimizers.SGD(0.1, momentum=0.9, nesterov=True),
            tf.keras.optimizers.Adam(0.01, amsgrad=True), tf.keras.optimizers.RMSprop(0.01, momentum=0.2, centered=True),
            tf.keras.optimizers.Adagrad(0.1)]:
    p = tf.Variable([0.5, -1.5])
    for step in range(3):
        with tf.GradientTape() as t:
            loss = tf.reduce_sum(p ** 3 - 2.0 * p)
        opt.apply_gradients([(t.gradient(loss, p), p)])
    print(opt.name, p.numpy(), opt.iterations.numpy())
