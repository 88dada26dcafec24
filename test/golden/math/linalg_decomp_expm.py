# tf.linalg.expm: TF's scaling-and-squaring Padé code (linalg_impl.matrix_exponential), op for op.
import tensorflow as tf, numpy as np
print(tf.linalg.expm(tf.constant([[0., 1.], [-1., 0.]])))
print(tf.linalg.expm(tf.constant([[1., 2.], [3., 4.]], tf.float64)))
print(tf.linalg.expm(tf.zeros([2, 2])))
np.random.seed(4)
for dt in [np.float32, np.float64]:
  for n in [1,2,3,4]:
    for sc in [0.01, 0.2, 1.0, 3.0, 10.0]:
      x = tf.constant((sc*np.random.uniform(-1,1,(2,n,n))).astype(dt))
      print(dt.__name__, n, sc, tf.linalg.expm(x).numpy().tolist())
def err(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
err(lambda: tf.linalg.expm(tf.constant([[1, 2], [3, 4]])))
err(lambda: tf.linalg.expm(tf.constant([[1., 2], [3, 4]], tf.float16)))
err(lambda: tf.linalg.expm(tf.constant([[np.inf, 2], [3, 4]])))
print(tf.linalg.expm(tf.zeros([0, 0])))
