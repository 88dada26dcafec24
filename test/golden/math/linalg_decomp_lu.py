# tf.linalg.lu_matrix_inverse / lu_solve / lu_reconstruct on random batches (linalg_impl.py's composites).
import tensorflow as tf, numpy as np
np.random.seed(9)
for dt in [np.float32, np.float64]:
  for n in [1,2,3,4,5]:
    x = tf.constant(np.random.uniform(-1,1,(2,n,n)).astype(dt))
    lu, p = tf.linalg.lu(x)
    print(dt.__name__, n, tf.linalg.lu_matrix_inverse(lu, p).numpy().tolist())
    print(tf.linalg.lu_solve(lu, p, tf.constant(np.random.uniform(-1,1,(2,n,2)).astype(dt))).numpy().tolist())
    print(tf.linalg.lu_reconstruct(lu, p).numpy().tolist())
