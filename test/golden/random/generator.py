# tf.random.Generator: states built from seeds (create_rng_state), the counter moving on by 256
# Philox blocks per element drawn (RngReadAndSkip), draws by the stateless V2 kernels on the old
# key/counter, split / make_seeds, the global generator, and TF's errors.
import tensorflow as tf


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


g = tf.random.Generator.from_seed(1)
print(g.state)
print(type(g), type(g.state))
print(repr(g).split(' at ')[0])
print(g.state.name, g.state.trainable, g.algorithm)
print(g.normal([3]))
print(g.state)
print(g.normal([5], dtype=tf.float64))
print(g.state)
print(g.uniform([0]))
print(g.state)
print(g.key)
print(g.uniform([2, 2], minval=-1.0, maxval=3.0))
print(g.uniform([5], minval=1, maxval=5, dtype=tf.int32))
print(g.uniform([3], minval=-2**40, maxval=2**40, dtype=tf.int64))
print(g.uniform_full_int([3]))
print(g.uniform_full_int([3], dtype=tf.int32))
print(g.uniform([3], minval=None, maxval=None, dtype=tf.uint32))
print(g.truncated_normal([2, 3], mean=1.0, stddev=2.0))
print(g.normal([2], dtype=tf.float16), g.uniform([2], dtype=tf.bfloat16))
print(g.make_seeds(2))
print(g.state)

# binomial: StatefulRandomBinomial skips num_batches * 2 * 100 * (samples_per_batch + 3) / 4 outputs
gb = tf.random.Generator.from_seed(1)
print(gb.binomial([3], counts=10., probs=0.5))
print(gb.state)
print(gb.binomial([4, 2], counts=[10., 100.], probs=[0.3, 0.9]))
print(gb.state)
print(gb.binomial([4], counts=30., probs=0.6, dtype=tf.float32))
print(gb.normal([2]))
t(lambda: tf.random.Generator.from_seed(1, alg=3).binomial([3], counts=10., probs=0.5))

# states from seeds: Python ints of any size split into 64-bit words, lists padded on the left
for seed in [2**70 + 5, -1, -5, 2**64 - 1, [1, 2], [1, 2, 3, 4], 1.5]:
    print(tf.random.Generator.from_seed(seed).state)
print(tf.random.create_rng_state(5, 'philox'))
print(tf.random.experimental.create_rng_state([1, 2], 1))

# counter carry into the high word, and a negative delta (shape -1) wrapping without carry
gm = tf.random.Generator.from_seed(-1)
print(gm.normal([3]))
print(gm.state)
g2 = tf.random.Generator.from_seed(9)
g2.uniform([4])
t(lambda: g2.uniform([-1]))
print(g2.state)

# algorithms and other constructors
print(tf.random.Generator.from_seed(1, alg=tf.random.Algorithm.PHILOX).algorithm)
print(tf.random.Generator.from_seed(1, alg='auto_select').state)
print(tf.random.Generator.from_seed(1, alg=3).normal([2]))
print(tf.random.Generator.from_state([1, 2, 3], alg='philox').normal([2]))
print(tf.random.Generator.from_key_counter(5, [1, 2], alg='philox').state)
print(tf.random.Generator(state=[1, 2, 3], alg=1).state)
print(tf.random.Generator(copy_from=g2).state)
g3 = tf.random.Generator.from_seed(3)
g3.reset_from_seed(4)
print(g3.state)
g3.reset([7, 8, 9])
print(g3.state)
print(g3.skip(10))
print(g3.state)
print(g3.key)
gt = tf.random.Generator.from_seed(7, alg='threefry')
print(gt.state, gt.algorithm)
t(lambda: gt.normal([2]))
print(tf.random.Algorithm.PHILOX, tf.random.Algorithm.PHILOX.value, repr(tf.random.Algorithm.THREEFRY))

# split: children keyed by full-range int64 draws, counter zero
s = tf.random.Generator.from_seed(5).split(3)
print(len(s))
print(s[0].state)
print(s[1].normal([2]))
print(s[2].uniform([3]))

# the global generator
gl = tf.random.get_global_generator()
print(gl.algorithm, gl.state.shape, gl.state.dtype)
print(tf.random.get_global_generator() is gl)
tf.random.set_global_generator(tf.random.Generator.from_seed(9))
print(tf.random.get_global_generator().normal([2]))
print(tf.random.experimental.Generator is tf.random.Generator)
print(tf.random.Generator.from_non_deterministic_state().state.shape)

# errors
t(lambda: g.uniform([3], minval=2, dtype=tf.int32))
t(lambda: g.uniform([3], dtype=tf.uint8))
t(lambda: g.uniform([3], minval=5, maxval=5, dtype=tf.int32))
t(lambda: g.uniform([3], minval=1, maxval=5, dtype=tf.uint32))
t(lambda: g.normal([2], dtype=tf.int32))
t(lambda: tf.random.Generator.from_seed(1, alg='foo'))
t(lambda: tf.random.Generator.from_seed(1, alg=7))
t(lambda: tf.random.Generator.from_state([1, 2], alg='philox'))
