# TF errors are ordinary exceptions: catch them and print type and message.
import tensorflow as tf
try:
    tf.matmul(tf.ones([1, 3]), tf.ones([1, 2]))
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__)
    print(isinstance(e, tf.errors.OpError))
    print(e.message)
try:
    tf.constant(1) + tf.constant(1.0)
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__)
    print(e.message)
try:
    tf.random.normap([1, 2])
except AttributeError as e:
    print('AttributeError:', e)
print('done')
