# tf.image.crop_and_resize: bilinear and nearest sampling of normalised boxes (flipped, partly
# outside, one-pixel crops), extrapolation values, uint8 input, argument errors.
import tensorflow as tf


def show(name, f):
    try:
        t = f()
        print(name, t.dtype.name, t.shape, tf.reshape(t, [-1]).numpy().tolist()[:40])
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))


tf.random.set_seed(9)
img = tf.random.uniform([2, 7, 9, 3])
boxes = tf.constant([[0.1, 0.2, 0.8, 0.9], [0.9, 0.8, 0.05, 0.1], [-0.2, -0.1, 1.3, 1.1], [0.3, 0.3, 0.3, 0.3]])
ind = tf.constant([0, 1, 1, 0])
show("bilinear", lambda: tf.image.crop_and_resize(img, boxes, ind, [5, 4]))
show("nearest", lambda: tf.image.crop_and_resize(img, boxes, ind, [3, 6], method="nearest"))
show("extrap", lambda: tf.image.crop_and_resize(img, boxes, ind, [4, 4], extrapolation_value=-1.0))
show("one", lambda: tf.image.crop_and_resize(img, boxes, ind, [1, 1]))
u8 = tf.cast(img * 255, tf.uint8)
show("uint8", lambda: tf.image.crop_and_resize(u8, boxes[:2], ind[:2], [3, 3]))
show("bad_index", lambda: tf.image.crop_and_resize(img, boxes, tf.constant([0, 1, 2, 0]), [2, 2]))
show("bad_image", lambda: tf.image.crop_and_resize(img[0], boxes, ind, [2, 2]))
show("bad_size", lambda: tf.image.crop_and_resize(img, boxes, ind, [0, 2]))
