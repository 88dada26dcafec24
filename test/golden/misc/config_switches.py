import tensorflow as tf
print(tf.config.functions_run_eagerly())
@tf.function
def f(x):
    print("body", x, tf.executing_eagerly())
    return x * 2
print(f(tf.constant(1.0)))
print(f(tf.constant(2.0)))
tf.config.run_functions_eagerly(True)
print(tf.config.functions_run_eagerly())
print(f(tf.constant(3.0)))
print(f(tf.constant(4.0)))
tf.config.run_functions_eagerly(False)
print(f(tf.constant(5.0)))
print(tf.config.threading.get_intra_op_parallelism_threads(), tf.config.threading.get_inter_op_parallelism_threads())
try:
    tf.config.threading.set_intra_op_parallelism_threads(2)
    print("set ok")
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.config.threading.set_inter_op_parallelism_threads(3)
    print("set ok")
except Exception as e:
    print(type(e).__name__, e)
print(tf.config.threading.get_intra_op_parallelism_threads(), tf.config.threading.get_inter_op_parallelism_threads())
print(tf.config.get_soft_device_placement())
tf.config.set_soft_device_placement(False)
print(tf.config.get_soft_device_placement())
tf.config.set_soft_device_placement(0)
print(tf.config.get_soft_device_placement())
print(tf.config.get_visible_devices())
try:
    tf.config.set_visible_devices([], 'GPU')
    print("ok")
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.config.set_visible_devices(tf.config.list_physical_devices('CPU'))
    print("ok")
except Exception as e:
    print(type(e).__name__, e)
print(tf.config.get_visible_devices())
print(tf.config.experimental_functions_run_eagerly())
tf.config.experimental_run_functions_eagerly(True)
print(tf.config.functions_run_eagerly())
tf.config.experimental_run_functions_eagerly(False)
print(tf.config.experimental_functions_run_eagerly())
