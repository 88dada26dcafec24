# A numpy string array handed to TensorFlow becomes a tf.string tensor of UTF-8 bytes; its
# .numpy() is an object array of bytes again.
import numpy as np
import tensorflow as tf

names = np.array(['cat', 'dog', 'héllo'])
t = tf.constant(names)
print(t)
print(t.numpy())
print(tf.convert_to_tensor(np.array([['a', 'b'], ['c', 'd']])))
print(tf.strings.length(tf.constant(np.array(['ab', 'abc']))))
