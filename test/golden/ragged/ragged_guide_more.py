# More of the ragged guide: tile, map_fn over rows, uniform row lengths, broadcasting dense operands
import tensorflow as tf
digits = tf.ragged.constant([[3, 1, 4, 1], [], [5, 9, 2], [6], []])
print(tf.tile(digits, [1, 2]))
print(tf.tile(digits, [2, 1]))
print(tf.map_fn(tf.math.square, digits))
print(tf.map_fn(lambda r: tf.reduce_sum(r), digits, fn_output_signature=tf.int32))
rt = tf.RaggedTensor.from_uniform_row_length(
    values=tf.RaggedTensor.from_row_splits(values=[10, 11, 12, 13, 14, 15, 16, 17, 18, 19], row_splits=[0, 3, 5, 9, 10]),
    uniform_row_length=2)
print(rt)
print("Shape: {}".format(rt.shape))
print("Number of partitioned dimensions: {}".format(rt.ragged_rank))
rt2 = tf.RaggedTensor.from_uniform_row_length([1, 2, 3, 4, 5, 6], 3)
print(rt2, rt2.shape, rt2.uniform_row_length)
print(digits.uniform_row_length)
x = tf.ragged.constant([[[1, 2], [3, 4], [5, 6]], [[7, 8]]], ragged_rank=1)
print(x + tf.constant([[10]]))
print(x + tf.constant([1000, 2000]))
x = tf.ragged.constant([[10, 87, 12], [19, 53], [12, 32]])
print(x + [[1000], [2000], [3000]])
print(tf.expand_dims(digits, 0) if False else 0)
print(tf.ragged.constant([[1, 2], [3]]).numpy() if False else 0)
