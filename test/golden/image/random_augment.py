# Seeded tf.image random augmentations draw TF's Philox stream: same flips and factors as TF.
import tensorflow as tf


def show(name, f):
    try:
        t = f()
        print(name, t.dtype.name, t.shape)
        print(t.numpy().reshape(-1).tolist()[:18])
    except Exception as e:
        print(name, type(e).__name__, str(e))


x = tf.reshape(tf.range(4 * 3 * 4 * 3, dtype=tf.float32) / 100.0, [4, 3, 4, 3])
u8 = tf.cast(tf.reshape(tf.range(3 * 4 * 3) * 7, [3, 4, 3]), tf.uint8)
tf.random.set_seed(5)
show("flip_lr", lambda: tf.image.random_flip_left_right(x, seed=1))
show("flip_lr3", lambda: [tf.image.random_flip_left_right(x[0]) for _ in range(5)][-1])
show("flip_ud", lambda: tf.image.random_flip_up_down(x))
show("flip_ud8", lambda: tf.image.random_flip_up_down(u8, seed=7))
show("flip_bad", lambda: tf.image.random_flip_up_down(x[0, 0]))
show("brightness", lambda: tf.image.random_brightness(x, 0.2))
show("brightness8", lambda: tf.image.random_brightness(u8, 0.3, seed=2))
show("brightness_bad", lambda: tf.image.random_brightness(x, -0.2))
show("contrast", lambda: tf.image.random_contrast(x, 0.2, 1.8))
show("contrast_bad", lambda: tf.image.random_contrast(x, 0.9, 0.5))
show("contrast_bad2", lambda: tf.image.random_contrast(x, -0.1, 0.5))
show("saturation", lambda: tf.image.random_saturation(x, 0.5, 1.5, seed=3))
show("hue", lambda: tf.image.random_hue(x, 0.2))
show("hue_bad", lambda: tf.image.random_hue(x, 0.7))
tf.random.set_seed(11)
flips = [int(tf.reduce_sum(tf.image.random_flip_left_right(tf.reshape(tf.range(4.0), [1, 2, 2, 1]))[0, 0, 0, 0])) for _ in range(8)]
print(flips)
print(tf.image.random_brightness(tf.zeros([1, 1, 3]), 0.5, seed=42))
