import tensorflow as tf
import numpy as np
print(tf.dtypes.as_dtype('float32'), tf.dtypes.as_dtype(np.int64), tf.dtypes.as_dtype(tf.int8), tf.dtypes.as_dtype(np.dtype('float16')), tf.as_dtype('bool'), tf.as_dtype(float), tf.as_dtype(bool))
for bad in [int, 'foo', None]:
    try:
        tf.dtypes.as_dtype(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(tf.dtypes.double), repr(tf.dtypes.half), repr(tf.double), repr(tf.half), tf.dtypes.float32 is tf.float32)
print(tf.dtypes.saturate_cast is tf.saturate_cast, tf.dtypes.cast is tf.cast, tf.dtypes.as_dtype is tf.as_dtype)
x = tf.constant([-300.7, -1.5, 0.4, 200.0, 1e10, float('nan')])
for dt in [tf.int8, tf.uint8, tf.int32, tf.int16, tf.float16, tf.uint16]:
    print(tf.dtypes.saturate_cast(x, dt))
print(tf.saturate_cast([1, 300, -5], tf.uint8))
print(tf.saturate_cast(tf.constant([70000, -70000], tf.int32), tf.int16))
print(tf.saturate_cast(tf.constant([1e39, -1e39], tf.float64), tf.float32))
print(tf.dtypes.cast([1.7, -2.5], tf.int32))
# limits that round past the output range in the input dtype are nudged toward zero
print(tf.saturate_cast(tf.constant([-40000., 40000., 32767.], tf.float16), tf.int16))
print(tf.saturate_cast(tf.constant([-3e9, 5e9, 1e20], tf.float32), tf.uint32))
print(tf.saturate_cast(tf.constant([-3e9, 5e9, 1e20], tf.float64), tf.int32))
print(tf.saturate_cast(tf.constant([-1, 2**40], tf.int64), tf.int32))
print(tf.saturate_cast(tf.constant([1e30, -1e30], tf.float32), tf.bfloat16))
print(tf.saturate_cast(tf.constant([300, -2], tf.int32), tf.float32))
print(tf.saturate_cast(tf.constant([300, -2], tf.uint8), tf.int8))
for v, d in [(tf.constant([True, False]), tf.int32), (tf.constant([1, 2]), tf.bool)]:
    try:
        tf.saturate_cast(v, d)
    except Exception as e:
        print(type(e).__name__, e)
