# tf.ragged.range: descending and float ranges, TF's error for a zero delta
import tensorflow as tf
try:
    tf.ragged.range([3], [1], 0)
except Exception as e:
    print(type(e).__name__, e)
print(tf.ragged.range(3, 0, -1), tf.ragged.range([0.5], [2.0], 0.5))
