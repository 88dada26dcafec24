# tf.function with an input_signature: arguments are converted to the specs, and TF's binding
# errors for a wrong dtype, rank or argument count.
import tensorflow as tf


@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def g(x):
    return x + 1


print(g([1., 2.]))
print(g(tf.constant([3., 4., 5.])))
for arg in [tf.constant([1, 2]), tf.constant([[1., 2.]]), tf.constant([1., 2.], tf.float64)]:
    try:
        print(g(arg))
    except TypeError as e:
        print('TypeError:', e)
try:
    print(g([1., 2.], 3))
except TypeError as e:
    print('TypeError:', e)


@tf.function(input_signature=[tf.TensorSpec(shape=[2, None], dtype=tf.float32, name='m'), tf.TensorSpec([], tf.float32)])
def scale(m, s):
    return tf.reduce_sum(m) * s


print(scale(tf.ones([2, 3]), tf.constant(2.0)))
v = tf.Variable(4.0)
print(scale(tf.ones([2, 1]), v))


@tf.function
def count():
    return 3


print(count())
print(tf.function(lambda: None)())
