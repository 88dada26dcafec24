# tf.reduce_sum and tf.math.reduce_prod of float tensors, printed exactly: TF's CPU kernels add in
# Eigen's order (8-float packets, four packet accumulators, a tree over long runs, split axes), so
# any other summation order shows up in the last bits. Sizes stay below the point where TF shards
# a full reduction over its threads (about 1e5 values), whose split depends on the CPU count.
import itertools

import numpy as np
import tensorflow as tf

np.random.seed(1234)


def bits(t):
    return repr(t.numpy().tolist())


sizes = list(range(1, 41)) + [63, 64, 65, 100, 127, 128, 129, 1000, 1023, 1024, 1025,
                              2047, 2048, 2049, 4096, 8191, 8192, 8193, 10000, 16385, 65536, 99999]
for n in sizes:
    x = np.random.randn(n).astype(np.float32)
    print("f32", n, bits(tf.reduce_sum(x)), bits(tf.reduce_sum(x * 3.0 - 1.0)))

for dtype, name in ((tf.float64, "f64"), (tf.float16, "f16"), (tf.bfloat16, "bf16"), (tf.int32, "i32")):
    for n in (1, 7, 8, 9, 24, 31, 32, 33, 100, 129, 1000, 1601, 2049, 8193, 20000):
        x = np.random.randn(n) * 10.0
        t = tf.cast(x, dtype)
        print(name, n, bits(tf.reduce_sum(t)))

print("empty", bits(tf.reduce_sum(tf.zeros([0]))), bits(tf.reduce_sum(tf.zeros([0, 3]), axis=0)))
print("negative zero", bits(tf.reduce_sum(tf.constant([-0.0]))), bits(tf.reduce_sum(tf.constant([[-0.0, -0.0]]), axis=1)))

shapes = [(100, 10), (10, 100), (33, 20), (32, 64, 3), (64, 784), (8, 8), (3, 1, 5), (1, 7),
          (2, 3, 4, 5), (5, 17, 9, 3), (40, 7, 21), (4, 0, 3), (1, 1), (2, 1, 3, 1)]
for shape in shapes:
    x = np.random.randn(*shape).astype(np.float32)
    for k in range(1, len(shape) + 1):
        for axes in itertools.combinations(range(len(shape)), k):
            r = tf.reduce_sum(x, axis=list(axes))
            kept = tf.reduce_sum(x, axis=list(axes), keepdims=True)
            print("sum", shape, axes, r.shape, kept.shape, bits(r), bits(tf.reshape(kept, [-1])) == bits(tf.reshape(r, [-1])))

# Rows longer than one tree leaf: where each row's tree splits depends on the row's offset.
x = np.random.randn(3, 9000).astype(np.float32)
print("long rows", bits(tf.reduce_sum(x, axis=1)), bits(tf.reduce_sum(x[:, 1:], axis=1)))

for dtype, name in ((tf.float64, "f64"), (tf.float16, "f16"), (tf.bfloat16, "bf16")):
    for shape in [(100, 10), (33, 20), (12, 20, 3), (2, 3, 4, 5)]:
        x = tf.cast(np.random.randn(*shape), dtype)
        for k in range(1, len(shape) + 1):
            for axes in itertools.combinations(range(len(shape)), k):
                print(name, "sum", shape, axes, bits(tf.reduce_sum(x, axis=list(axes))))

# Products: the same reshaping and packets, but no tree (one loop however long the run).
for dtype, name in ((tf.float32, "f32"), (tf.float64, "f64"), (tf.float16, "f16"), (tf.bfloat16, "bf16")):
    for n in (1, 8, 9, 33, 100, 1025, 10000, 50000):
        x = tf.cast(1.0 + np.random.randn(n) * 0.01, dtype)
        print(name, "prod", n, bits(tf.math.reduce_prod(x)))
    for shape in [(100, 10), (33, 20), (12, 20, 3), (2, 3, 4, 5)]:
        x = tf.cast(1.0 + np.random.randn(*shape) * 0.5, dtype)
        for k in range(1, len(shape) + 1):
            for axes in itertools.combinations(range(len(shape)), k):
                print(name, "prod", shape, axes, bits(tf.math.reduce_prod(x, axis=list(axes))))
