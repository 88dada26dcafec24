# Dataset.scan (state threaded through the elements, nested state and outputs, TF's error for a
# function not returning a pair) and Dataset.unique (ints, strings, TF's errors).
import tensorflow as tf
ds = tf.data.Dataset.range(5)
s = ds.scan(tf.constant(0, dtype=tf.int64), lambda st, x: (st + x, st * 10 + x))
print(type(s).__name__, s.element_spec, s.cardinality(), list(s.as_numpy_iterator()))
s2 = tf.data.Dataset.from_tensor_slices([1.0, 2.0, 3.0]).scan((0.0, 1.0), lambda st, x: ((st[0] + x, st[1] * x), {"sum": st[0] + x, "prod": st[1] * x}))
print(s2.element_spec)
print(list(s2.as_numpy_iterator()))
try:
    ds.scan(tf.constant(0, tf.int64), lambda st, x: st + x)
except Exception as e:
    print(type(e).__name__, e)
u = tf.data.Dataset.from_tensor_slices([3, 1, 3, 2, 1, 5]).unique()
print(type(u).__name__, u.element_spec, u.cardinality(), list(u.as_numpy_iterator()))
print(list(tf.data.Dataset.from_tensor_slices(["b", "a", "b"]).unique().as_numpy_iterator()))
for bad in [tf.data.Dataset.from_tensor_slices([1.0, 2.0]), tf.data.Dataset.from_tensor_slices([[1, 2]]), tf.data.Dataset.from_tensor_slices(([1], [2]))]:
    try:
        bad.unique()
    except Exception as e:
        print(type(e).__name__, e)
