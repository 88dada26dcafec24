# A typical MNIST-style input pipeline on small synthetic arrays.
import numpy as np
import tensorflow as tf

x_train = (np.arange(100 * 28 * 28) % 256).reshape(100, 28, 28).astype(np.uint8)
y_train = (np.arange(100) * 7 % 10).astype(np.int64)

train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(100, seed=1).batch(32)
print(train_ds)
print(train_ds.element_spec)
print(len(train_ds), train_ds.cardinality())

for step, (x, y) in enumerate(train_ds):
    print(step, x.shape, x.dtype, y.shape, y.numpy())

first_x, first_y = next(iter(train_ds))
print(first_x[0, 10:12, 10:16])
print(first_y)

# Normalise in the pipeline, as tutorials do.
def normalize(image, label):
    return tf.cast(image, tf.float32) / 255.0, label

norm_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).map(normalize).batch(64, drop_remainder=True).prefetch(tf.data.AUTOTUNE)
print(norm_ds)
for images, labels in norm_ds:
    print(images.shape, labels.shape, float(tf.reduce_max(images)), float(tf.reduce_mean(images)))

# A second epoch reshuffles.
for epoch in range(2):
    labels = [int(v) for _, yb in train_ds.take(1) for v in yb[:8]]
    print("epoch", epoch, labels)
