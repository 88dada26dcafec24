import tensorflow as tf
x = tf.reshape(tf.range(9.0), [3, 3])
b = tf.reshape(tf.range(18.0), [2, 3, 3])
print(tf.einsum('ii->', x))
print(tf.einsum('ii->i', x))
print(tf.einsum('ii', x))
print(tf.einsum('bii->bi', b))
print(tf.einsum('bii->b', b))
print(tf.einsum('ii,jj->ij', x, x))
print(tf.einsum('iij->j', tf.reshape(tf.range(18.0), [3, 3, 2])))
with tf.GradientTape() as t:
    t.watch(x)
    y = tf.einsum('ii->', x)
print(t.gradient(y, x))
try:
    tf.einsum('ii->i', tf.ones([2, 3]))
except Exception as e:
    print(type(e).__name__, e)
