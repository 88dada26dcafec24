# tf.nn.softmax / log_softmax bit for bit: float32 Softmax is oneDNN's kernel (16-lane vectors,
# its own exp), everything else TF's Eigen functor. Rows of 1..40 classes, 10-class batches,
# axis 0 and rank 3, large/small/equal logits, -inf/inf/NaN rows, and the rank limits.
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(7)


def show(label, t):
    print(label, t.dtype.name, t.shape, t.numpy().tolist())


for dt, npdt in ((tf.float32, np.float32), (tf.float64, np.float64)):
    for cols in range(1, 41):
        x = tf.constant((rng.standard_normal((2, cols)) * 4).astype(npdt))
        show(f'softmax cols={cols}', tf.nn.softmax(x))
        show(f'log_softmax cols={cols}', tf.nn.log_softmax(x))
    x = tf.constant((rng.standard_normal((13, 10)) * 3).astype(npdt))
    show('batch10', tf.nn.softmax(x))
    show('batch10 log', tf.nn.log_softmax(x))
    x = tf.constant(rng.uniform(-20, 20, (300, 3)).astype(npdt))
    show('long axis0', tf.nn.softmax(x, axis=0))
    show('long axis0 log', tf.nn.log_softmax(x, axis=0))
    x = tf.constant(rng.standard_normal((2, 3, 17)).astype(npdt))
    show('rank3 axis1', tf.nn.softmax(x, axis=1))
    show('rank3 axis-1', tf.nn.softmax(x))
    show('rank3 log axis1', tf.nn.log_softmax(x, axis=1))
    show('rank1', tf.nn.softmax(tf.constant([1.0, 2.0, 3.0], dt)))
    show('rank5', tf.nn.softmax(tf.reshape(tf.range(32, dtype=dt) / 7, [2, 2, 2, 2, 2])))
    inf, nan = float('inf'), float('nan')
    specials = [
        [1e30, 1e30, -1e30], [88.0, 89.0, 100.0], [-100.0, -200.0, -87.0], [1e-30, -1e-30, 0.0],
        [5.0] * 7, [-inf] * 5, [0.0, -inf, 1.0], [inf, 0.0, 1.0], [inf, inf], [nan, 1.0, 2.0],
        [1.0, nan, 2.0], [1.0, 2.0, nan], [-inf, nan], [3e38, -3e38, 0.0], [-0.0, 0.0], [-0.0],
        [0.0] * 17, [1.0] * 16 + [nan] + [1.0] * 3, [1.0] * 17 + [nan] + [2.0] * 2,
    ]
    for row in specials:
        t = tf.constant([row], dt)
        show(f'special {row}', tf.nn.softmax(t))
        show(f'special log {row}', tf.nn.log_softmax(t))
    show('empty', tf.nn.softmax(tf.zeros([0, 3], dt)))

for shape in ([], [1, 1, 1, 1, 1, 2]):
    try:
        tf.nn.softmax(tf.zeros(shape))
    except Exception as e:
        print(type(e).__name__, e)
show('rank6 float64', tf.nn.softmax(tf.zeros([1, 1, 1, 1, 1, 2], tf.float64)))
show('rank6 log float32', tf.nn.log_softmax(tf.zeros([1, 1, 1, 1, 1, 2])))

x = tf.constant(rng.standard_normal((4, 9)).astype(np.float32))
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    y = tf.nn.softmax(x)
    z = tf.nn.log_softmax(x)
    w = tf.reduce_sum(y * tf.range(9, dtype=tf.float32)) + tf.reduce_sum(z * tf.range(9, dtype=tf.float32))
show('grad', tape.gradient(w, x))

# float64 Softmax evaluates exp(x - max) in blocks of 2539 values (whole rows when they fit),
# each block ending in scalar (libm) exps; logits drawn where the packet exp and libm's differ.
import math

cand = -rng.uniform(0.01, 5, 4000)
cand = cand[tf.exp(tf.constant(cand)).numpy() != np.array([math.exp(t) for t in cand])]
for rows, cols, edges in ((2, 3000, (2534, 2540, 2996, 3000)), (730, 7, (2534, 2545, 5075, 5085))):
    x = np.concatenate([np.zeros((rows, 1)), rng.choice(cand, (rows, cols - 1))], axis=1)
    y = tf.nn.softmax(tf.constant(x)).numpy().ravel()
    for lo, hi in zip(edges[::2], edges[1::2]):
        print('blocks', rows, cols, lo, y[lo:hi].tolist())

# Half precisions: bfloat16 Softmax is oneDNN's (float inside, one rounding), bfloat16 LogSoftmax
# Eigen's with a rounding per step; float16 runs TF's composite of half ops.
for dt in (tf.bfloat16, tf.float16):
    x = tf.cast(tf.constant((rng.standard_normal((6, 19)) * 4).astype(np.float32)), dt)
    show(f'{dt.name} softmax', tf.cast(tf.nn.softmax(x), tf.float32))
    show(f'{dt.name} log_softmax', tf.cast(tf.nn.log_softmax(x), tf.float32))
