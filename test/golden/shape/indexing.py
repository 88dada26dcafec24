import tensorflow as tf

x = tf.reshape(tf.constant(list(range(24))), [2, 3, 4])
print(x[1])
print(x[0, -1])
print(x[:, ::-2, 1:3])
print(x[..., tf.newaxis, 0])
print(x[None, 1, :, -1])
print(x[::-1, 1:2])
print(x[tf.constant(1), 2, 3])
row, other = x
print(row.shape, other.shape)
for plane in x[:, 0]:
    print(plane.numpy())
print(len(x), x.shape[1:], x[1:].shape)
img = tf.reshape(tf.constant([float(i) for i in range(16)]), [1, 4, 4, 1])
print(img[0, ::2, ::2, 0])
print(repr(x[0, 0, 0]))
print(repr(img[:, 1:3, 1:3]))
