# Dataset class names, element_spec reprs and cardinalities, as TF prints them.
import numpy as np
import tensorflow as tf

D = tf.data.Dataset
r = D.range(10)
s = D.from_tensor_slices([1, 2, 3])
kinds = [
    D.from_tensor_slices([1, 2, 3]),
    D.from_tensor_slices(np.arange(6.0).reshape(3, 2)),
    D.from_tensor_slices((np.zeros((4, 2), np.float32), np.arange(4))),
    D.from_tensor_slices({"b": [[1.0, 2.0], [3.0, 4.0]], "a": [1, 2]}),
    D.from_tensor_slices(((np.zeros((2, 3)), [1, 2]), [True, False])),
    D.from_tensor_slices(["a", "bc"]),
    D.from_tensor_slices([]),
    D.from_tensors([1, 2, 3]),
    D.from_tensors((1, [1.0, 2.0])),
    D.range(5),
    D.range(1, 10, 2, output_type=tf.int32),
    s.batch(2),
    s.batch(2, drop_remainder=True),
    s.batch(2).batch(2),
    s.shuffle(10),
    s.map(lambda x: x * 2),
    s.repeat(2),
    s.repeat(),
    s.take(2),
    s.skip(1),
    s.prefetch(1),
    s.prefetch(tf.data.AUTOTUNE),
    s.cache(),
    s.enumerate(),
    s.filter(lambda x: x > 1),
    D.zip((s, r)),
    D.zip(s, r.batch(2)),
    D.zip({"a": s, "b": (r, r)}),
    s.concatenate(s),
    D.from_tensor_slices([[1, 2]]).concatenate(D.from_tensor_slices([[1, 2, 3]])),
    r.batch(2).concatenate(r.batch(3, drop_remainder=True)),
    s.batch(2).unbatch(),
    D.from_tensor_slices(np.zeros((4, 3))).unbatch(),
]
for k in kinds:
    print(k)
print(type(s), type(s.batch(2)), type(iter(s)))
print(isinstance(s.map(lambda x: x), tf.data.Dataset), tf.data.Dataset)
print(tf.data.AUTOTUNE, tf.data.experimental.AUTOTUNE, tf.data.INFINITE_CARDINALITY, tf.data.UNKNOWN_CARDINALITY)
print(s.element_spec, s.element_spec.shape, s.element_spec.dtype)

cases = [
    ("take", r.take(3)), ("take big", r.take(30)), ("take -1", r.take(-1)), ("skip", r.skip(3)),
    ("skip big", r.skip(30)), ("skip -1", r.skip(-1)), ("repeat 3", r.repeat(3)), ("repeat", r.repeat()),
    ("repeat 0", r.repeat(0)), ("batch 3", r.batch(3)), ("batch 3 drop", r.batch(3, drop_remainder=True)),
    ("shuffle", r.shuffle(4)), ("map", r.map(lambda x: x)), ("filter", r.filter(lambda x: x > 2)),
    ("enumerate", r.enumerate()), ("unbatch", r.batch(2).unbatch()), ("zip", D.zip((r, r.take(4)))),
    ("concatenate", r.concatenate(r.take(2))), ("concatenate inf", r.repeat().concatenate(r)),
    ("cache", r.cache()), ("take inf", r.repeat().take(5)), ("batch inf", r.repeat().batch(2)),
    ("from_tensors", D.from_tensors(1)), ("empty range", D.range(5, 1)), ("skip inf", r.repeat().skip(2)),
    ("empty repeat", D.range(0).repeat()),
]
for name, d in cases:
    print(name, int(d.cardinality()), tf.data.experimental.cardinality(d))
print(len(r.batch(3)), r.cardinality(), repr(r.cardinality()))
