# Large arrays take tfts's native numpy kernels (elementwise, where, astype, sums, tensor copies):
# their results must print exactly as numpy's. (Not here: exp/log, whose last bit can differ from
# numpy's SIMD loops, and float32 matmul, whose accumulation order differs from OpenBLAS's.)
import numpy as np
import tensorflow as tf

np.random.seed(7)
x = np.random.random((600, 784)).astype(np.float32) * 255.0
u8 = (np.arange(600 * 784) % 256).astype(np.uint8).reshape(600, 784)

scaled = u8.astype(np.float32) / 255.0
print(scaled.dtype, scaled.shape, repr(scaled[3, :6]))
print(repr((x / 255.0)[-1, -5:]))
print(repr((x - x.mean(axis=0))[10, :4]), repr(((x - x.mean(axis=0)) / x.std(axis=0))[5, -3:]))
print(x.sum(), x.mean(), repr(x.sum(axis=0)[:4]), repr(x.sum(axis=1)[-3:]))
print(repr(x.mean(axis=0, keepdims=True)[0, :3]), repr(x.std(axis=0)[:3]), x.std())
print(repr(np.maximum(x - 128.0, 0.0)[1, :5]), repr(np.minimum(x, 100.0)[1, :5]))
mask = x > 200.0
print(mask.dtype, int(mask.sum()), repr(np.where(mask, x, 0.0)[2, :6]))
print(repr(np.sqrt(x)[0, :4]), np.sqrt(x).sum())
d = x.astype(np.float64)
print(d.dtype, repr((d * 3.0 + 1.0)[0, :3]), (d / 7.0).sum(), d.mean(axis=0)[:2])

t = tf.constant(x)
back = t.numpy()
back[0, 0] = -1.0
print(type(back).__name__, back.dtype, float(back[0, 0]), float(t[0, 0]) == float(x[0, 0]))
print(tf.reduce_sum(tf.constant(scaled)).numpy(), np.array(tf.constant(u8))[-1, -3:])
i64 = np.arange(600 * 784).reshape(600, 784)
print(tf.constant(i64).dtype, tf.constant(i64)[-1, -1].numpy(), np.array(tf.constant(i64)).sum())
print(x / 255.0)
