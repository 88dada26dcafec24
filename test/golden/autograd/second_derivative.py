# Second derivatives with nested tapes: the inner gradient is itself recorded by the outer tape.
import tensorflow as tf

w = tf.Variable(1.)
b = tf.Variable(2.)
x = tf.Variable(3.)
with tf.GradientTape() as t1:
    with tf.GradientTape() as t2:
        y = x * w + b
    dy_dw, dy_db = t2.gradient(y, [w, b])
d2y_dw2 = t1.gradient(dy_dw, w)
print(dy_dw)
print(dy_db)
print(d2y_dw2)

x = tf.Variable(2.0)
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        y = x ** 3 + 2.0 * x ** 2
    dy = inner.gradient(y, x)
d2y = outer.gradient(dy, x)
print(dy, d2y)

# Third order, and a persistent tape asked inside its own context.
x = tf.constant(0.5)
with tf.GradientTape() as t3:
    t3.watch(x)
    with tf.GradientTape() as t2:
        t2.watch(x)
        with tf.GradientTape() as t1:
            t1.watch(x)
            y = tf.sin(x) * tf.exp(x)
        g1 = t1.gradient(y, x)
    g2 = t2.gradient(g1, x)
g3 = t3.gradient(g2, x)
print(g1, g2, g3)

x = tf.constant(3.0)
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    y = x * x * x
    g = t.gradient(y, x)
print(g, t.gradient(g, x))

# Hessian of a two-variable function through jacobian of a gradient.
p = tf.Variable([1.0, 2.0])
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        f = tf.reduce_sum(p ** 3 + p * p)
    g = inner.gradient(f, p)
print(g)
print(outer.jacobian(g, p))
