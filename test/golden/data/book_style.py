# The input pipeline as the book's scripts write it: shuffle, map(preprocess), batch, enumerate.
import numpy as np
import tensorflow as tf

tf.random.set_seed(22)
x = (np.arange(300 * 28 * 28) * 37 % 256).astype(np.uint8).reshape(300, 28, 28)
y = (np.arange(300) * 3 % 10).astype(np.uint8)
print(x.shape, y.shape, x.dtype, x.min(), x.max())


def preprocess(x, y):
    x = tf.cast(x, dtype=tf.float32) / 255.
    x = tf.reshape(x, [28 * 28])
    y = tf.cast(y, dtype=tf.int32)
    y = tf.one_hot(y, depth=10)
    return x, y


db = tf.data.Dataset.from_tensor_slices((x, y))
db = db.shuffle(1000).map(preprocess).batch(128)
print(db)
sample = next(iter(db))
print('sample:', sample[0].shape, sample[1].shape, tf.reduce_min(sample[0]), tf.reduce_max(sample[0]))
print(tf.argmax(sample[1][:10], axis=1))

db_test = tf.data.Dataset.from_tensor_slices((x[:50], y[:50])).map(preprocess).batch(32)
for epoch in range(2):
    for step, (xb, yb) in enumerate(db):
        print(epoch, step, xb.shape, yb.shape, int(tf.reduce_sum(tf.argmax(yb, axis=1))))
total = 0
for xb, yb in db_test:
    total += int(xb.shape[0])
print('test samples:', total)
db2 = tf.data.Dataset.from_tensor_slices(x[:10]).repeat(3)
print(len(list(db2)), db2.cardinality().numpy())
