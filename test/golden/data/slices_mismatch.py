import numpy as np
import tensorflow as tf

images = np.zeros((60, 28, 28), dtype=np.float32)
labels = np.zeros(50, dtype=np.int64)
print("building")
ds = tf.data.Dataset.from_tensor_slices((images, labels))
print("not reached")
