# TF's stateful random ops: op seeds drawn from the global seed, kernels that advance per call,
# set_seed resetting both.
import tensorflow as tf

tf.random.set_seed(42)
print(tf.random.normal([3]))
print(tf.random.normal([3]))
print(tf.random.uniform([2], seed=7))
print(tf.random.uniform([2], seed=7))
print(tf.random.uniform([2], seed=7, dtype=tf.float64))
print(tf.random.truncated_normal([2, 2], seed=3))
print(tf.random.uniform([5], minval=0, maxval=10, dtype=tf.int32, seed=5))
print(tf.random.uniform([5], minval=0, maxval=10, dtype=tf.int32, seed=5))
print(tf.random.uniform([3], minval=-5, maxval=5, dtype=tf.int64))

tf.random.set_seed(42)
print(tf.random.normal([3]))
print(tf.random.normal([3], seed=1))
print(tf.random.normal([3], seed=1))
print(tf.random.normal([2], mean=10.0, stddev=0.5))

tf.random.set_seed(2**40 + 5)
print(tf.random.uniform([3]))
tf.random.set_seed(0)
print(tf.random.uniform([3]))
print(tf.random.uniform([2], seed=0))

# dropout draws from a RandomUniform kernel of its own
tf.random.set_seed(1)
print(tf.nn.dropout(tf.ones([8]), rate=0.5, seed=3))
print(tf.nn.dropout(tf.ones([8]), rate=0.5, seed=3))

# without a global seed, an op seed alone is deterministic
tf.random.set_seed(None)
a = tf.random.uniform([2], seed=11)
b = tf.random.uniform([2], seed=11)
print(a.numpy().tolist() != b.numpy().tolist())

# negative dimensions: the kernels' shape check (the op seed is drawn first)
for f in [lambda: tf.random.normal([-1], seed=1), lambda: tf.random.uniform([2, -3]),
          lambda: tf.random.uniform([-1], maxval=3, dtype=tf.int32), lambda: tf.random.truncated_normal([-1])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
