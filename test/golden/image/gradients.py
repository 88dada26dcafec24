# Gradients through tf.image functions built from differentiable ops match TF's.
import tensorflow as tf
x = tf.Variable(tf.reshape(tf.range(2 * 3 * 4 * 3, dtype=tf.float32) / 80.0, [2, 3, 4, 3]))
fns = {
  'brightness': lambda v: tf.image.adjust_brightness(v, 0.1),
  'gray': lambda v: tf.image.rgb_to_grayscale(v),
  'tv': lambda v: tf.image.total_variation(v),
  'sobel': lambda v: tf.image.sobel_edges(v),
  'patches': lambda v: tf.image.extract_patches(v, [1, 2, 2, 1], [1, 1, 1, 1], [1, 1, 1, 1], 'SAME'),
  'std': lambda v: tf.image.per_image_standardization(v),
  'crop': lambda v: tf.image.resize_with_crop_or_pad(v, 2, 6),
  'psnr': lambda v: tf.image.psnr(v, tf.zeros_like(v), 1.0),
}
for name, f in fns.items():
    try:
        with tf.GradientTape() as t:
            y = tf.reduce_sum(f(x) * tf.reshape(tf.range(tf.size(f(x)), dtype=tf.float32) % 7, tf.shape(f(x))))
        g = t.gradient(y, x)
        print(name, None if g is None else tf.reshape(g, [-1]).numpy().tolist()[:8])
    except Exception as e:
        print(name, type(e).__name__, str(e)[:100])
