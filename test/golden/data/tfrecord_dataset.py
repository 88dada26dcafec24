# tf.data.TFRecordDataset over files this script writes itself (plain, GZIP and ZLIB, as raw
# TFRecord bytes; the compressed ones as literals), a corrupted record, a missing file; and Dataset.list_files (sorted matches,
# shuffled with the seeds, the no-match error).
import os
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


def record(data):
    n = len(data).to_bytes(8, "little")
    return n + masked_crc(n).to_bytes(4, "little") + data + masked_crc(data).to_bytes(4, "little")


d = "tfrecord_tmp"
os.makedirs(d, exist_ok=True)
payload = b"".join(record(x) for x in [b"first", b"", b"third record \x00\xff"])
with open(d + "/plain.tfrecord", "wb") as f:
    f.write(payload)
# gzip.compress(payload, mtime=0) and zlib.compress(payload), made once with CPython.
with open(d + "/packed.gz", "wb") as f:
    f.write(bytes.fromhex("1f8b080000000000020363658080579b58ecd2328b8a4b42ff2b3f858a316832cf60bff1aa69113f949f1baccd5992915994a250949a9c0fa418fe1fb8c0f91d00406fd97144000000"))
with open(d + "/packed.z", "wb") as f:
    f.write(bytes.fromhex("789c63658080579b58ecd2328b8a4b42ff2b3f858a316832cf60bff1aa69113f949f1baccd5992915994a250949a9c0fa418fe1fb8c0f91d003b641385"))
with open(d + "/bad.tfrecord", "wb") as f:
    f.write(record(b"ok") + payload[:20] + b"X" + payload[21:])

ds = tf.data.TFRecordDataset(d + "/plain.tfrecord")
print(type(ds).__name__, ds.element_spec, ds.cardinality())
print([x.numpy() for x in ds])
print([x.numpy() for x in tf.data.TFRecordDataset([d + "/packed.gz"], compression_type="GZIP")])
print([x.numpy() for x in tf.data.TFRecordDataset(d + "/packed.z", compression_type="ZLIB")])
print(list(tf.data.TFRecordDataset([d + "/plain.tfrecord", d + "/plain.tfrecord"]).map(tf.strings.length).as_numpy_iterator()))
for name in ["bad.tfrecord", "missing.tfrecord"]:
    try:
        print([x.numpy() for x in tf.data.TFRecordDataset(d + "/" + name)])
    except tf.errors.OpError as e:
        print(type(e).__name__, e.message.split("}} ")[-1])

print([x.numpy() for x in tf.data.Dataset.list_files(d + "/*", shuffle=False)])
print([x.numpy() for x in tf.data.Dataset.list_files([d + "/*.gz", d + "/p*"], shuffle=False)])
tf.random.set_seed(3)
print([x.numpy() for x in tf.data.Dataset.list_files(d + "/*")])
print([x.numpy() for x in tf.data.Dataset.list_files(d + "/*", seed=5)])
files = tf.data.Dataset.list_files(d + "/*.tfrecord", shuffle=False)
print(files.element_spec, files.cardinality())
try:
    tf.data.Dataset.list_files(d + "/*.none")
except tf.errors.InvalidArgumentError as e:
    print(e.message.replace(d, "<d>"))
for f in os.listdir(d):
    os.remove(d + "/" + f)
os.rmdir(d)
