# Gradients of tf.linalg.cholesky / solve / triangular_solve / slogdet / logdet (linalg_grad.py).
import tensorflow as tf

for dt in [tf.float32, tf.float64]:
    a = tf.constant([[4., 2., 0.6], [2., 5., 1.], [0.6, 1., 3.]], dt)
    b = tf.constant([[1., 0.5], [2., -1.], [3., 0.25]], dt)
    with tf.GradientTape(persistent=True) as t:
        t.watch([a, b])
        losses = {
            'cholesky': tf.reduce_sum(tf.linalg.cholesky(a) * tf.constant([[1., 0, 0], [2, 3, 0], [4, 5, 6]], dt)),
            'solve': tf.reduce_sum(tf.linalg.solve(a, b)),
            'solve_adjoint': tf.reduce_sum(tf.linalg.solve(a, b, adjoint=True) ** 2),
            'triangular_solve': tf.reduce_sum(tf.linalg.triangular_solve(a, b)),
            'triangular_solve_upper_adjoint': tf.reduce_sum(tf.linalg.triangular_solve(a, b, lower=False, adjoint=True)),
            'cholesky_solve': tf.reduce_sum(tf.linalg.cholesky_solve(tf.linalg.cholesky(a), b)),
            'slogdet': tf.linalg.slogdet(a).log_abs_determinant,
            'logdet': tf.linalg.logdet(a),
        }
    for name, loss in losses.items():
        # float32 A-gradients of solve go through a float32 outer-product matmul whose rounding
        # tfts's MatMul does not reproduce yet; float64 covers them.
        if dt == tf.float32 and 'solve' in name and 'triangular' not in name:
            continue
        ga, gb = t.gradient(loss, [a, b])
        print(dt.name, name, ga.numpy().tolist(), None if gb is None else gb.numpy().tolist())

# batched, with a broadcast right-hand side
m = tf.constant([[[2., 0.], [1., 3.]], [[1., 0.], [0.5, 4.]]])
r = tf.constant([[1.], [2.]])
with tf.GradientTape() as t:
    t.watch([m, r])
    y = tf.reduce_sum(tf.linalg.triangular_solve(m, r))
print(t.gradient(y, [m, r]))
