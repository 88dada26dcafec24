# from_generator, padded_batch, reduce, take_while, flat_map and shard.
import tensorflow as tf, numpy as np
def gen():
    for i in range(4):
        yield i, [float(i)] * 2
ds = tf.data.Dataset.from_generator(gen, output_signature=(tf.TensorSpec(shape=(), dtype=tf.int32), tf.TensorSpec(shape=(2,), dtype=tf.float32)))
print(ds)
print(ds.cardinality())
print(list(ds.as_numpy_iterator()))
print(list(ds.batch(3).as_numpy_iterator()))
ds2 = tf.data.Dataset.from_generator(gen, output_types=(tf.int64, tf.float32))
print(ds2)
print(next(iter(ds2)))
ds3 = tf.data.Dataset.from_generator(gen, output_types=(tf.int64, tf.float32), output_shapes=((), (None,)))
print(ds3)
def g2(n):
    for i in range(n): yield i
print(list(tf.data.Dataset.from_generator(g2, args=[3], output_signature=tf.TensorSpec((), tf.int32)).as_numpy_iterator()))
d = tf.data.Dataset.range(1, 5).map(lambda x: tf.fill([x], x))
print(d.padded_batch(2))
for b in d.padded_batch(2): print(b)
print(d.padded_batch(2, padded_shapes=[5], padding_values=tf.constant(-1, tf.int64)).element_spec)
print(list(d.padded_batch(2, padded_shapes=[5], padding_values=tf.constant(-1, tf.int64)).as_numpy_iterator()))
print(tf.data.Dataset.range(5).reduce(np.int64(0), lambda s, x: s + x))
print(tf.data.Dataset.range(5).reduce(tf.constant(0, tf.int64), lambda s, x: s + x))
print(tf.data.Dataset.range(10).take_while(lambda x: x < 3))
print(tf.data.Dataset.range(3).flat_map(lambda x: tf.data.Dataset.range(x)))
print(list(tf.data.Dataset.range(4).flat_map(lambda x: tf.data.Dataset.range(x)).as_numpy_iterator()))
print(tf.data.Dataset.range(10).shard(3, 1), list(tf.data.Dataset.range(10).shard(3, 1).as_numpy_iterator()))
print(list(tf.data.Dataset.range(10).take_while(lambda x: x < 3).as_numpy_iterator()))
print(tf.data.Dataset.range(10).shard(3, 1).cardinality(), tf.data.Dataset.range(10).shard(3, 0).cardinality())
pairs = tf.data.Dataset.from_tensor_slices(([1, 2, 3], [10.0, 20.0, 30.0]))
print(pairs.reduce((tf.constant(0), tf.constant(0.0)), lambda state, e: (state[0] + e[0], state[1] + e[1])))
seqs = tf.data.Dataset.range(1, 6).map(lambda n: (tf.range(n), n))
for s, n in seqs.padded_batch(2, padded_shapes=([None], [])):
    print(s.numpy().tolist(), n.numpy())
print(seqs.padded_batch(2, padded_shapes=([None], []), drop_remainder=True).element_spec)
print(tf.data.Dataset.range(6).batch(2).map(lambda b: tf.reshape(b, [-1, 1])).element_spec)
print(tf.data.Dataset.range(6).map(lambda x: tf.range(x)).element_spec)
