# GradientTape's API as TF has it: watch of nested structures, nested sources, output_gradients,
# unconnected and integer sources, stop_recording, reset, watched_variables, the errors.
import tensorflow as tf

x = tf.constant(3.0)
y = tf.constant([1.0, 2.0])
with tf.GradientTape() as t:
    t.watch({'a': x, 'b': [y]})
    z = x * x + tf.reduce_sum(y * y)
g = t.gradient(z, {'x': x, 'ys': (y, [y])})
print(g)

# Non-scalar targets are summed; output_gradients weight them.
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    v = x * tf.constant([1., 2., 3.])
print(t.gradient(v, x))
print(t.gradient(v, x, output_gradients=tf.constant([1., 10., 100.])))
print(t.gradient([v, x * x], x))
print(t.gradient(v, [x, y]))
print(t.gradient(v, [x, y], unconnected_gradients=tf.UnconnectedGradients.ZERO))
print(t.gradient(v, y, unconnected_gradients='zero'))
print(tf.UnconnectedGradients.NONE, repr(tf.UnconnectedGradients.ZERO))
try:
    t.gradient(v, x, unconnected_gradients='sometimes')
except ValueError as e:
    print('ValueError:', e)
del t

# Integer sources get no gradient.
i = tf.constant(3)
with tf.GradientTape() as t:
    t.watch(i)
    j = i * i
print(t.gradient(j, i))

# A non-persistent tape computes one set of gradients.
with tf.GradientTape() as t:
    t.watch(x)
    y2 = x * x
print(t.gradient(y2, x))
try:
    t.gradient(y2, x)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.jacobian(y2, x)
except RuntimeError as e:
    print('RuntimeError:', e)

# Asked inside its context, a non-persistent tape stops recording.
with tf.GradientTape() as t:
    t.watch(x)
    y2 = x * x
    print(t.gradient(y2, x))
    y3 = y2 * x

# stop_recording and reset.
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    a = x * x
    with t.stop_recording():
        b = x * x
    c = a + b
print(t.gradient(a, x), t.gradient(b, x), t.gradient(c, x))
try:
    with tf.GradientTape() as fresh:
        pass
    with tf.GradientTape().stop_recording():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

with tf.GradientTape() as t:
    t.watch(x)
    lost = x * x
    t.reset()
    t.watch(x)
    kept = x * x * x
print(t.gradient(lost + kept, x))

# Variables: trainable ones are watched when read; watch_accessed_variables=False watches none.
v1 = tf.Variable(2.0)
v2 = tf.Variable(3.0, trainable=False)
v3 = tf.Variable(4.0)
with tf.GradientTape() as t:
    out = v1 * v2 + v3
print(t.gradient(out, [v1, v2, v3]))
print(t.watched_variables())
with tf.GradientTape(watch_accessed_variables=False) as t:
    t.watch(v3)
    out = v1 * v3
print(t.gradient(out, [v1, v3]))
print(len(t.watched_variables()))
with tf.GradientTape() as t:
    v1.assign_add(1.0)
    out = v1 * v1
print(t.gradient(out, v1), v1.numpy())

# Errors.
try:
    with tf.GradientTape() as t:
        t.watch([x, 3.0])
except ValueError as e:
    print('ValueError:', e)
try:
    with tf.GradientTape() as t:
        t.watch(x)
        y2 = x * x
    t.gradient(None, x)
except TypeError as e:
    print('TypeError:', e)
try:
    v1 -= 1.0
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    v1 += 1.0
except RuntimeError as e:
    print('RuntimeError:', e)
t = tf.GradientTape()
with t:
    try:
        with t:
            pass
    except ValueError as e:
        print('ValueError:', e)

# Rebinding a tensor with -= is an ordinary new tensor.
w = tf.constant(1.0)
w -= 0.1 * tf.constant(2.0)
print(w)
