# tf.debugging binary element-wise asserts: passing calls return None, failing ones raise
# InvalidArgumentError with TF's eager summary (differing indices, values, first elements).
import tensorflow as tf


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


a = tf.constant([1, 2, 3])
b = tf.constant([1, 2, 4])
show(lambda: tf.debugging.assert_equal(a, a))
show(lambda: tf.debugging.assert_equal(a, b))
show(lambda: tf.debugging.assert_equal(tf.constant([1.5, 2, 3]), 1.5, message="hello"))
show(lambda: tf.debugging.assert_equal(tf.range(30), tf.zeros(30, tf.int32), summarize=5))
show(lambda: tf.debugging.assert_equal(tf.range(4), tf.zeros(4, tf.int32), summarize=-1))
show(lambda: tf.debugging.assert_equal(tf.reshape(tf.range(6), [2, 3]), tf.ones([2, 3], tf.int32)))
show(lambda: tf.debugging.assert_equal(tf.constant(2.5), tf.constant(3.5)))
show(lambda: tf.debugging.assert_equal(tf.constant([[1.25, 2.0]]), tf.constant([1.25, 3.0])))
show(lambda: tf.debugging.assert_none_equal(a, b))
show(lambda: tf.debugging.assert_none_equal(a, a + 10))
show(lambda: tf.debugging.assert_greater(a, 2))
show(lambda: tf.debugging.assert_greater(a, 0))
show(lambda: tf.debugging.assert_greater_equal(a, 2, message="too small"))
show(lambda: tf.debugging.assert_less(tf.constant([[1, 2], [3, 4]]), 2))
show(lambda: tf.debugging.assert_less_equal(tf.constant([0.5, 1.0]), 1.0))
show(lambda: tf.debugging.assert_less_equal(tf.constant([0.5, 1.0, 7.0, 9.0]), tf.constant([0.0, 0.0, 0.0, 0.0]), summarize=2))
show(lambda: tf.assert_equal(a, b))
show(lambda: tf.assert_greater(a, 5))
show(lambda: tf.assert_less(a, 0))
show(lambda: tf.debugging.assert_equal(tf.constant([True, False]), tf.constant([True, True])))
show(lambda: tf.debugging.assert_equal(tf.constant([], tf.float32), tf.constant([], tf.float32)))
show(lambda: tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1.0, 2.0])))
show(lambda: tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1, 2, 3])))
show(lambda: tf.debugging.assert_equal(tf.constant([1, 2], tf.int64), tf.constant([1, 3], tf.int64)))
tf.debugging.assert_less(tf.constant([1.0, 2.0]), tf.constant([1.0, 1.0]))
