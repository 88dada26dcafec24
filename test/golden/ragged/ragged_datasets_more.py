# golden: prints warnings
# Ragged datasets of ragged rank 2, drop_remainder specs, from_tensors, dense_to_ragged_batch (deprecated), map/shuffle over ragged rows
import tensorflow as tf
rt = tf.ragged.constant([[[1, 2], [3]], [[4]], [[5, 6, 7], [], [8]]])
ds = tf.data.Dataset.from_tensor_slices(rt)
print(ds.element_spec)
for x in ds:
    print(x)
b = ds.batch(2, drop_remainder=True)
print(b.element_spec)
for x in b:
    print(x)
for x in ds.batch(2).unbatch():
    print(x)
print(list(ds.take(2).repeat(2).as_numpy_iterator()) if False else 0)
for x in tf.data.Dataset.from_tensors(rt):
    print(x.shape)
d = tf.data.Dataset.range(5).map(lambda n: tf.range(n))
print(d.ragged_batch(3).element_spec)
for x in d.apply(tf.data.experimental.dense_to_ragged_batch(3)):
    print(x)
for x in tf.data.Dataset.from_tensor_slices(tf.ragged.constant([[1, 2], [3]])).map(lambda r: r * 10):
    print(x)
for x in tf.data.Dataset.from_tensor_slices((tf.ragged.constant([[1, 2], [3]]), [7, 8])).shuffle(2, seed=1).batch(2):
    print(x)
