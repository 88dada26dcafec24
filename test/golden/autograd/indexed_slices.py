# Gradients through tf.gather and tf.nn.embedding_lookup are tf.IndexedSlices, as in TF: printing,
# attributes, conversion to a dense tensor, aggregation of several gathers (slices concatenate,
# in TF's order; a dense contribution makes the sum dense), clip_by_norm / clip_by_global_norm /
# global_norm on slices, and Variable.scatter_* / sparse_read.
import tensorflow as tf

emb = tf.Variable(tf.reshape(tf.range(12.0), [4, 3]))
with tf.GradientTape() as tape:
    e = tf.gather(emb, [0, 2, 2])
    loss = tf.reduce_sum(e * e)
g = tape.gradient(loss, emb)
print(type(g).__name__, isinstance(g, tf.IndexedSlices))
print(g)
print(g.indices)
print(g.values)
print(g.dense_shape, g.shape, g.dtype)
print(tf.convert_to_tensor(g))
print(-g)
print(tf.add(g, 1.0))

with tf.GradientTape() as tape:
    looked = tf.nn.embedding_lookup(emb, tf.constant([[1, 3], [3, 0]], dtype=tf.int64))
    loss = tf.reduce_sum(looked * tf.constant([1.0, 2.0, 3.0]))
print(tape.gradient(loss, emb))

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    two_gathers = tf.reduce_sum(tf.gather(x, [1]) + tf.gather(x, [0, 0]))
    mixed_ids = tf.reduce_sum(tf.gather(x, [2])) + tf.reduce_sum(tf.gather(x, tf.constant([0], dtype=tf.int64)))
    with_dense = tf.reduce_sum(tf.gather(x, [2, 0]) * 2.0) + tf.reduce_sum(x * x)
    other_axis = tf.reduce_sum(tf.gather(x, [1, 0], axis=1))
    through_op = tf.reduce_sum(tf.gather(x * 3.0, [2, 2]))
    gathered = tf.gather(x, [1, 1])
for target in [two_gathers, mixed_ids, with_dense, other_axis, through_op]:
    print(tape.gradient(target, x))
print(tape.jacobian(gathered, x))

v = tf.Variable([1.0, 2.0, 3.0, 4.0])
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(tf.gather(v, [0, 3]) ** 2) + tf.reduce_sum(v.sparse_read([1, 1]))
g = tape.gradient(loss, v)
print(g)
print(tf.clip_by_norm(g, 1.0))
clipped, norm = tf.clip_by_global_norm([g, None, tf.constant([3.0, 4.0])], 2.0)
print(clipped[0])
print(clipped[1], clipped[2], norm)
print(tf.linalg.global_norm([g, tf.constant([3.0])]))
made = tf.IndexedSlices(tf.constant([[1.0, 2.0]]), tf.constant([1]), tf.constant([3, 2]))
print(made)
print(tf.convert_to_tensor(made))
try:
    tf.convert_to_tensor(tf.IndexedSlices(tf.constant([1.0]), tf.constant([0])))
except ValueError as e:
    print('ValueError:', e)

# Variable.scatter_*: repeated rows are applied one after another.
w = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(w.scatter_add(tf.IndexedSlices(tf.constant([[1.0, 1.0], [2.0, 2.0]]), tf.constant([0, 0]))))
print(w.scatter_sub(tf.IndexedSlices(tf.constant([[0.5, 0.5]]), tf.constant([2]))).numpy())
print(w.scatter_update(tf.IndexedSlices(tf.constant([[9.0, 9.0], [8.0, 8.0]]), tf.constant([1, 1]))).numpy())
print(w.scatter_max(tf.IndexedSlices(tf.constant([[0.0, 10.0]]), tf.constant([0]))).numpy())
print(w.scatter_min(tf.IndexedSlices(tf.constant([[0.0, 10.0]]), tf.constant([0]))).numpy())
print(w.scatter_mul(tf.IndexedSlices(tf.constant([[2.0, 3.0]]), tf.constant([2]))).numpy())
print(w.scatter_div(tf.IndexedSlices(tf.constant([[2.0, 3.0]]), tf.constant([2]))).numpy())
print(w.scatter_nd_add([[0, 1], [2, 0]], [10.0, 20.0]).numpy())
print(w.scatter_nd_sub([[0, 1]], [10.0]).numpy())
print(w.scatter_nd_update([[1]], [[7.0, 7.0]]).numpy())
print(w.sparse_read([2, 0]))
print(w.gather_nd([[0, 1], [2, 0]]))
tiny = tf.Variable([1.0, 1.0])
tiny.scatter_add(tf.IndexedSlices(tf.constant([3e-8, 3e-8]), tf.constant([0, 0])))
print(tiny.numpy().tolist(), tf.tensor_scatter_nd_add(tf.constant([-0.0, 1.0]), [[1], [1]], [3e-8, 3e-8]).numpy().tolist())
for bad in [lambda: w.scatter_add(tf.constant([1.0])),
            lambda: w.scatter_add(tf.IndexedSlices(tf.constant([[1.0, 1.0]]), tf.constant([5])))]:
    try:
        bad()
    except (TypeError, tf.errors.InvalidArgumentError) as e:
        print(type(e).__name__ + ':', e)
