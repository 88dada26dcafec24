import numpy as np
import tensorflow as tf

x = tf.constant(3.0)
print(tf.cond(x > 2, lambda: x * 2, lambda: x - 1))
print(tf.cond(tf.constant(False), lambda: (x, 1), lambda: (x + 1, 2)))
print(tf.cond(x < 2, true_fn=lambda: tf.constant(1), false_fn=lambda: tf.constant(0)))

i = tf.constant(0)
print(tf.while_loop(lambda i: i < 10, lambda i: (i + 1,), [i]))
print(tf.while_loop(lambda i, s: i < 5, lambda i, s: (i + 1, s + i), (0, 0)))
print(tf.while_loop(lambda i, s: i < 3, lambda i, s: [i + 1, s * 2.0], [tf.constant(0), tf.constant(1.5)]))
print(tf.while_loop(lambda v, w: v < 3, lambda v, w: [v + 1, w * 2], [tf.constant(0), tf.constant([1, 2])]))
print(tf.while_loop(lambda v: v < 3, lambda v: (v + 1,), [7]))

print(tf.map_fn(lambda t: t * t, tf.constant([1, 2, 3])))
print(tf.map_fn(lambda t: tf.reduce_sum(t), tf.reshape(tf.range(6.0), [2, 3])))
print(tf.map_fn(lambda t: (t[0], -t[1]), (tf.constant([1, 2]), tf.constant([3, 4]))))
print(tf.map_fn(lambda t: tf.cast(t, tf.float32) / 2, tf.constant([1, 2]), fn_output_signature=tf.float32))
print(tf.scan(lambda a, t: a + t, tf.constant([1, 2, 3, 4])))
print(tf.scan(lambda a, t: a * t, tf.constant([1.0, 2.0, 3.0]), initializer=tf.constant(2.0)))
print(tf.foldl(lambda a, t: a + t, tf.constant([1, 2, 3])))
print(tf.foldr(lambda a, t: a * 10 + t, tf.constant([1, 2, 3]), initializer=0))
print(tf.vectorized_map(lambda t: t + 1, tf.constant([[1, 2], [3, 4]])))

print(tf.is_tensor(x), tf.is_tensor(3), tf.is_tensor(np.array(1)), tf.is_tensor(tf.Variable(1)))
print(tf.executing_eagerly())
with tf.name_scope("layer1") as scope:
    print(repr(scope))
print(tf.identity_n([x, tf.constant([1, 2])]))
print(tf.no_op())
print(tf.group(x))
print(tf.tuple([x, x]))
print(tf.get_static_value(tf.constant([1, 2])))
print(tf.get_static_value(3))
print(tf.ensure_shape(tf.constant([1, 2]), [2]))
print(tf.ensure_shape(tf.constant([1, 2]), [None]))
print(tf.shape_n([tf.zeros([2, 3]), tf.zeros([4])]))
print(tf.realdiv(tf.constant(1.0), 4.0))
print(tf.saturate_cast(tf.constant([-5.0, 300.0, 12.7]), tf.uint8))
print(tf.as_dtype('float32'), tf.as_dtype(np.int64), tf.half, tf.double)
print(tf.unravel_index(tf.constant([5, 7]), tf.constant([3, 4])))
print(tf.histogram_fixed_width(tf.constant([-1.0, 0.0, 1.5, 2.0, 5.0, 15.0]), [0.0, 5.0], nbins=5))
print(tf.dynamic_partition(tf.constant([10, 20, 30, 40]), tf.constant([0, 1, 0, 1]), 2))
print(tf.dynamic_stitch([tf.constant([0, 2]), tf.constant([1, 3])], [tf.constant([1.0, 3.0]), tf.constant([2.0, 4.0])]))
print(tf.reverse_sequence(tf.reshape(tf.range(8), [2, 4]), [3, 2], seq_axis=1, batch_axis=0))
print(tf.unique_with_counts(tf.constant([1, 1, 2, 4, 4, 4])))
t = tf.constant([[1, 2], [3, 4]])
print(tf.tensor_scatter_nd_sub(t, [[0, 0]], [5]))
print(tf.tensor_scatter_nd_max(t, [[0, 0], [1, 1]], [7, 0]))
print(tf.tensor_scatter_nd_min(t, [[0, 0], [1, 1]], [7, 0]))
print(tf.py_function(lambda a, b: a + b, [tf.constant(1), tf.constant(2)], Tout=tf.int32))
print(tf.numpy_function(lambda a: a * 2, [np.array([1.0, 2.0], np.float32)], tf.float32))
with tf.control_dependencies([x]):
    print(tf.identity(x))
with tf.init_scope():
    print("init scope")

try:
    tf.while_loop(lambda i: i < 10, lambda i: i + 1, [i])
except TypeError as e:
    print("TypeError", e)

print(tf.as_dtype(float), tf.as_dtype(bool), tf.float32 == np.float32, tf.constant(1, dtype=np.float64).dtype)
for bad in (int, 'foo'):
    try:
        tf.as_dtype(bad)
    except TypeError as e:
        print(e)
