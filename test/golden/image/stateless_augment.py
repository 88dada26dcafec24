# tf.image.stateless_random_*: the Data augmentation tutorial's seeded augmentations, TF's draws and
# adjusters, and their argument errors.
import numpy as np
import tensorflow as tf
img = tf.constant(np.random.default_rng(0).random((5, 6, 3), dtype=np.float32))
batch = tf.stack([img, img * 0.5, img * 0.25])
for s in [(1, 2), (3, 4), (0, 0), (7, 11)]:
    print(tf.image.stateless_random_flip_left_right(img, s)[0, :2])
    print(tf.image.stateless_random_flip_up_down(batch, s)[:, 0, 0])
    print(tf.image.stateless_random_brightness(img, 0.2, s)[0, 0])
    print(tf.image.stateless_random_contrast(img, 0.2, 0.8, s)[0, 0])
    print(tf.image.stateless_random_saturation(img, 0.5, 1.5, s)[0, 0])
    print(tf.image.stateless_random_hue(img, 0.2, s)[0, 0])
    print(tf.image.stateless_random_crop(img, (3, 3, 3), s)[0, 0])
    print(tf.image.stateless_random_crop(batch, (2, 3, 3, 3), seed=tf.constant(s))[0, 0, 0])
bad_calls = [
    lambda: tf.image.stateless_random_hue(img, 0.7, (1, 2)),
    lambda: tf.image.stateless_random_contrast(img, 0.8, 0.2, (1, 2)),
    lambda: tf.image.stateless_random_crop(img, (9, 3, 3), (1, 2)),
]
for bad in bad_calls:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e)[:200])
