# float16: TF has CPU kernels for MatrixInverse but none for SelfAdjointEigV2 or MatrixDeterminant.
import tensorflow as tf
x = tf.constant([[2.0, 1.0], [1.0, 2.0]], tf.float16)
for f in [tf.linalg.eigh, tf.linalg.eigvalsh, tf.linalg.inv, tf.linalg.det]:
    try:
        print(f(x))
    except Exception as e:
        print(type(e).__name__, e)
