# tf.image crops and pads: transpose, central_crop, crop/pad_to_bounding_box, resize_with_crop_or_pad,
# resize_with_pad, and their ValueErrors.
import tensorflow as tf
x = tf.reshape(tf.range(2 * 5 * 6 * 2, dtype=tf.float32), [2, 5, 6, 2])
x3 = x[0]
u8 = tf.cast(tf.reshape(tf.range(4 * 6 * 3), [4, 6, 3]), tf.uint8)
def show(name, f):
    try:
        t = f()
        print(name, t.dtype.name, t.shape, t.numpy().reshape(-1).tolist()[:40])
    except Exception as e:
        print(name, type(e).__name__, str(e))
show('tr3', lambda: tf.image.transpose(x3))
show('tr4', lambda: tf.image.transpose(x))
show('tr2', lambda: tf.image.transpose(x3[0]))
show('cc', lambda: tf.image.central_crop(x3, 0.5))
show('cc4', lambda: tf.image.central_crop(x, 0.34))
show('cc1', lambda: tf.image.central_crop(x, 1.0))
show('ccbad', lambda: tf.image.central_crop(x, 1.5))
show('crop', lambda: tf.image.crop_to_bounding_box(x3, 1, 2, 3, 3))
show('crop4', lambda: tf.image.crop_to_bounding_box(x, 0, 1, 2, 5))
show('cropbad', lambda: tf.image.crop_to_bounding_box(x3, 3, 2, 3, 3))
show('cropbad2', lambda: tf.image.crop_to_bounding_box(x3, -1, 2, 3, 3))
show('cropbad3', lambda: tf.image.crop_to_bounding_box(x3[0], 0, 0, 1, 1))
show('pad', lambda: tf.image.pad_to_bounding_box(x3, 1, 2, 7, 9))
show('pad8', lambda: tf.image.pad_to_bounding_box(u8, 0, 1, 4, 8))
show('padbad', lambda: tf.image.pad_to_bounding_box(x3, 1, 2, 5, 9))
show('padbad2', lambda: tf.image.pad_to_bounding_box(x3, 0, -2, 5, 9))
show('cp1', lambda: tf.image.resize_with_crop_or_pad(x3, 3, 9))
show('cp2', lambda: tf.image.resize_with_crop_or_pad(x, 8, 3))
show('cp3', lambda: tf.image.resize_with_crop_or_pad(u8, 2, 2))
show('cpbad', lambda: tf.image.resize_with_crop_or_pad(u8, 0, 2))
show('wp1', lambda: tf.image.resize_with_pad(x3, 4, 4))
show('wp2', lambda: tf.image.resize_with_pad(x, 7, 10))
show('wp3', lambda: tf.image.resize_with_pad(u8, 5, 5, method='nearest'))
show('wp4', lambda: tf.image.resize_with_pad(u8, 3, 9))
