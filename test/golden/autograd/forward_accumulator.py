# golden: prints warnings
# tf.autodiff.ForwardAccumulator: Jacobian-vector products through common ops, nested with
# GradientTape both ways (Hessian-vector products), nested accumulators, variables and TF's errors.
import tensorflow as tf

x = tf.constant([[1.0, 2.0, 3.0], [-1.0, 0.5, 4.0]])
t = tf.constant([[1.0, 0.0, 0.5], [0.0, 2.0, -1.0]])
w = tf.constant([[0.5, -1.0], [2.0, 0.25], [1.0, 1.0]])
with tf.autodiff.ForwardAccumulator(x, t) as acc:
    outs = {
        'square_sum': tf.reduce_sum(x ** 2),
        'matmul': x @ w,
        'matmul_t': tf.matmul(x, x, transpose_b=True),
        'softmax': tf.nn.softmax(x),
        'log_softmax': tf.nn.log_softmax(x, axis=0),
        'relu': tf.nn.relu(x),
        'sigmoid': tf.sigmoid(x),
        'tanh': tf.tanh(x),
        'exp': tf.exp(x),
        'log1p': tf.math.log1p(tf.abs(x)),
        'mean': tf.reduce_mean(x, axis=1),
        'max': tf.reduce_max(x, axis=0),
        'logsumexp': tf.reduce_logsumexp(x),
        'norm': tf.norm(x),
        'transpose': tf.transpose(x),
        'reshape': tf.reshape(x, [3, 2]),
        'concat': tf.concat([x, x * 2.0], axis=1),
        'stack': tf.stack([x[0], x[1]]),
        'slice': x[:, 1:],
        'gather': tf.gather(x, [2, 0], axis=1),
        'where': tf.where(x > 1.0, x, -x),
        'maximum': tf.maximum(x, 1.0),
        'divide': x / (1.0 + x * x),
        'pow': tf.pow(tf.abs(x) + 1.0, 1.5),
        'clip': tf.clip_by_value(x, 0.0, 2.5),
        'cumsum': tf.cumsum(x, axis=1),
        'tile': tf.tile(x[:1], [2, 1]),
        'pad': tf.pad(x, [[0, 0], [1, 0]]),
        'floor': tf.floor(x),
        'argmax': tf.argmax(x, axis=1),
        'cast_int': tf.cast(x, tf.int32),
        'unrelated': tf.constant(3.0) * 2.0,
    }
for name, value in outs.items():
    print(name, acc.jvp(value))
print(acc.jvp(outs['unrelated'], unconnected_gradients=tf.UnconnectedGradients.ZERO))
print(acc.jvp(x))
print(acc.jvp({'a': outs['matmul'], 'b': [x, outs['floor']]}))

# conv2d and pooling
img = tf.reshape(tf.range(16, dtype=tf.float32) / 8.0, [1, 4, 4, 1])
kern = tf.constant([[[[1.0]], [[-1.0]]], [[[0.5]], [[2.0]]]])
with tf.autodiff.ForwardAccumulator(kern, tf.ones_like(kern)) as acc:
    conv = tf.nn.conv2d(img, kern, strides=1, padding='VALID')
    pooled = tf.nn.max_pool2d(conv, 2, 1, 'VALID')
print(tf.squeeze(acc.jvp(conv)))
print(tf.squeeze(acc.jvp(pooled)))

# Variables: reads carry the variable's tangent; a variable not watched has none.
v = tf.Variable([1.0, 2.0])
u = tf.Variable([3.0, 4.0])
with tf.autodiff.ForwardAccumulator(primals=[v], tangents=[tf.constant([1.0, 1.0])]) as acc:
    out = tf.reduce_sum(v * v) + tf.reduce_sum(u)
print(acc.jvp(out))
print(acc.jvp([v, u]))

# Forward over backward: the Hessian-vector product of f(x) = sum(x^3) at x in direction t.
x = tf.constant([1.0, 2.0, 3.0])
t = tf.constant([1.0, 0.0, -1.0])
with tf.autodiff.ForwardAccumulator(x, t) as acc:
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.reduce_sum(x ** 3)
    g = tape.gradient(y, x)
print('grad', g)
print('hvp', acc.jvp(g))

# Backward over forward: the same product as a gradient of the JVP.
with tf.GradientTape() as tape:
    tape.watch(x)
    with tf.autodiff.ForwardAccumulator(x, t) as acc:
        y = tf.reduce_sum(x ** 3)
    jvp = acc.jvp(y)
print('jvp', jvp)
print('hvp', tape.gradient(jvp, x))

# Nested accumulators: the outer one sees the inner one's tangent computation.
with tf.autodiff.ForwardAccumulator(x, t) as outer:
    with tf.autodiff.ForwardAccumulator(x, t) as inner:
        y = tf.reduce_sum(tf.sin(x))
    first = inner.jvp(y)
print(first, outer.jvp(first))

# Forward over backward of a second-order quantity, with tf.sin (cos' = -sin).
with tf.autodiff.ForwardAccumulator(x, t) as acc:
    with tf.GradientTape() as tape:
        tape.watch(x)
        z = tf.reduce_sum(tf.sin(x))
    print(acc.jvp(tape.gradient(z, x)))

# Only ops run inside the `with` block get tangents.
acc = tf.autodiff.ForwardAccumulator(x, t)
print(acc.jvp(x * 2.0))
with acc:
    y = x * 2.0
print(acc.jvp(y))
print(acc.jvp(y * 2.0))

# custom_gradient: forward mode goes through the custom backward function.
@tf.custom_gradient
def scaled_identity(a):
    def grad(dy):
        return 3.0 * dy
    return tf.identity(a), grad

with tf.autodiff.ForwardAccumulator(x, t) as acc:
    y = scaled_identity(x)
print(acc.jvp(y))

for make in [
    lambda: tf.autodiff.ForwardAccumulator([x, x], [t, t]),
    lambda: tf.autodiff.ForwardAccumulator([x], [t, t]),
    lambda: tf.autodiff.ForwardAccumulator(x, [1.0, 0.0, 0.0]),
    lambda: acc.jvp(3.0),
    lambda: acc.jvp(y, unconnected_gradients='sometimes'),
]:
    try:
        r = make()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)

with tf.autodiff.ForwardAccumulator(tf.constant([1, 2]), tf.constant([1, 0])) as acc:
    y = tf.constant([1, 2]) * 2
print(acc.jvp(y))
