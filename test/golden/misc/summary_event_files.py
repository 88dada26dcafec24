# tf.summary's event files, byte for byte (wall times aside; image summaries hold PNGs): the script parses its own TFRecord
# files, checks both CRCs, zeroes each event's wall time and prints the records in hex.
# (Recording this needs TensorBoard in the oracle venv: TF's tf.summary.scalar imports it.)
import glob
import os
import re
import tensorflow as tf

_table = []
for i in range(256):
    c = i
    for _ in range(8):
        c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
    _table.append(c)


def masked_crc(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _table[(c ^ b) & 0xFF] ^ (c >> 8)
    c ^= 0xFFFFFFFF
    return ((((c >> 15) | (c << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def dump(logdir):
    files = sorted(glob.glob(os.path.join(logdir, "*")))
    for path in files:
        print(re.sub(r"tfevents\.\d+\.[^/]+\.\d+\.", "tfevents.<time>.<host>.<pid>.", path.replace(os.sep, "/")))
        raw = open(path, "rb").read()
        at = 0
        while at < len(raw):
            n = int.from_bytes(raw[at:at + 8], "little")
            ok = masked_crc(raw[at:at + 8]) == int.from_bytes(raw[at + 8:at + 12], "little")
            data = raw[at + 12:at + 12 + n]
            ok = ok and masked_crc(data) == int.from_bytes(raw[at + 12 + n:at + 16 + n], "little")
            assert data[0] == 0x09  # wall_time, a double
            print(ok, (data[:1] + bytes(8) + data[9:]).hex())
            at += 16 + n


def clear(logdir):
    for path in glob.glob(os.path.join(logdir, "*")):
        os.remove(path)


logdir = "summary_logs_tmp"
os.makedirs(logdir, exist_ok=True)
clear(logdir)
print(tf.summary.scalar("x", 1.0, step=0))
writer = tf.summary.create_file_writer(logdir)
print(type(writer).__name__)
with writer.as_default():
    for step in range(3):
        tf.summary.scalar("loss", 0.5 / (step + 1), step=step)
    tf.summary.scalar("acc", tf.constant(0.75), step=5, description="accuracy")
    tf.summary.scalar("big_step", 2, step=2 ** 40)
    tf.summary.text("note", "hello", step=1)
    tf.summary.text("lines", ["a", "bc"], step=2)
    tf.summary.histogram("w", [1.0, 2.0, 2.5, 4.0], step=0, buckets=3)
    tf.summary.histogram("w30", tf.range(10.0) ** 2, step=1)
    tf.summary.histogram("same", [3.0, 3.0], step=2, buckets=4)
    tf.summary.histogram("empty", tf.zeros([0]), step=3, buckets=2)
    pixels = tf.reshape(tf.range(2 * 3 * 4 * 3, dtype=tf.float32) / 71.0, [2, 3, 4, 3])
    tf.summary.image("pictures", pixels, step=4, max_outputs=1)
    tf.summary.image("bytes", tf.cast(pixels * 200, tf.uint8), step=5, description="as uint8")
with writer.as_default(step=7):
    print(tf.summary.scalar("default_step", 1.5), tf.summary.experimental.get_step())
    with tf.name_scope("train"):
        tf.summary.scalar("acc", 1, step=8)
    tf.summary.experimental.set_step(9)
    tf.summary.scalar("set_step", 3.0)
print(tf.summary.experimental.get_step())
with writer.as_default():
    try:
        tf.summary.scalar("no_step", 1.0)
    except ValueError as e:
        print(e)
writer.flush()
writer.close()
dump(logdir)
clear(logdir)
os.rmdir(logdir)
