# Device name spellings accepted by tf.device and where the result lands.
import tensorflow as tf
for name in ['/cpu:0', 'cpu:0', '/CPU:0', '/device:CPU:0', '/gpu:0', 'gpu:0', '/GPU:0']:
    with tf.device(name):
        t = tf.constant([1., 2.]) * 2.
    print(name, t.device)
x = tf.constant(1)
print(x.device)
print(type(x.device))
