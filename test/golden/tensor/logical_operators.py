# ~, &, |, ^ on tensors (TF's Tensor.__invert__/__and__/...): logical ops for bool tensors, bitwise
# ones for integers (Invert's dtype error for floats); and numpy scalars inside Python lists.
import numpy as np
import tensorflow as tf

a = tf.constant([[1., 2.], [3., 4.]])
print(~(a > 2), (a > 1) & (a < 4), (a > 1) | (a < 0), (a > 1) ^ (a < 4))
print(~tf.constant([True, False]), ~tf.constant([0, 5, -3]), ~tf.constant([1, 2], tf.uint8), ~tf.constant([7], tf.int64))
print(tf.constant([12, 10]) & 6, 6 | tf.constant([1, 8]), tf.constant([5]) ^ tf.constant([3]), True & tf.constant([True, False]))
v = tf.Variable([True, False])
print(~v, v & [True, True], [False, True] | v)
for bad in (lambda: ~tf.constant([1.5]), lambda: tf.constant([1.5]) & tf.constant([2.5])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for v in [[np.float32(1)], [np.float64(1.5)], [np.float64(1.5), 2.0], [np.int64(3)], [np.int32(3), 1], [np.float16(1.5)],
          [np.bool_(True)], [[np.float32(1), 2.0]], [np.uint8(5)], [np.int64(3), 2.5], [np.float16(1.5), 2.0]]:
    print(repr(v), tf.constant(v))
