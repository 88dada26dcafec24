import tensorflow as tf

logits = tf.constant([[2.0, 1.0, 0.5], [0.1, 0.2, 3.0]])
labels = tf.constant([0, 3])
print(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
