# tf.io.encode_png / tf.image.encode_png byte for byte: libpng's per-row filter choice, zlib at
# levels 0..9, the small-image zlib header, 8192-byte IDAT chunks, 16-bit samples, batches.
import tensorflow as tf


def digest(b):
    return sum((i + 1) * v for i, v in enumerate(b)) % 1000003


imgs = {
    "gray": tf.reshape(tf.cast(tf.range(12) * 20, tf.uint8), [3, 4, 1]),
    "rgb": tf.cast(tf.reshape(tf.range(2 * 5 * 3) * 7 % 256, [2, 5, 3]), tf.uint8),
    "rgba": tf.cast(tf.reshape(tf.range(4 * 4 * 4) * 13 % 256, [4, 4, 4]), tf.uint8),
    "ga": tf.cast(tf.reshape(tf.range(2 * 3 * 2) * 31 % 256, [2, 3, 2]), tf.uint8),
    "g16": tf.cast(tf.reshape(tf.range(6) * 9000, [2, 3, 1]), tf.uint16),
}
for name, im in imgs.items():
    print(name, tf.io.encode_png(im).numpy().hex())
print(tf.io.encode_png(imgs["rgb"], compression=9).numpy().hex())
print(tf.io.encode_png(imgs["rgb"], compression=0).numpy().hex())
x = tf.range(200, dtype=tf.float32)
grad = tf.cast(tf.stack([x[None, :] + 0 * x[:, None], (x[None, :] * x[:, None]) % 256, tf.abs(x[None, :] - x[:, None])], -1), tf.uint8)
noise = tf.cast(tf.random.stateless_uniform([300, 257, 4], seed=[3, 4], maxval=256, dtype=tf.int32), tf.uint8)
big16 = tf.cast(tf.random.stateless_uniform([90, 70, 1], seed=[5, 6], maxval=65536, dtype=tf.int32), tf.uint16)
for name, im in [("grad", grad), ("noise", noise), ("big16", big16)]:
    for c in [-1, 1, 9]:
        b = tf.io.encode_png(im, compression=c).numpy()
        print(name, c, len(b), digest(b))
    print(bool(tf.reduce_all(tf.io.decode_png(tf.io.encode_png(im), dtype=im.dtype) == im)))
batch = tf.stack([imgs["rgb"], imgs["rgb"][::-1]])
b = tf.io.encode_png(batch)
print(b.shape, [len(x) for x in b.numpy()], bool(tf.reduce_all(tf.io.decode_png(b[1]) == imgs["rgb"][::-1])))
print(tf.image.encode_png(imgs["gray"]).numpy() == tf.io.encode_png(imgs["gray"]).numpy())
