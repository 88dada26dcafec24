# tf.device scopes on a machine without a GPU: every spelling soft-places onto the CPU.
import tensorflow as tf

print(tf.constant(1.0).device)
for name in ['/gpu:0', '/GPU:0', '/device:GPU:0', 'GPU', 'gpu:1', '/GPU:*', '/cpu:0', 'CPU:0',
             '/job:localhost/replica:0/task:0/device:GPU:0', '/replica:0', '', '/device:XLA_GPU:0']:
    with tf.device(name):
        a = tf.constant([1.0, 2.0])
        b = tf.matmul(tf.reshape(a, [1, 2]), tf.reshape(a, [2, 1]))
        i = tf.constant([1, 2]) + 1
        print(repr(name), a.device, b.device, i.device)
        print(b)
with tf.device(None):
    print(tf.ones([2]).device)
with tf.device('/gpu:0'):
    with tf.device('/cpu:0'):
        print(tf.zeros([1]).device)
    x = tf.random.normal([2, 2], seed=1)
    print(x.device, float(tf.reduce_sum(x * 0.0)), bool(tf.reduce_all(x == x)))
for bad in ['foo', 'xpu:0', 'gpu:x', '/gpu:0/cpu:0', 'device:gpu', 3]:
    try:
        with tf.device(bad):
            pass
    except ValueError as e:
        print('ValueError:', e)
try:
    tf.device(lambda op: '/cpu:0')
except RuntimeError as e:
    print('RuntimeError:', e)
print(tf.test.is_built_with_gpu_support() in (True, False))
