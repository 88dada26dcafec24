# jacobian, batch_jacobian, tf.stop_gradient, tf.custom_gradient and tf.function.
import tensorflow as tf

x = tf.constant([1.0, 2.0, 3.0])
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    y = x * x
    s = tf.reduce_sum(y)
print(t.jacobian(y, x))
print(t.jacobian(s, x))
print(t.jacobian(y, [x, tf.constant(1.0)]))
print(t.jacobian(y, [x, tf.constant(1.0)], unconnected_gradients=tf.UnconnectedGradients.ZERO))

m = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
w = tf.constant([[1.0, -1.0, 0.5], [2.0, 0.0, 1.0]])
with tf.GradientTape(persistent=True) as t:
    t.watch(m)
    out = tf.matmul(m, w) * tf.reduce_sum(m, axis=1, keepdims=True)
print(t.batch_jacobian(out, m))
print(t.jacobian(out, m).shape)
try:
    t.batch_jacobian(out, tf.constant([1.0, 2.0]))
except ValueError as e:
    print('ValueError:', e)
try:
    t.batch_jacobian(out, tf.constant([[1.0, 2.0]]))
except ValueError as e:
    print('ValueError:', e)

# stop_gradient blocks the path it is on.
a = tf.constant(2.0)
with tf.GradientTape() as t:
    t.watch(a)
    b = a * a + tf.stop_gradient(a * a)
print(t.gradient(b, a))


# custom_gradient: a numerically stable log(1 + e^x).
@tf.custom_gradient
def log1pexp(x):
    e = tf.exp(x)

    def grad(upstream):
        return upstream * (1 - 1 / (1 + e))

    return tf.math.log(1 + e), grad


x = tf.constant(100.)
with tf.GradientTape() as t:
    t.watch(x)
    y = log1pexp(x)
print(y, t.gradient(y, x))

x = tf.constant(1.)
with tf.GradientTape() as outer:
    outer.watch(x)
    with tf.GradientTape() as inner:
        inner.watch(x)
        y = log1pexp(x)
    g = inner.gradient(y, x)
print(g, outer.gradient(g, x))


@tf.custom_gradient
def clip_grad(x, y):
    def grad(dz):
        return tf.minimum(dz, 0.5), dz * 3.0

    return x * y, grad


p = tf.constant(2.0)
q = tf.constant(5.0)
with tf.GradientTape() as t:
    t.watch([p, q])
    z = clip_grad(p, q) * 2.0
print(t.gradient(z, [p, q]))

v = tf.Variable(3.0)


@tf.custom_gradient
def scaled(x):
    def grad(dy, variables=None):
        return dy * 10.0, [dy * 100.0]

    return x * v, grad


with tf.GradientTape() as t:
    t.watch(p)
    r = scaled(p)
print(t.gradient(r, [p, v]))


# tf.function: a decorator with and without arguments, and a wrapper; results as eager.
@tf.function
def f(x):
    return x * x + 1.0


@tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)], jit_compile=True, reduce_retracing=True)
def g(x):
    return tf.reduce_sum(x * 2.0)


h = tf.function(lambda x, y: x @ y)
print(f(tf.constant(3.0)), f(2.0))
print(g([1.0, 2.0, 3.0]))
print(h(tf.constant([[1.0, 2.0]]), tf.constant([[3.0], [4.0]])))
print(tf.TensorSpec(shape=[None, 3], dtype=tf.float64, name='x'))
x = tf.constant(2.0)
with tf.GradientTape() as t:
    t.watch(x)
    y = f(x)
print(t.gradient(y, x))
