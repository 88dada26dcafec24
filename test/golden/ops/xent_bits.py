# tf.nn.softmax_cross_entropy_with_logits and sparse_softmax_cross_entropy_with_logits bit for
# bit (TF's Eigen xent functors): 1..40 classes, 10-class batches, axis 0 and rank 3, soft and
# one-hot labels, large/-inf/NaN logits, and the gradients (the kernels' backprop output).
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(11)


def show(label, t):
    print(label, t.dtype.name, t.shape, t.numpy().tolist())


for dt, npdt in ((tf.float32, np.float32), (tf.float64, np.float64)):
    for cols in range(1, 41):
        logits = tf.constant((rng.standard_normal((3, cols)) * 4).astype(npdt))
        labels = tf.nn.softmax(tf.constant(rng.standard_normal((3, cols)).astype(npdt)))
        show(f'dense cols={cols}', tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))
        idx = tf.constant(rng.integers(0, cols, 3).astype(np.int32))
        show(f'sparse cols={cols}', tf.nn.sparse_softmax_cross_entropy_with_logits(labels=idx, logits=logits))
    logits = tf.constant((rng.standard_normal((21, 10)) * 3).astype(npdt))
    labels = tf.constant(rng.uniform(0, 1, (21, 10)).astype(npdt))
    show('batch10', tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    show('batch10 sparse', tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=tf.constant(rng.integers(0, 10, 21)), logits=logits))
    show('axis0', tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits, axis=0))
    x3 = tf.constant(rng.standard_normal((2, 5, 7)).astype(npdt))
    l3 = tf.constant(rng.uniform(0, 1, (2, 5, 7)).astype(npdt))
    show('rank3 axis1', tf.nn.softmax_cross_entropy_with_logits(labels=l3, logits=x3, axis=1))
    show('rank3 sparse', tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=tf.constant([[0, 1, 2, 3, 4], [6, 5, 4, 3, 2]]), logits=x3))
    show('rank1', tf.nn.softmax_cross_entropy_with_logits(labels=tf.constant([0.2, 0.8], dt), logits=tf.constant([1.0, 3.0], dt)))
    inf, nan = float('inf'), float('nan')
    for row in ([1e30, -1e30, 0.0], [88.0, 100.0, -3.0], [0.0, -inf, 1.0], [-inf, -inf, -inf], [nan, 1.0, 2.0], [inf, 0.0, 1.0]):
        t = tf.constant([row], dt)
        show(f'special {row}', tf.nn.softmax_cross_entropy_with_logits(labels=tf.constant([[0.5, 0.0, 0.5]], dt), logits=t))
        show(f'special sparse {row}', tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([2]), logits=t))
    logits = tf.constant(rng.standard_normal((4, 6)).astype(npdt))
    labels = tf.constant(rng.uniform(0, 1, (4, 6)).astype(npdt))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch([logits, labels])
        dense = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        sparse = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([0, 5, 2, 3]), logits=logits)
        w = tf.constant([1.0, -2.0, 0.5, 3.0], dt)
        total_d = tf.reduce_sum(dense * w)
        total_s = tf.reduce_sum(sparse * w)
    dl, dlab = tape.gradient(total_d, [logits, labels])
    show('grad dense logits', dl)
    show('grad dense labels', dlab)
    show('grad sparse logits', tape.gradient(total_s, logits))

# Long rows: TF evaluates the dense backprop (exp(shifted) / sum - labels) in blocks of 4507
# floats / 1777 doubles, each block ending in scalar (libm) exps. The logits are drawn where the
# packet exp and libm's differ, so the printed block edges show which path each value took.
import math

for dt, npdt, edges in ((tf.float32, np.float32, (4500, 4510, 5990, 6000)), (tf.float64, np.float64, (1772, 1780, 3550, 3556, 5996, 6000))):
    cand = (-rng.uniform(0.01, 5, 4000)).astype(npdt)
    packet = tf.exp(tf.constant(cand)).numpy()
    libm = np.array([math.exp(float(t)) for t in cand]).astype(npdt)
    cand = cand[packet != libm]
    x = tf.constant(np.concatenate([np.zeros((2, 1), npdt), rng.choice(cand, (2, 5999))], axis=1))
    lab = np.zeros((2, 6000), npdt)
    lab[:, 0] = 1
    lab = tf.constant(lab)
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(x)
        dense = tf.reduce_sum(tf.nn.softmax_cross_entropy_with_logits(labels=lab, logits=x))
        sparse = tf.reduce_sum(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 0], logits=x))
    gd, gs = tape.gradient(dense, x).numpy(), tape.gradient(sparse, x).numpy()
    for lo, hi in zip(edges[::2], edges[1::2]):
        print('long dense', dt.name, lo, gd[:, lo:hi].tolist())
        print('long sparse', dt.name, lo, gs[:, lo:hi].tolist())

# Half precisions: TF's Python runs float16 (and bfloat16 for the dense loss) through the float32
# kernel; the sparse bfloat16 loss is Eigen's bfloat16 functor.
for dt in (tf.bfloat16, tf.float16):
    x = tf.cast(tf.constant((rng.standard_normal((9, 13)) * 4).astype(np.float32)), dt)
    lab = tf.cast(tf.nn.softmax(tf.constant(rng.standard_normal((9, 13)).astype(np.float32))), dt)
    show(f'{dt.name} dense', tf.cast(tf.nn.softmax_cross_entropy_with_logits(labels=lab, logits=x), tf.float32))
    show(f'{dt.name} sparse', tf.cast(tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=tf.constant(rng.integers(0, 13, 9)), logits=x), tf.float32))
