# tf.debugging.Assert / tf.Assert summaries (bytes reprs, first elements, summarize), and an
# uncaught assert_equal failure raised from a function.
import tensorflow as tf


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))


show("A1", lambda: tf.debugging.Assert(tf.constant(False), ["msg", tf.constant([1, 2, 3, 4])]))
show("A2", lambda: tf.Assert(False, ["x is", 3, tf.constant([1.5, 2.5])], summarize=1))
show("A3", lambda: tf.Assert(tf.constant(True), ["never"]))
show("A4", lambda: tf.Assert(tf.reduce_all(tf.constant([True, False])), [tf.constant("s"), tf.constant(7)]))
show("A5", lambda: tf.Assert(tf.constant(False), [tf.constant([[1, 2], [3, 4]])], summarize=-1))
print(tf.assert_equal is tf.debugging.assert_equal, tf.assert_rank(tf.zeros([2]), 1))


def check(x):
    tf.debugging.assert_equal(x, tf.constant([1, 3]), message="vectors differ")


check(tf.constant([1, 2]))
