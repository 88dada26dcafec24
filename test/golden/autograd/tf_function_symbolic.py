# Inside a tf.function body TF traces a graph: tensors there are symbolic and print their node name
# and static shape (Tensor("add:0", shape=(2,), dtype=float32)), not values. Names follow the op
# the Python code called, made unique per graph case-insensitively ("add" then tf.add is "Add_1");
# reductions without an axis spend a hidden "Const". Each new trace starts a fresh graph; results
# come back as eager tensors.
import tensorflow as tf
import numpy as np

v = tf.Variable(2.0)


@tf.function
def f(x, y, n):
    print(x); print(y); print(n)
    a = x + y
    print(a)
    b = x * 2
    print(b)
    print(x - y, x / y, x ** 2, -x)
    print(tf.add(x, y), tf.multiply(x, y), tf.subtract(x, y), tf.divide(x, y))
    print(tf.reduce_sum(x), tf.reduce_mean(x), tf.reduce_max(x, axis=0))
    print(tf.square(x), tf.exp(x), tf.math.log(x), tf.sqrt(x), tf.nn.relu(x), tf.sigmoid(x), tf.tanh(x))
    print(tf.constant(3.0), tf.ones([2]), tf.zeros([2, 2]), tf.cast(x, tf.int32), tf.reshape(x, [-1, 1]))
    print(tf.matmul(tf.reshape(x, [1, -1]), tf.reshape(y, [-1, 1])))
    print(tf.shape(x), x.shape, tf.size(x), tf.rank(x))
    print(v, v + 1, v * x)
    print(x[0], x[1:], tf.concat([x, y], 0), tf.stack([x, y]))
    print(tf.nn.softmax(x), tf.argmax(x), tf.where(x > 1, x, y), x > 1, tf.abs(x), tf.maximum(x, y))
    print(a + b, a * b, a + 1, 1 + a, 2 * a)
    print(repr(x), str(a), [x, y], (x,), f"{x}", "%s" % y)
    try:
        x.numpy()
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(f"{x:.2f}")
    except TypeError as e:
        print("TypeError:", e)
    tf.print("values still flow:", a)
    return a


r = f(tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0]), 3)
print(r, repr(r))


@tf.function
def more(x, *rest, scale=1.0):
    print(x, rest, scale)
    print(x // x, x % x, abs(x), x < x, x >= x, x == x, x != x)
    print(tf.pow(x, 2), tf.floor(x), tf.sin(x), tf.math.log1p(x), tf.math.reduce_min(x), tf.reduce_any(x > 0))
    print(tf.transpose(tf.reshape(x, [1, -1])), tf.expand_dims(x, 0), tf.squeeze(tf.reshape(x, [1, -1])))
    print(tf.gather(x, [0]), tf.one_hot([0, 1], 3), tf.tile(x, [2]), tf.clip_by_value(x, 0.0, 1.0))
    print(tf.zeros_like(x), tf.ones_like(x), tf.fill([2], 1.0), tf.range(3), tf.linspace(0.0, 1.0, 3))
    print(tf.split(x, 2), tf.unstack(x), tf.identity(x), tf.convert_to_tensor(2.0), tf.math.add_n([x, x]))
    print(tf.nn.log_softmax(x), tf.math.argmin(x), tf.nn.leaky_relu(x), tf.math.reduce_std(x), tf.math.cumsum(x))
    return x


more(tf.constant([1.0, 2.0]), tf.constant(1.0), 5, scale=tf.constant(2.0))


@tf.function
def g(x):
    print("Tracing with", x)
    return x * x


g(tf.constant(1)); g(tf.constant(2)); g(tf.constant(2.0)); g(2); g(3)
print(g(np.array([1.0, 2.0])), g(np.array([3.0, 4.0])))


@tf.function(input_signature=[tf.TensorSpec(shape=[None, 3], dtype=tf.float32)])
def h(x):
    print(x, x.shape, x.get_shape(), tf.shape(x))
    y = x * 2 + 1
    print(y, tf.reduce_sum(x, axis=1), tf.reduce_sum(x, axis=0), tf.nn.relu(y), x[0], tf.transpose(x))
    return y


print(h(tf.ones([2, 3])))
print(h(tf.ones([4, 3])).shape)


class Model(tf.Module):
    def __init__(self):
        self.w = tf.Variable([[1.0], [2.0]], name="w")
        self.b = tf.Variable(0.5)

    @tf.function
    def __call__(self, x):
        print(self.w, self.b)
        out = tf.matmul(x, self.w) + self.b
        print(out)
        return out


print(Model()(tf.constant([[1.0, 2.0]])))


@tf.function
def inner(a):
    print("inner", a)
    return a + 1


@tf.function
def outer(a):
    b = a * 3
    print("outer", b)
    c = inner(b)
    d = inner(c) * 2
    print("outer again", c, d, b + 1)
    return d


print(outer(tf.constant(1.0)))


@tf.function
def twice(x, y):
    z = x + y
    print(z, x, y)
    return z


t = tf.constant(2.0)
print(twice(t, t), t)
w = tf.Variable(3.0)
with tf.GradientTape() as tape:
    s = twice(w * 1.0, w * 1.0)
print(tape.gradient(s, w))


@tf.function
def nested(xs, d, t):
    print(xs, d, t)
    return xs[0] + d["a"]


print(nested([t, 3, (tf.constant(2.0),)], {"b": tf.constant(4.0), "a": tf.constant(3.0)}, t))


@tf.function
def composites(x):
    # Composite ops show the node that yields their output, inside the op's name scope.
    print(tf.random.normal([2]), tf.random.uniform([2]), tf.eye(2), tf.norm(x), tf.einsum("i,i->", x, x))
    print(tf.math.reduce_logsumexp(x), tf.constant(1.0), tf.math.cumprod(x), tf.math.logical_not(x > 0))
    print(tf.math.floormod(x, 2.0), tf.math.mod(x, 2.0), tf.math.divide_no_nan(x, x), tf.math.top_k(x, 1))
    print(tf.sort(x), tf.argsort(x), tf.reverse(x, [0]), tf.pad(x, [[1, 1]]), tf.math.count_nonzero(x))
    print(tf.nn.l2_normalize(x), tf.nn.silu(x), tf.nn.gelu(x), tf.math.reduce_euclidean_norm(x))
    # Value-dependent sizes are unknown in the graph.
    print(tf.boolean_mask(x, x > 1), tf.unique(x), tf.math.bincount(tf.cast(x, tf.int32)), tf.math.segment_sum(x, [0, 0]))
    return x


composites(tf.constant([1.0, 2.0]))


@tf.function
def double(a):
    print("Tracing with", a)
    return a + a


print(double(tf.constant(1)))
print(double(tf.constant(1.1)))
print(double(tf.constant("a")))


@tf.function
def strings(a):
    print(a, repr(a), tf.strings.length(a), tf.strings.join([a, a]), tf.strings.upper(a), a == a)
    print(tf.strings.to_number(tf.constant(["1"])), tf.strings.regex_replace(a, "x", "y"), tf.strings.format("{}", a))
    return a


strings(tf.constant(["x", "yz"]))


@tf.function
def names(x):
    print(x.name, (x + 1).name, tf.reduce_sum(x).name)
    return x


names(tf.constant([1.0]))
try:
    print(tf.constant(1.0).name)
except AttributeError as e:
    print("eager:", e)
