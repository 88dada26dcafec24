# Elementwise tf.math across dtypes: TF's casts, wrapping integer math, float16/bfloat16 printing,
# NaN/inf, empty tensors, broadcasting to rank 4, and the repr forms tutorials print.
import tensorflow as tf

x = tf.constant([-2.5, -0.5, 0.0, 0.5, 1.5, 2.5])
print(tf.round(x), tf.math.rint(x), tf.floor(x), tf.math.ceil(x))
print(tf.abs(x), tf.sign(x))
print(tf.square(x), tf.sqrt(tf.abs(x)))
print(tf.math.log(tf.constant([0.0, 1.0, -1.0, float("inf")])))
print(tf.math.is_nan(tf.math.log(tf.constant([-1.0, 1.0]))))
print(repr(tf.exp(tf.constant([1.0, 2.0], tf.float64))))
print(repr(tf.sin(tf.constant(0.5))))
print(tf.cast(tf.constant([123456789, -1]), tf.int16))
print(tf.cast(tf.constant([1.9, -1.9, 300.7]), tf.uint8))
print(tf.cast(tf.constant([3.14159, 1e5, 1e-5]), tf.float16))
print(tf.cast(tf.constant([3.14159, 1e5, 1e-5]), tf.bfloat16))
print(tf.constant([120, -120], tf.int8) + tf.constant([10, -10], tf.int8))
print(tf.math.floordiv(tf.constant([7, -7]), 2), tf.math.floormod(tf.constant([7, -7]), 2))
print(tf.truncatediv(tf.constant([7, -7]), 2), tf.truncatemod(tf.constant([7, -7]), 2))
print(tf.pow(tf.constant([2, 3, 4]), 2), tf.pow(2.0, tf.constant([0.5, -1.0])))
print(tf.maximum(tf.constant([1.0, float("nan")]), 0.5), tf.minimum(3, tf.constant([1, 5])))
print(tf.math.divide_no_nan(tf.constant([1.0, 2.0]), tf.constant([0.0, 0.5])))
print(tf.sqrt(tf.zeros([0, 2])))
b = tf.ones([2, 1, 3, 1]) * tf.reshape(tf.range(4.0), [4, 1, 1])
print(b.shape, tf.reduce_sum(b))
print(tf.equal(tf.constant([1, 2, 3]), 2), tf.math.logical_xor(True, tf.constant([True, False])))
print([tf.sigmoid(tf.constant(0.0)), tf.math.softplus(tf.constant(1.0))])
try:
    tf.add(tf.constant([1.0]), tf.constant([1]))
except tf.errors.InvalidArgumentError as e:
    print("InvalidArgumentError:", e)
try:
    tf.exp(tf.constant([1, 2]))
except tf.errors.InvalidArgumentError as e:
    print("InvalidArgumentError:", e)
print(tf.math.floormod(tf.constant([5]), tf.constant([0])))
