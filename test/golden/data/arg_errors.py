# Errors for arguments that are not datasets, and get_single_element.
import tensorflow as tf
r = tf.data.Dataset.range(3)
for f in [lambda: r.concatenate([1, 2]), lambda: tf.data.Dataset.zip((r, [1])), lambda: tf.data.Dataset.zip(r, 5), lambda: r.batch(2, True), lambda: r.get_single_element(), lambda: r.take(1).get_single_element()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, '|', e)
for f in [lambda: tf.data.Dataset.range(0).get_single_element(), lambda: tf.data.Dataset.zip({'a': r, 'b': [r]}), lambda: tf.data.Dataset.zip(datasets=(r, r)), lambda: tf.data.experimental.cardinality(r.take(2))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, '|', e)
