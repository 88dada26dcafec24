# tf.data.FixedLengthRecordDataset: header/footer bytes per file, files read as iteration reaches them,
# ZLIB compression, and TF's errors for a ragged body and a missing file.
import os
import tensorflow as tf
with open('flr_a.bin', 'wb') as f:
    f.write(b'HDR' + bytes(range(12)) + b'FT')
with open('flr_c.z', 'wb') as f:
    f.write(bytes.fromhex('789c636064626661050000290010'))
with open('flr_b.bin', 'wb') as f:
    f.write(bytes(range(100, 108)))
ds = tf.data.FixedLengthRecordDataset(['flr_a.bin', 'flr_b.bin'], 4, header_bytes=3, footer_bytes=2)
print(ds)
it = iter(ds)
try:
    for r in it:
        print(r.numpy())
except Exception as e:
    print(type(e).__name__, e)
print(list(tf.data.FixedLengthRecordDataset('flr_a.bin', 4, 3, 2).as_numpy_iterator()))
print(list(tf.data.FixedLengthRecordDataset('flr_b.bin', 2).as_numpy_iterator()))
try:
    print(list(tf.data.FixedLengthRecordDataset('flr_b.bin', 3).as_numpy_iterator()))
except Exception as e:
    print(type(e).__name__, e)
for r in tf.data.FixedLengthRecordDataset('flr_b.bin', 4).map(lambda s: tf.io.decode_raw(s, tf.uint8)):
    print(r)
try:
    print(list(tf.data.FixedLengthRecordDataset('flr_missing.bin', 4)))
except Exception as e:
    print(type(e).__name__, e)
print(tf.data.FixedLengthRecordDataset('flr_b.bin', 4).cardinality())
print(list(tf.data.FixedLengthRecordDataset('flr_c.z', 3, compression_type='ZLIB').as_numpy_iterator()))
for name in ['flr_a.bin', 'flr_b.bin', 'flr_c.z']:
    os.remove(name)
