# tf.io.read_file + tf.io.decode_png / tf.image.decode_png on small fixtures (png/*.png: every colour
# type, bit depths 1/2/8/16, palettes with tRNS, all five row filters), channel and dtype conversion.
import tensorflow as tf


def show(name, f):
    try:
        t = f()
        print(name, t.dtype.name, t.shape, tf.reshape(t, [-1]).numpy().tolist())
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))


for fname in ["rgb8", "gray8_sub", "rgba16", "palette2", "gray1", "ga8_mixed", "rgb_trns"]:
    data = tf.io.read_file("png/" + fname + ".png")
    for ch in [0, 1, 3, 4]:
        show(fname + " ch" + str(ch), lambda: tf.io.decode_png(data, channels=ch))
    show(fname + " u16", lambda: tf.io.decode_png(data, dtype=tf.uint16))
    show(fname + " image", lambda: tf.image.decode_png(data))
print(tf.io.read_file("png/rgb8.png").shape, tf.io.read_file("png/rgb8.png").dtype)
show("missing", lambda: tf.io.read_file("png/missing.png"))
show("not_png", lambda: tf.io.decode_png(tf.constant(b"not a png")))
show("bad_channels", lambda: tf.io.decode_png(tf.io.read_file("png/rgb8.png"), channels=2))
