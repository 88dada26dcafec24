# tf.debugging.assert_same_float_dtype and assert_proper_iterable: returned dtypes and TF's messages.
import tensorflow as tf
import numpy as np
def show(name, f):
    try: print(name, repr(f()))
    except Exception as e: print(name, type(e).__name__, repr(str(e)))
show('sf1', lambda: tf.debugging.assert_same_float_dtype([tf.constant(1.0), tf.constant(2.0)]))
show('sf2', lambda: tf.debugging.assert_same_float_dtype([tf.constant(1.0), tf.constant(2.0, tf.float64)]))
show('sf3', lambda: tf.debugging.assert_same_float_dtype([tf.constant(1)]))
show('sf4', lambda: tf.debugging.assert_same_float_dtype(None, tf.float64))
show('sf5', lambda: tf.debugging.assert_same_float_dtype())
show('sf6', lambda: tf.debugging.assert_same_float_dtype([tf.constant(1.0)], tf.float64))
show('sf7', lambda: tf.debugging.assert_same_float_dtype([tf.constant(1)], tf.int32))
show('pi1', lambda: tf.debugging.assert_proper_iterable([1, 2]))
show('pi2', lambda: tf.debugging.assert_proper_iterable(tf.constant([1, 2])))
show('pi3', lambda: tf.debugging.assert_proper_iterable("abc"))
show('pi4', lambda: tf.debugging.assert_proper_iterable(5))
show('pi5', lambda: tf.debugging.assert_proper_iterable(np.array([1])))
show('pi6', lambda: tf.debugging.assert_proper_iterable(b"x"))
