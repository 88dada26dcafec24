# tf.constant with a shape= that does not fit the value: TF's TypeError text (numpy str of the values, str of the input).
import tensorflow as tf
try:
    tf.constant([1, 2, 3], shape=(2, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.constant([[1., 2.], [3., 4.]], shape=[3])
except Exception as e:
    print(type(e).__name__, e)
print(tf.constant(5, shape=[2, 3]))
print(tf.constant([1, 2], shape=[2, 1]))
