# tf.summary.record_if with a callable, a bool and a bool tensor; should_record_summaries; the
# file's size shows which events were written.
import tensorflow as tf
import os, glob
os.makedirs("ri_tmp", exist_ok=True)
w = tf.summary.create_file_writer("ri_tmp")
state = {"on": False}
with w.as_default(step=1):
    print(tf.summary.should_record_summaries())
    with tf.summary.record_if(lambda: state["on"]):
        print(tf.summary.scalar("a", 1.0), tf.summary.should_record_summaries())
        state["on"] = True
        print(tf.summary.scalar("b", 2.0))
    with tf.summary.record_if(False):
        print(tf.summary.scalar("c", 3.0))
    with tf.summary.record_if(tf.constant(True)):
        print(tf.summary.scalar("d", 4.0))
w.close()
tags = []
for path in glob.glob("ri_tmp/*"):
    raw = open(path, "rb").read()
    tags.append(len(raw))
    os.remove(path)
os.rmdir("ri_tmp")
print(tags)
# record_if changes nothing until its scope is entered.
ctx = tf.summary.record_if(False)
w2 = tf.summary.create_file_writer("ri_tmp2")
with w2.as_default(step=0):
    print(tf.summary.should_record_summaries())
    with ctx:
        print(tf.summary.should_record_summaries())
    print(tf.summary.should_record_summaries())
w2.close()
for path in glob.glob("ri_tmp2/*"):
    os.remove(path)
os.rmdir("ri_tmp2")
# TF 2.21's compat logging flush raises; tf.autograph has no get_verbosity.
try:
    tf.compat.v1.logging.flush()
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))
print(hasattr(tf.autograph, "get_verbosity"))
