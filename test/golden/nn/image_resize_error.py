import tensorflow as tf

image = tf.zeros([4, 4, 3])
print(tf.image.resize(image, [2, 2]).shape)
print(tf.image.resize(image, [2, 2], method="cubic"))
