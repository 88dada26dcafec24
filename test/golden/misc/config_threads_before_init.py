# Thread pool sizes can be set before the first op initialises the context; afterwards only the
# same value is accepted.
import tensorflow as tf
print(tf.config.threading.get_intra_op_parallelism_threads(), tf.config.threading.get_inter_op_parallelism_threads())
tf.config.threading.set_intra_op_parallelism_threads(2)
tf.config.threading.set_inter_op_parallelism_threads(3)
print(tf.config.threading.get_intra_op_parallelism_threads(), tf.config.threading.get_inter_op_parallelism_threads())
tf.config.threading.set_intra_op_parallelism_threads(2)
try:
    tf.config.set_visible_devices('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.config.run_functions_eagerly()
except Exception as e:
    print(type(e).__name__, e)
tf.config.run_functions_eagerly(1)
print(tf.config.functions_run_eagerly())
print(tf.constant(1) + 1)
tf.config.threading.set_intra_op_parallelism_threads(2)
print("same value accepted")
try:
    tf.config.threading.set_intra_op_parallelism_threads(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.config.set_soft_device_placement()
except Exception as e:
    print(type(e).__name__, e)
