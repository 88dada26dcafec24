# map traces its function once: a print inside runs once, with symbolic tensors.
import numpy as np
import tensorflow as tf

ds = tf.data.Dataset.from_tensor_slices(([1.0, 2.0, 3.0], [0, 1, 0]))

def double(x, y):
    print("tracing double:", x, y)
    print("shapes:", x.shape, y.shape, x.dtype)
    return x * 2, y

doubled = ds.map(double)
print(doubled)
for a, b in doubled:
    print(a, b)
for a, b in doubled:
    print(a.numpy(), b.numpy())

batched = tf.data.Dataset.from_tensor_slices(np.arange(12.0).reshape(6, 2)).batch(4)

def show(x):
    print("batch arg:", x)
    print(repr(x))
    return tf.reduce_sum(x, axis=1)

sums = batched.map(show)
print(sums.element_spec)
print(list(sums.as_numpy_iterator()))

d = tf.data.Dataset.from_tensor_slices({"a": [1, 2, 3], "b": [4.0, 5.0, 6.0]})

def plus(e):
    print("dict arg:", e)
    return e["a"] + 1, e["b"] * 2

print(d.map(plus))
print(list(d.map(plus)))
print(ds.map(lambda x, y: {"x": x, "y": y}))
print(next(iter(ds.map(lambda x, y: {"x": x, "y": y}))))
print(ds.map(lambda x, y: 3).element_spec, list(ds.map(lambda x, y: 3).as_numpy_iterator()))
print(ds.map(lambda x, y: [x, 1.5]).element_spec)
print(ds.map(lambda x, y: tf.reshape(x, [1])).batch(2).element_spec)
print(ds.filter(lambda x, y: y > 0))
print(list(ds.filter(lambda x, y: x > 1.5).as_numpy_iterator()))
