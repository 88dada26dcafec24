import tensorflow as tf

x = tf.Variable([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
with tf.GradientTape(persistent=True) as tape:
    r = tf.reduce_sum(tf.roll(x, 1, axis=1) * tf.constant([1.0, 2.0, 3.0]))
    p = tf.reduce_sum(tf.repeat(x, [2, 1], axis=0) ** 2)
    s = tf.reduce_sum(tf.math.segment_sum(x, tf.constant([0, 0])) * tf.constant([[1.0, 0.0, 2.0]]))
    u = tf.reduce_sum(tf.math.unsorted_segment_mean(x, tf.constant([1, 1]), 2))
    d = tf.reduce_sum(tf.linalg.diag(x) * 2.0)
    b = tf.reduce_sum(tf.linalg.band_part(x, 0, 0))
for y in (r, p, s, u, d, b):
    print(tape.gradient(y, x))

for f in (lambda: tf.unique(tf.zeros([2, 2])),
          lambda: tf.math.segment_sum(tf.ones([3]), tf.constant([1, 0, 0])),
          lambda: tf.searchsorted(tf.constant([1, 2]), tf.constant([1]), side='middle')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
