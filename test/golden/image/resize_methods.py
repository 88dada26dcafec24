# tf.image.resize's other methods: bicubic, area, lanczos3/5, gaussian, mitchellcubic, and
# antialias=True (ScaleAndTranslate); preserve_aspect_ratio; values, dtypes and gradients.
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)
img = tf.constant(rng.random((2, 7, 9, 3), dtype=np.float32))
gray = tf.constant(rng.random((5, 6, 1), dtype=np.float32) * 255)
u8 = tf.constant((rng.random((6, 5, 2)) * 255).astype(np.uint8))
methods = ['bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic', 'bilinear', 'nearest']
for method in methods:
    for aa in [False, True]:
        for size in [(4, 5), (13, 11), (7, 3), (1, 1)]:
            r = tf.image.resize(img, size, method=method, antialias=aa)
            print(method, aa, size, r.dtype.name, r.shape, r.numpy().ravel()[:6], float(tf.reduce_sum(r)))
        print(tf.image.resize(gray, (9, 4), method=method, antialias=aa).numpy().ravel()[:8])
        r = tf.image.resize(u8, (3, 8), method=method, antialias=aa)
        print(r.dtype.name, r.numpy().ravel()[:8])

print(tf.image.resize(img, (20, 20), preserve_aspect_ratio=True).shape)
print(tf.image.resize(img, (5, 100), preserve_aspect_ratio=True).shape)
print(tf.image.resize(gray, (3, 3), method=tf.image.ResizeMethod.BICUBIC))
print(tf.image.resize(gray, (2, 3), method=tf.image.ResizeMethod.LANCZOS3, antialias=True))


def bits(a):
    """A checksum of the exact float32 bits: any last-bit difference changes it."""
    u = a.view(np.uint32).ravel().astype(np.uint64)
    return '%05x' % (int((u * np.arange(1, u.size + 1, dtype=np.uint64)).sum()) % 1000003)


# Every method on random sizes, bit for bit, with the gradient of sum(r * r) where TF has one.
for trial in range(24):
    h, w, c = int(rng.integers(1, 12)), int(rng.integers(1, 12)), int(rng.integers(1, 4))
    oh, ow = int(rng.integers(1, 15)), int(rng.integers(1, 15))
    x = tf.constant((rng.random((1, h, w, c)) * 10 - 5).astype(np.float32))
    out = []
    for method in methods[:-1]:
        for aa in [False, True]:
            with tf.GradientTape() as tape:
                tape.watch(x)
                r = tf.image.resize(x, (oh, ow), method=method, antialias=aa)
                loss = tf.reduce_sum(r * r)
            g = None if method == 'area' else tape.gradient(loss, x)
            out.append(bits(r.numpy()) + ('' if g is None else '/' + bits(g.numpy())))
    print(h, w, c, oh, ow, ' '.join(out))

x = tf.ones([1, 4, 4, 1])
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.image.resize(x, (2, 2), method='area')
try:
    tape.gradient(y, x)
except LookupError as e:
    print('LookupError:', e)
for m in ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3']:
    for shape, size in [([4, 4, 1], (0, 2)), ([4, 4, 0], (2, 2)), ([0, 4, 1], (2, 2))]:
        try:
            tf.image.resize(tf.ones(shape), size, method=m)
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__, e)
try:
    tf.image.resize(img, (2, 2), method='cubic')
except ValueError as e:
    print('ValueError:', e)
