# tf.image.extract_patches: windows flattened in (row, col, channel) order, strides, rates, padding.
import tensorflow as tf


def show(name, f):
    try:
        t = f()
        print(name, t.shape)
        print(t)
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))


x = tf.reshape(tf.range(1, 1 + 2 * 5 * 6 * 2), [2, 5, 6, 2])
show("valid", lambda: tf.image.extract_patches(x, [1, 2, 2, 1], [1, 2, 2, 1], [1, 1, 1, 1], "VALID"))
show("same", lambda: tf.image.extract_patches(x, [1, 3, 3, 1], [1, 2, 3, 1], [1, 1, 1, 1], "SAME"))
show("rates", lambda: tf.image.extract_patches(x[:1], sizes=[1, 2, 2, 1], strides=[1, 1, 1, 1], rates=[1, 2, 3, 1], padding="VALID"))
show("rates_same", lambda: tf.image.extract_patches(tf.cast(x[:1, :, :, :1], tf.float32), [1, 2, 3, 1], [1, 3, 2, 1], [1, 2, 2, 1], "SAME"))
show("big", lambda: tf.image.extract_patches(x, [1, 6, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], "VALID"))
show("bad_sizes", lambda: tf.image.extract_patches(x, [2, 2, 2, 1], [1, 1, 1, 1], [1, 1, 1, 1], "VALID"))
show("bad_rank", lambda: tf.image.extract_patches(x[0], [1, 2, 2, 1], [1, 1, 1, 1], [1, 1, 1, 1], "VALID"))
z = tf.zeros([1, 4, 4, 1])
show("short_ksizes", lambda: tf.image.extract_patches(z, [1, 2, 2], [1, 1, 1, 1], [1, 1, 1, 1], "VALID"))
show("bad_strides", lambda: tf.image.extract_patches(z, [1, 2, 2, 1], [2, 1, 1, 1], [1, 1, 1, 1], "VALID"))
show("bad_rates", lambda: tf.image.extract_patches(z, [1, 2, 2, 1], [1, 1, 1, 1], [1, 1, 1, 2], "VALID"))
