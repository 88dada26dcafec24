# tf.image colour adjustments: float32 results must match TF bit for bit (exact floats printed),
# uint8 images go through convert_image_dtype's scaling and saturation.
import tensorflow as tf

tf.random.set_seed(3)
x = tf.random.uniform([2, 5, 7, 3])
u8 = tf.cast(tf.random.uniform([4, 5, 3], 0, 256, dtype=tf.int32), tf.uint8)


def show(name, f):
    try:
        t = f()
        print(name, t.dtype.name, t.shape)
        print(t.numpy().reshape(-1).tolist()[:24])
    except Exception as e:
        print(name, type(e).__name__, str(e))


show("gray", lambda: tf.image.rgb_to_grayscale(x))
show("gray8", lambda: tf.image.rgb_to_grayscale(u8))
show("g2rgb", lambda: tf.image.grayscale_to_rgb(tf.image.rgb_to_grayscale(x)))
show("g2rgb_bad", lambda: tf.image.grayscale_to_rgb(x))
show("bright", lambda: tf.image.adjust_brightness(x, 0.1))
show("bright8", lambda: tf.image.adjust_brightness(u8, -0.25))
show("contrast", lambda: tf.image.adjust_contrast(x, 1.7))
show("contrast8", lambda: tf.image.adjust_contrast(u8, 0.6))
show("contrast_odd", lambda: tf.image.adjust_contrast(tf.random.uniform([3, 3, 1]), 2.0))
show("contrast_bad", lambda: tf.image.adjust_contrast(x[0, 0], 2.0))
show("gamma1", lambda: tf.image.adjust_gamma(x, 1, 2))
show("gamma8", lambda: tf.image.adjust_gamma(u8, 2.2))
show("gamma_bad", lambda: tf.image.adjust_gamma(x, -1))
show("std8", lambda: tf.image.per_image_standardization(u8))
show("std_bad", lambda: tf.image.per_image_standardization(x[0, 0]))
show("hsv", lambda: tf.image.rgb_to_hsv(x))
show("rgb", lambda: tf.image.hsv_to_rgb(x))
show("round_trip", lambda: tf.image.hsv_to_rgb(tf.image.rgb_to_hsv(x)))
show("hsv_gray", lambda: tf.image.rgb_to_hsv(tf.constant([[[0.5, 0.5, 0.5], [0.0, 0.0, 0.0], [1.0, 0.2, 1.0]]])))
show("hsv_bad", lambda: tf.image.rgb_to_hsv(x[..., :2]))
show("yiq", lambda: tf.image.rgb_to_yiq(x))
show("yiq_back", lambda: tf.image.yiq_to_rgb(x))
show("yuv", lambda: tf.image.rgb_to_yuv(x))
show("yuv_back", lambda: tf.image.yuv_to_rgb(x))
show("sat", lambda: tf.image.adjust_saturation(x, 1.7))
show("sat_low", lambda: tf.image.adjust_saturation(x, 0.3))
show("sat8", lambda: tf.image.adjust_saturation(u8, 2.5))
show("hue", lambda: tf.image.adjust_hue(x, 0.3))
show("hue_neg", lambda: tf.image.adjust_hue(x, -0.77))
show("hue8", lambda: tf.image.adjust_hue(u8, 0.1))
show("hue_bad", lambda: tf.image.adjust_hue(x, 1.5))
print(tf.image.adjust_brightness(tf.constant([[[0.5, 0.25, 1.0]]]), 0.5))
print(tf.image.rgb_to_grayscale(tf.constant([[[255, 0, 0], [0, 255, 0]]], tf.uint8)))
