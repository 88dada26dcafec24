# TF's errors for bad op arguments that tfts once reported differently (a composite's inner op, a
# check of its own, an internal error): each raised by the op or wrapper TF raises it from.
import tensorflow as tf

cases = [
    ("uniform of strings", lambda: tf.random.uniform([2], dtype=tf.string)),
    ("uniform of int8", lambda: tf.random.uniform([2], dtype=tf.int8)),
    ("normal of int32", lambda: tf.random.normal([2], dtype=tf.int32)),
    ("truncated_normal of int32", lambda: tf.random.truncated_normal([2], mean=1, dtype=tf.int32)),
    ("softmax of int32", lambda: tf.nn.softmax(tf.constant([1, 2]))),
    ("log_softmax of int32", lambda: tf.nn.log_softmax(tf.constant([1, 2]))),
    ("eye(-1)", lambda: tf.eye(-1)),
    ("eye(2, -1)", lambda: tf.eye(2, -1)),
    ("tensordot sizes", lambda: tf.tensordot(tf.ones([2, 3]), tf.ones([2, 3]), axes=1)),
    ("tensordot rank 3", lambda: tf.tensordot(tf.ones([2, 3, 4]), tf.ones([5, 3]), axes=[[2], [0]])),
    ("tensordot axis counts", lambda: tf.tensordot(tf.ones([2, 3]), tf.ones([2, 3]), axes=[[1], [1, 0]])),
    ("max_pool2d of rank 2", lambda: tf.nn.max_pool2d(tf.ones([4, 4]), 2, 2, "VALID")),
    ("avg_pool2d of rank 3", lambda: tf.nn.avg_pool2d(tf.ones([4, 4, 1]), 2, 2, "VALID")),
    ("one_hot of strings", lambda: tf.one_hot([1], 3, dtype=tf.string)),
    ("one_hot of bools", lambda: tf.one_hot([1], 3, dtype=tf.bool)),
    ("normal of int32, int moments", lambda: tf.random.normal([2], mean=0, stddev=1, dtype=tf.int32)),
    ("truncated_normal of int32, int moments", lambda: tf.random.truncated_normal([2], mean=0, stddev=1, dtype=tf.int32)),
    ("normal of bool", lambda: tf.random.normal([2], mean=0, stddev=1, dtype=tf.bool)),
    ("bool tensor == 1", lambda: tf.constant([True]) == 1),
]
for label, fn in cases:
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print(tf.tensordot(tf.ones([2, 3]), tf.ones([3, 2]), axes=1), tf.eye(0))
