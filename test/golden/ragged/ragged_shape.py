# tf.shape of a RaggedTensor (DynamicRaggedShape): printing, indexing, static_lengths, from_lengths, and tf.ones/zeros/broadcast_to of it
import tensorflow as tf
rt = tf.ragged.constant([[1], [2, 3], [], [4]])
print(f"Static shape: {rt.shape}")
print(f"Dynamic shape: {tf.shape(rt)}")
rt_shape = tf.shape(rt)
print(rt_shape[0])
try:
    rt_shape[1]
except ValueError as e:
    print("Accessing a ragged dimension raises a ValueError:", e)
print(tf.ones(tf.shape(rt)))
print(tf.zeros(tf.shape(rt), dtype=tf.int32))
print(tf.broadcast_to(tf.constant(7), tf.shape(rt)))
x = tf.ragged.constant([[[1, 2], [3]], [[4]]])
print(tf.shape(x), tf.shape(x).rank, tf.shape(x).num_row_partitions)
y = tf.ragged.constant([[[1, 2], [3, 4]], [[5, 6]]], ragged_rank=1)
print(tf.shape(y), tf.shape(y)[2])
print(repr(tf.shape(rt)))
print(tf.shape(rt).static_lengths(), tf.shape(y).static_lengths())
print(tf.experimental.DynamicRaggedShape.from_lengths([4, (2, 1, 0, 8), 12]))
print(tf.shape(rt, out_type=tf.int32))
print(tf.shape(tf.strings.split(tf.constant([["a b", "c"], ["d e f", "g"]]))))
