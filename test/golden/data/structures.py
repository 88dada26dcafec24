# Element structures through the common transformations: tuples, dicts, nesting, zip, enumerate.
import numpy as np
import tensorflow as tf

D = tf.data.Dataset
x = np.arange(12, dtype=np.float32).reshape(6, 2)
y = np.array([0, 1, 0, 1, 1, 0])
ds = D.from_tensor_slices((x, y))
for b in ds.batch(4):
    print(b)
for step, (xb, yb) in enumerate(ds.batch(4)):
    print(step, xb, yb)
print(next(iter(D.from_tensor_slices(((x, y), y)))))

d = D.from_tensor_slices({"b": [1, 2], "a": [3, 4]})
print(list(d))
for e in D.from_tensor_slices({"a": [1, 2, 3], "b": [4.0, 5.0, 6.0]}).batch(2):
    print(e)
print(list(D.from_tensor_slices({"a": [1, 2, 3], "b": [4.0, 5.0, 6.0]}).as_numpy_iterator()))

print(list(D.range(3).enumerate(start=5).as_numpy_iterator()))
for i, (a, b) in ds.take(2).enumerate():
    print(i, a, b)
print(list(D.zip((D.range(3), D.range(10, 12))).as_numpy_iterator()))
print(list(D.range(3).concatenate(D.range(7, 9)).as_numpy_iterator()))
print(list(D.from_tensor_slices([[1, 2], [3, 4]]).batch(2).unbatch().as_numpy_iterator()))
print(list(D.range(7).batch(3).as_numpy_iterator()))
print(list(D.range(7).batch(3, drop_remainder=True).as_numpy_iterator()))
print(list(D.range(5).skip(2).take(2).repeat(3).as_numpy_iterator()))
print(list(D.range(3).take(-5).as_numpy_iterator()), list(D.range(3).skip(-1)))
print(list(D.range(5, 1, -2).as_numpy_iterator()), list(D.range(3, output_type=tf.int32)))
print(list(D.from_tensors({"a": 1})))
print(list(D.from_tensor_slices(["a", "bc"])), list(D.from_tensor_slices(["a", "bc"]).as_numpy_iterator()))
print(list(D.range(0).repeat()))
cached = D.range(6).shuffle(6, seed=9).cache()
print(list(cached.as_numpy_iterator()), list(cached.as_numpy_iterator()))
print(D.range(4).apply(lambda d: d.map(lambda v: v * v)).element_spec)
print(sum(int(v) for v in D.range(4).apply(lambda d: d.map(lambda v: v * v))))
it = iter(D.range(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for v in D.range(3).repeat(2).batch(4):
    print(v)
print([(int(a), float(b)) for a, b in D.zip((D.range(3), D.from_tensor_slices([0.5, 1.5, 2.5, 3.5])))])
