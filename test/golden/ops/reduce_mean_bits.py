# tf.reduce_mean (and reduce_variance / reduce_std, which TF builds on it) printed exactly: TF's
# mean is its Sum (Eigen's order) divided by the element count in the dtype (bfloat16: a float sum
# divided by a float count, rounded once; float16: the count itself rounds to float16). Sizes stay
# below the point where TF shards a full reduction over its threads.
import itertools

import numpy as np
import tensorflow as tf

np.random.seed(4321)


def bits(t):
    return repr(t.numpy().tolist())


sizes = list(range(1, 41)) + [63, 64, 65, 100, 127, 128, 129, 1000, 1023, 1024, 1025,
                              2047, 2048, 2049, 4096, 8193, 10000, 16385, 99999]
for n in sizes:
    x = np.random.randn(n).astype(np.float32)
    print("f32", n, bits(tf.reduce_mean(x)))

for dtype, name in ((tf.float64, "f64"), (tf.float16, "f16"), (tf.bfloat16, "bf16"), (tf.int32, "i32")):
    for n in (1, 3, 7, 8, 9, 24, 33, 100, 129, 1000, 2049, 8193, 70000):
        x = np.random.randn(n) * 10.0
        print(name, n, bits(tf.reduce_mean(tf.cast(x, dtype))))

print("empty", bits(tf.reduce_mean(tf.zeros([0]))), bits(tf.reduce_mean(tf.zeros([0, 3]), axis=0)))

shapes = [(100, 10), (33, 20), (32, 64, 3), (64, 784), (8, 8), (3, 1, 5), (2, 3, 4, 5),
          (40, 7, 21), (4, 0, 3), (2, 1, 3, 1)]
for shape in shapes:
    x = np.random.randn(*shape).astype(np.float32)
    for k in range(1, len(shape) + 1):
        for axes in itertools.combinations(range(len(shape)), k):
            r = tf.reduce_mean(x, axis=list(axes))
            kept = tf.reduce_mean(x, axis=list(axes), keepdims=True)
            print("mean", shape, axes, r.shape, kept.shape, bits(r), bits(tf.reshape(kept, [-1])) == bits(tf.reshape(r, [-1])))

# Rows longer than one tree leaf: where each row's tree splits depends on the row's offset.
x = np.random.randn(3, 9000).astype(np.float32)
print("long rows", bits(tf.reduce_mean(x, axis=1)), bits(tf.reduce_mean(x[:, 1:], axis=1)))

for dtype, name in ((tf.float64, "f64"), (tf.float16, "f16"), (tf.bfloat16, "bf16")):
    for shape in [(100, 10), (33, 20), (12, 20, 3), (2, 3, 4, 5)]:
        x = tf.cast(np.random.randn(*shape), dtype)
        for k in range(1, len(shape) + 1):
            for axes in itertools.combinations(range(len(shape)), k):
                print(name, "mean", shape, axes, bits(tf.reduce_mean(x, axis=list(axes))))

for shape in [(1000,), (100, 10), (32, 64, 3), (2, 3, 4, 5)]:
    x = np.random.randn(*shape).astype(np.float32)
    for k in range(1, len(shape) + 1):
        for axes in itertools.combinations(range(len(shape)), k):
            print("var", shape, axes, bits(tf.math.reduce_variance(x, axis=list(axes))))
            print("std", shape, axes, bits(tf.math.reduce_std(x, axis=list(axes), keepdims=True)))
