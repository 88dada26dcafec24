import tensorflow as tf

tf.random.set_seed(7)
print(tf.random.shuffle(tf.range(10)))
print(tf.random.shuffle(tf.range(10)))
print(tf.random.shuffle(tf.reshape(tf.range(12), [4, 3]), seed=2))
print(tf.random.shuffle(tf.constant([5.0]), seed=2))
print(tf.random.shuffle(tf.constant([[1, 2]]), seed=2))

logits = tf.math.log([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
print(tf.random.categorical(logits, 6, seed=4))
print(tf.random.categorical(logits, 6, seed=4))
print(tf.random.categorical(logits, 3))
print(tf.random.categorical(tf.constant([[1.0, float('-inf'), 2.0]]), 5, seed=1, dtype=tf.int32))
print(tf.random.categorical(tf.zeros([2, 4]), 0))

try:
    tf.random.categorical(tf.zeros([4]), 2)
except Exception as e:
    print(type(e).__name__, e)
