# An uncaught string error ends the script with TF's exception, raised at the user's line.
import tensorflow as tf

labels = tf.constant(['1', '2'])
print(labels)
numbers = tf.cast(labels, tf.float32)
print(numbers)
