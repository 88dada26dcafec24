# TF's exceptions for common tf.data mistakes (type and text).
import numpy as np
import tensorflow as tf

D = tf.data.Dataset

def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, "|", e)

attempt(lambda: D.from_tensor_slices((np.zeros((4, 2)), np.zeros(3))))
attempt(lambda: D.from_tensor_slices({"a": [1, 2], "b": [1, 2, 3]}))
attempt(lambda: D.from_tensor_slices(5))
attempt(lambda: D.from_tensor_slices([[1, 2], [3]]))
attempt(lambda: D.from_tensor_slices(None))
attempt(lambda: D.range(3).batch(0))
attempt(lambda: D.range(3).shuffle(0))
attempt(lambda: D.range(3).filter(lambda x: x))
attempt(lambda: D.range(3).filter(lambda x: 1))
attempt(lambda: D.range(3).concatenate(D.from_tensor_slices([1.0])))
attempt(lambda: D.range(3).concatenate(D.from_tensor_slices(([1], [2]))))
attempt(lambda: D.range(3).unbatch())
attempt(lambda: len(D.range(3).repeat()))
attempt(lambda: len(D.range(3).filter(lambda x: x > 0)))
attempt(lambda: next(iter(D.range(0))))
attempt(lambda: D.range(2.5))
attempt(lambda: D.range(1, 5, 0))
attempt(lambda: iter(D.range(0)).get_next())
