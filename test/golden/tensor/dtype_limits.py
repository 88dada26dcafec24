# DType.max/.min/.limits/.is_unsigned, and Python floats beyond float32 when the dtype is inferred
# (TF's ValueError) or given (inf).
import numpy as np
import tensorflow as tf
for d in [tf.float16, tf.bfloat16, tf.float32, tf.float64, tf.int8, tf.int16, tf.int32, tf.int64, tf.uint8, tf.uint16, tf.uint32, tf.uint64, tf.bool, tf.string]:
    out = [d.name]
    for a in ['max', 'min', 'limits', 'is_unsigned']:
        try: out.append(repr(getattr(d, a)))
        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
    print(' | '.join(out))
print(tf.float32.max, tf.int32.max + 1, tf.clip_by_value(tf.constant([1e38, -1.0]), 0.0, tf.float32.max))
for v in [1e39, [1e39], [1e39, -1.0], -1e39, [[1.0], [3.5e38]], float('inf'), [float('nan'), 1e40]]:
    try:
        print(repr(v), tf.constant(v))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
for v, dt in [(1e39, tf.float64), (1e39, tf.float16), (70000.0, tf.float16), ([1e39], tf.float32), (3.5e38, tf.float32)]:
    try:
        print(repr(v), dt.name, tf.constant(v, dt))
    except Exception as e:
        print(repr(v), dt.name, type(e).__name__, e)
try:
    print(tf.convert_to_tensor(1e39))
except Exception as e:
    print(type(e).__name__, e)

try:
    print(tf.constant([1.0]) + 1e39)
except Exception as e:
    print(type(e).__name__, e)
