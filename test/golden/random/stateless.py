# tf.random.stateless_*: the seed scrambled into a Philox key/counter (StatelessRandomGetKeyCounter),
# then the StatelessRandom*V2 kernels; split / fold_in; TF's errors for bad seeds, dtypes and bounds.
import tensorflow as tf


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


# values: every kernel, float16/bfloat16/float32/float64, int32/int64/uint32/uint64
print(tf.random.stateless_normal([3], seed=[1, 2]))
print(tf.random.stateless_normal([2, 3], seed=(7, 17), mean=10.0, stddev=0.5))
print(tf.random.stateless_normal([5], seed=[1, 2], dtype=tf.float64))
print(tf.random.stateless_normal([3], seed=[1, 2], dtype=tf.float16))
print(tf.random.stateless_normal([3], seed=[1, 2], dtype=tf.bfloat16))
print(tf.random.stateless_normal([3], seed=(1, 2), mean=[1.0, 2.0, 3.0]))
print(tf.random.stateless_normal([], seed=[1, 2]))
print(tf.random.stateless_normal(tf.constant([2, 2]), seed=[1, 2]))
print(tf.random.stateless_uniform([6], seed=[3, 4]))
print(tf.random.stateless_uniform([3], seed=[3, 4], minval=-1.0, maxval=1.0, dtype=tf.float64))
print(tf.random.stateless_uniform([3], seed=[3, 4], dtype=tf.float16))
print(tf.random.stateless_uniform([3], seed=[3, 4], dtype=tf.bfloat16))
print(tf.random.stateless_uniform([7], seed=[3, 4], minval=0, maxval=10, dtype=tf.int32))
print(tf.random.stateless_uniform([3], seed=[3, 4], minval=-2**40, maxval=2**40, dtype=tf.int64))
print(tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.int32, minval=None, maxval=None))
print(tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.int64, minval=None, maxval=None))
print(tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.uint32, minval=None, maxval=None))
print(tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.uint64, minval=None, maxval=None))
print(tf.random.stateless_truncated_normal([2, 4], seed=[5, 6]))
print(tf.random.stateless_truncated_normal([5], seed=[5, 6], dtype=tf.float64, mean=1.0, stddev=3.0))
print(tf.random.stateless_truncated_normal([3], seed=[5, 6], dtype=tf.float16))
logits = tf.math.log([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
print(tf.random.stateless_categorical(logits, 6, seed=[7, 17]))
print(tf.random.stateless_categorical([[0.0, 1.0]], 5, seed=[7, 17], dtype=tf.int32))
print(tf.random.stateless_categorical(tf.zeros([2, 4]), 0, seed=[1, 1]))

# stateless_shuffle: RandomShuffle's swaps on the seed's stream
v = tf.constant([[1, 2], [3, 4], [5, 6]])
print(tf.random.experimental.stateless_shuffle(v, seed=[8, 9]))
print(tf.random.experimental.stateless_shuffle(tf.range(10), seed=[1, 2]))
print(tf.random.experimental.stateless_shuffle(tf.range(17.0), seed=[-3, 2**35]))
print(tf.random.experimental.stateless_shuffle(tf.constant([5.0]), seed=[1, 2]))
print(tf.random.experimental.stateless_shuffle(tf.reshape(tf.range(24), [6, 2, 2]), seed=[4, 4], alg='philox'))

# stateless_binomial: inversion (count * p < 10), BTRS, p > 0.5 mirrored, broadcast counts/probs
print(tf.random.stateless_binomial([3], seed=[1, 2], counts=10., probs=0.5))
print(tf.random.stateless_binomial([6, 3], seed=[1, 2], counts=[5., 50., 500.], probs=[0.1, 0.5, 0.95]))
print(tf.random.stateless_binomial([2, 3], seed=[1, 2], counts=[0., 5., 7.], probs=[0.5, 1.0, 0.0], output_dtype=tf.float32))
print(tf.random.stateless_binomial([4], seed=[3, 4], counts=tf.constant(20., tf.float64), probs=tf.constant(0.7, tf.float64), output_dtype=tf.int64))
print(tf.random.stateless_binomial([3], seed=[1, 2], counts=10, probs=0.5, output_dtype=tf.float16))
print(tf.random.stateless_binomial([3], seed=[1, 2], counts=10., probs=float('nan'), output_dtype=tf.float32))
for seed in [[1, 2], [-7, 99]]:
    x = tf.random.stateless_binomial([40, 6], seed=seed, counts=[3., 20., 100., 1000., 37., 5000.], probs=[0.2, 0.5, 0.05, 0.7, 0.999, 0.3])
    print(x[:2], tf.reduce_sum(x, axis=0))
t(lambda: tf.random.stateless_binomial([3], seed=[1, 2], counts=[1., 2.], probs=[0.5, 0.5, 0.5]))
t(lambda: tf.random.stateless_binomial([2], seed=[1, 2], counts=[1., 2., 3.], probs=0.5))
t(lambda: tf.random.stateless_binomial([3], seed=[1, 2, 3], counts=10., probs=0.5))
t(lambda: tf.random.stateless_binomial([-1], seed=[1, 2], counts=10., probs=0.5))
t(lambda: tf.random.stateless_binomial([3], seed=[1., 2.], counts=10., probs=0.5))

# seeds: int64 tensors, negative and large values, tuples; the same seed gives the same values
print(tf.random.stateless_normal([3], seed=tf.constant([1, 2], tf.int64)))
print(tf.random.stateless_normal([3], seed=[-1, 2**40]))
print(tf.random.stateless_normal([3], seed=tf.constant([-1, 2], tf.int32)))
a = tf.random.stateless_uniform([4], seed=[9, 9])
b = tf.random.stateless_uniform([4], seed=[9, 9])
print(bool(tf.reduce_all(a == b)))

# algorithms
print(tf.random.stateless_normal([3], seed=[1, 2], alg='philox'))
print(tf.random.stateless_normal([3], seed=[1, 2], alg=tf.random.Algorithm.PHILOX))
print(tf.random.stateless_normal([3], seed=[1, 2], alg=3))
print(tf.random.stateless_normal([3], seed=[1, 2], alg=None))
t(lambda: tf.random.stateless_normal([3], seed=[1, 2], alg='threefry'))
t(lambda: tf.random.stateless_normal([3], seed=[1, 2], alg='foo'))
t(lambda: tf.random.stateless_normal([3], seed=[1, 2], alg=7))
t(lambda: tf.random.stateless_normal([3], seed=[1, 2], alg=1.5))

# split / fold_in
print(tf.random.split([1, 2], num=3))
print(tf.random.experimental.stateless_split([1, 2]))
print(tf.random.experimental.stateless_split(tf.constant([1, 2], tf.int64), 0))
print(tf.random.fold_in([1, 2], 3))
print(tf.random.experimental.stateless_fold_in(tf.constant([1, 2], tf.int64), 3))
print(tf.random.experimental.stateless_fold_in([1, 2], tf.constant(3, tf.int64)))
new_seeds = tf.random.split([1, 2], num=3)
print(tf.random.stateless_normal(shape=[3], seed=new_seeds[0, :]))
print(tf.random.stateless_normal(shape=[3], seed=tf.random.fold_in([1, 2], 3)))

# errors
t(lambda: tf.random.stateless_normal([3], seed=[1, 2, 3]))
t(lambda: tf.random.stateless_normal([3], seed=[1.0, 2.0]))
t(lambda: tf.random.stateless_normal([3], seed=5))
t(lambda: tf.random.stateless_normal([3], seed=[[1, 2]]))
t(lambda: tf.random.stateless_normal([3], seed=tf.constant([1, 2], tf.uint32)))
t(lambda: tf.random.stateless_normal([3], seed=tf.constant([1, 2, 3])))
t(lambda: tf.random.stateless_normal([3], seed=[1, 2], dtype=tf.int32))
t(lambda: tf.random.stateless_normal([-1], seed=[1, 2]))
t(lambda: tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.int32))
t(lambda: tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.int32, minval=5, maxval=5))
t(lambda: tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.int32, minval=[1, 2], maxval=5))
t(lambda: tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.uint32, minval=1, maxval=5))
t(lambda: tf.random.stateless_uniform([3], seed=[1, 2], dtype=tf.uint8))
print(tf.random.stateless_uniform([0], seed=[1, 2], dtype=tf.int32, minval=5, maxval=5))
t(lambda: tf.random.stateless_categorical([[0.0, 1.0]], 5, seed=[7, 17], dtype=tf.int16))
t(lambda: tf.random.stateless_categorical([0.0, 1.0], 5, seed=[7, 17]))
t(lambda: tf.random.stateless_categorical([[0.0, 1.0]], 5, seed=[7, 17, 1]))
t(lambda: tf.random.stateless_categorical([[0.0, 1.0]], 5, seed=tf.constant([7, 17, 1])))
