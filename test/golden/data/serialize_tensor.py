# tf.io.serialize_tensor / parse_tensor: TensorProto bytes for every kind of dtype and shape, and the parse errors.
import tensorflow as tf
for t in [tf.constant([1.5, 2.0]), tf.constant([[1, 2], [3, 4]]), tf.constant(7, tf.int64), tf.constant(["ab", "c"]), tf.constant(True), tf.constant([], tf.float32), tf.constant([1, 2], tf.uint8), tf.constant([1.5], tf.float16), tf.constant(2.5, tf.float64), tf.constant(b"x")]:
    s = tf.io.serialize_tensor(t)
    print(s)
    print(tf.io.parse_tensor(s, t.dtype))
try:
    tf.io.parse_tensor(tf.io.serialize_tensor(tf.constant([1.0])), tf.int32)
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.io.parse_tensor(tf.constant(b"garbage"), tf.int32)
except Exception as e:
    print(type(e).__name__, e)
