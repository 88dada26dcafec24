# tf.data.TextLineDataset: line splitting (CRLF, empty lines, no final newline), several files, errors.
import tensorflow as tf
ds = tf.data.TextLineDataset("text_crlf.txt")
print(ds, type(ds))
print(list(ds.as_numpy_iterator()))
print(ds.cardinality())
print(list(tf.data.TextLineDataset(["text_crlf.txt", "text_short.txt"]).as_numpy_iterator()))
print(list(tf.data.TextLineDataset("text_short.txt").map(lambda s: tf.strings.length(s)).as_numpy_iterator()))
try:
    list(tf.data.TextLineDataset("missing.txt"))
except Exception as e:
    print(type(e).__name__, '|', e)
