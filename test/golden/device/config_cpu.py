# Device queries and placement on a machine without a GPU (tf.config, tf.test, tf.device).
import tensorflow as tf

cpus = tf.config.list_physical_devices('CPU')
print(cpus)
print(tf.config.list_physical_devices('GPU'))
print(tf.config.list_physical_devices('cpu'), tf.config.list_physical_devices())
print(cpus[0].name, cpus[0].device_type, cpus[0][0], tuple(cpus[0]))
print(cpus[0] == tf.config.list_physical_devices()[0])
print(tf.config.experimental.list_physical_devices('CPU'))
print(tf.config.list_logical_devices(), tf.config.list_logical_devices('GPU'))
print(tf.config.get_visible_devices())
print(tf.test.gpu_device_name() == '')
print(tf.config.experimental.tensor_float_32_execution_enabled())
print(tf.config.experimental.enable_tensor_float_32_execution(False))
print(tf.config.experimental.tensor_float_32_execution_enabled())
tf.config.experimental.enable_tensor_float_32_execution(True)
print(tf.config.experimental.tensor_float_32_execution_enabled())

for dev, on in [(cpus[0], True), ('GPU:0', True), (None, False)]:
    try:
        tf.config.experimental.set_memory_growth(dev, on)
    except ValueError as e:
        print('ValueError:', e)
try:
    tf.config.experimental.get_memory_growth(cpus[0])
except KeyError as e:
    print('KeyError:', e)
try:
    tf.config.experimental.get_memory_growth('x')
except ValueError as e:
    print('ValueError:', e)
