# Composite functions on strings fail where TF does: sort (negation / top_k), add_n (AddN), ones_like.
import tensorflow as tf
def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e))
s = tf.constant(['b','a'])
tr('sort_desc', lambda: tf.sort(s, direction='DESCENDING'))
tr('argsort', lambda: tf.argsort(s))
tr('add_n1', lambda: tf.add_n([s]))
tr('sort', lambda: tf.sort(s))
tr('ones_like', lambda: tf.ones_like(s))
tr('add_n2', lambda: tf.add_n([s, s]))
tr('argsort_d', lambda: tf.argsort(s, direction='DESCENDING'))
