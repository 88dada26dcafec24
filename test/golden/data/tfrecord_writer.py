# tf.io.TFRecordWriter (plain bytes pinned in hex; GZIP/ZLIB read back) and TFRecordOptions.
import tensorflow as tf
import os
os.makedirs("tw_tmp", exist_ok=True)
with tf.io.TFRecordWriter("tw_tmp/a.tfrecord") as w:
    print(type(w).__name__)
    w.write(b"one")
    w.write("two")
    w.write(tf.constant(b"three").numpy())
w2 = tf.io.TFRecordWriter("tw_tmp/b.tfrecord.gz", options="GZIP")
w2.write(b"zipped")
w2.flush()
w2.close()
w3 = tf.io.TFRecordWriter("tw_tmp/c.z", tf.io.TFRecordOptions(compression_type="ZLIB"))
w3.write(b"z")
w3.close()
print([x.numpy() for x in tf.data.TFRecordDataset("tw_tmp/a.tfrecord")])
print([x.numpy() for x in tf.data.TFRecordDataset("tw_tmp/b.tfrecord.gz", "GZIP")])
print([x.numpy() for x in tf.data.TFRecordDataset("tw_tmp/c.z", compression_type="ZLIB")])
print(open("tw_tmp/a.tfrecord", "rb").read().hex())
try:
    tf.io.TFRecordWriter("tw_tmp/nodir/x.tfrecord")
except Exception as e:
    print(type(e).__name__, e)
try:
    w.write(b"after close")
except Exception as e:
    print(type(e).__name__, e)
for f in os.listdir("tw_tmp"):
    os.remove("tw_tmp/" + f)
os.rmdir("tw_tmp")
