# tf.image.convert_image_dtype: integer ranges scaled, floats rounded/saturated, bad dtypes rejected.
import tensorflow as tf


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))


show("u8_f32", lambda: tf.image.convert_image_dtype(tf.constant([[[0, 128, 255]]], tf.uint8), tf.float32))
show("f32_u8", lambda: tf.image.convert_image_dtype(tf.constant([[[0.0, 0.5, 1.0, 1.2, -0.1]]]), tf.uint8))
show("f32_u8_sat", lambda: tf.image.convert_image_dtype(tf.constant([[[0.0, 0.5, 1.0, 1.2, -0.1]]]), tf.uint8, saturate=True))
show("u8_i32", lambda: tf.image.convert_image_dtype(tf.constant([[[0, 128, 255]]], tf.uint8), tf.int32))
show("i32_u8", lambda: tf.image.convert_image_dtype(tf.constant([[[0, 2**31 - 1]]], tf.int32), tf.uint8))
show("i16_f64", lambda: tf.image.convert_image_dtype(tf.constant([[[0, 100, 32767]]], tf.int16), tf.float64))
show("f64_f16", lambda: tf.image.convert_image_dtype(tf.constant([[[0.25]]], tf.float64), tf.float16))
show("i64_f32", lambda: tf.image.convert_image_dtype(tf.constant([[[1, 0]]], tf.int64), tf.float32))
show("i64_u8", lambda: tf.image.convert_image_dtype(tf.constant([[[0, 2**62, 2**63 - 1]]], tf.int64), tf.uint8))
show("u8_i64", lambda: tf.image.convert_image_dtype(tf.constant([[[0, 1, 255]]], tf.uint8), tf.int64))
show("f32_i64", lambda: tf.image.convert_image_dtype(tf.constant([[[0.5, 1.0]]]), tf.int64, saturate=True))
show("str", lambda: tf.image.convert_image_dtype(tf.constant([[["a"]]]), tf.float32))
show("bool", lambda: tf.image.convert_image_dtype(tf.constant([[[True]]]), tf.float32))
