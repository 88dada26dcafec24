# What tf.function users see of tracing: the Python body runs once per new input signature
# (tensor dtype/shape, Python values, instances) with tf.executing_eagerly() False, so its print()
# shows only then, while tf.print runs on every call; methods bind per instance.
import tensorflow as tf
@tf.function
def f(x, y):
    print("tracing with", x.shape, x.dtype, tf.executing_eagerly())
    z = x + y
    tf.print("running", z)
    return z
print(f(tf.constant(1.0), tf.constant(2.0)))
print(f(tf.constant(3.0), tf.constant(4.0)))
print(f(tf.constant([1.0]), tf.constant([2.0])))
print(f(tf.constant([5.0]), tf.constant([2.0])))
print(f(tf.constant(1), tf.constant(2)))

@tf.function
def g(n, scale):
    print("tracing g", n, scale)
    return tf.range(n) * scale
print(g(3, 2))
print(g(3, 2))
print(g(4, 2))
print(g(3, 2))

print(g(1, 1))

@tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)])
def h(v):
    print("tracing h")
    return tf.reduce_sum(v)
print(h(tf.constant([1.0, 2.0])), h(tf.constant([1.0, 2.0, 3.0])))

print(tf.executing_eagerly())

class M(tf.Module):
    @tf.function
    def __call__(self, x):
        print("tracing method")
        return x * 2
m1, m2 = M(), M()
print(m1(tf.constant(1.0)), m1(tf.constant(2.0)), m2(tf.constant(3.0)))
