# The cases of kernel_texts_eigen.py and kernel_texts_onednn.py (one process can only have one
# oneDNN setting: TF reads TF_ENABLE_ONEDNN_OPTS once). A helper module (leading _), not a golden.
import tensorflow as tf


def show(f):
    try:
        r = f()
        print('ok', r.shape)
    except Exception as e:
        print(type(e).__name__ + ':', e)


def run():
    show(lambda: tf.matmul(tf.ones([2, 3]), tf.ones([2, 3])))
    show(lambda: tf.ones([2, 2]) @ tf.ones([2]))
    show(lambda: tf.matmul(tf.ones([2]), tf.ones([2, 2])))
    show(lambda: tf.matmul(tf.ones([2]), tf.ones([2])))
    show(lambda: tf.matmul(tf.ones([2, 2, 3]), tf.ones([2, 2, 3])))
    show(lambda: tf.matmul(tf.ones([1, 2, 3]), tf.ones([2, 3]), transpose_a=True))
    show(lambda: tf.matmul(tf.ones([2, 2, 2]), tf.ones([2])))
    show(lambda: tf.matmul(tf.ones([3, 2, 2]), tf.ones([2, 2, 2])))
    show(lambda: tf.matmul(tf.ones([2, 3], tf.float64), tf.ones([2, 3], tf.float64)))
    show(lambda: tf.matmul(tf.ones([2], tf.int32), tf.ones([2, 2], tf.int32)))
    show(lambda: tf.nn.conv2d(tf.ones([1, 4, 4, 3]), tf.ones([2, 2, 2, 1]), 1, 'SAME'))
    show(lambda: tf.nn.conv2d(tf.ones([1, 4, 4, 3], tf.float64), tf.ones([2, 2, 2, 1], tf.float64), 1, 'SAME'))
    show(lambda: tf.nn.conv2d(tf.ones([1, 4, 4, 1]), tf.ones([2, 2, 1, 1]), 1, 'FOO'))
    show(lambda: tf.nn.conv2d_transpose(tf.ones([1, 2, 2, 1]), tf.ones([3, 3, 1, 1]), [1, 4, 4, 1], 2, 'FOO'))
    show(lambda: tf.nn.avg_pool2d(tf.ones([1, 4, 4, 1]), 2, 2, 'FOO'))
    show(lambda: tf.nn.max_pool2d(tf.ones([1, 4, 4, 1]), 2, 2, 'FOO'))
    show(lambda: tf.einsum('ij,jk->ik', tf.ones([2, 3]), tf.ones([4, 2])))
    show(lambda: tf.einsum('ij,jk,kl->il', tf.ones([2, 3]), tf.ones([3, 2]), tf.ones([3, 2])))
    show(lambda: tf.einsum('ii->i', tf.ones([2, 3])))
    show(lambda: tf.nn.softmax(tf.ones([1, 1, 1, 1, 1, 2])))
    show(lambda: tf.nn.softmax(tf.constant(2.0)))
    show(lambda: tf.nn.softmax(tf.constant(2.0, tf.float64)))
    show(lambda: tf.nn.softmax(tf.ones([1, 1, 1, 1, 1, 2], tf.float64)))
    show(lambda: tf.nn.conv3d(tf.ones([1, 4, 4, 4, 1]), tf.ones([2, 2, 2, 1, 1]), [1, 1, 1, 1, 1], 'VALID', dilations=[1, 2, 2, 2, 1]))
    show(lambda: tf.nn.conv3d(tf.ones([1, 4, 4, 4, 1], tf.float64), tf.ones([2, 2, 2, 1, 1], tf.float64), [1, 1, 1, 1, 1], 'VALID', dilations=[1, 2, 2, 2, 1]))
