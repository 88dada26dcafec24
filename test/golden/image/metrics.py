# tf.image measurements and filters: total_variation, psnr, image_gradients, sobel_edges.
import tensorflow as tf


def show(name, f):
    try:
        t = f()
        if isinstance(t, tuple):
            for i, u in enumerate(t):
                print(name, i, u.dtype.name, u.shape, tf.reshape(u, [-1]).numpy().tolist()[:24])
        else:
            print(name, t.dtype.name, t.shape, tf.reshape(t, [-1]).numpy().tolist()[:24])
    except Exception as e:
        print(name, type(e).__name__, str(e))


x = tf.reshape(tf.range(4 * 3 * 4 * 3, dtype=tf.float32) / 100.0, [4, 3, 4, 3])
u8 = tf.cast(tf.reshape(tf.range(3 * 4 * 3) * 7, [3, 4, 3]), tf.uint8)
show("tv3", lambda: tf.image.total_variation(x[0]))
show("tv4", lambda: tf.image.total_variation(x))
show("tv_int", lambda: tf.image.total_variation(tf.cast(u8, tf.int32)))
show("tv_bad", lambda: tf.image.total_variation(x[0, 0]))
y = tf.reverse(x, [2])
show("psnr", lambda: tf.image.psnr(x, y, 1.0))
show("psnr8", lambda: tf.image.psnr(u8, tf.reverse(u8, [0]), 255))
show("psnr_bad", lambda: tf.image.psnr(x, x[:, :2], 1.0))
show("grad", lambda: tf.image.image_gradients(x))
show("grad_bad", lambda: tf.image.image_gradients(x[0]))
show("sobel", lambda: tf.image.sobel_edges(x))
show("sobel2", lambda: tf.image.sobel_edges(tf.random.normal([1, 5, 6, 2], seed=4)))
show("sobel_bad", lambda: tf.image.sobel_edges(x[0]))
print(tf.image.total_variation(tf.constant([[[1.0], [3.0]], [[0.0], [2.0]]])))
