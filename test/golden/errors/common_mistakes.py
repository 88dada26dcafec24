# Errors of common beginner mistakes, with TF's exception types and texts: scalar conversion of
# arrays (numpy 2.4 converts only 0-d arrays), gather with a scalar index, truediv of mixed
# dtypes (TF's Python check), where with unbroadcastable shapes, non-square matrices, negative
# dimensions, one_hot with float indices or depth, and variable assignments of another shape.
import numpy as np
import tensorflow as tf


def attempt(label, f):
    try:
        print(label, 'OK', f())
    except Exception as e:
        print(label, type(e).__name__, str(e))


attempt('float(vector)', lambda: float(tf.ones([1])))
attempt('int(matrix)', lambda: int(tf.ones([2, 2])))
attempt('float(1x1)', lambda: float(tf.ones([1, 1])))
attempt('float(scalar)', lambda: float(tf.constant(2.5)))
attempt('list[int vector]', lambda: [1, 2, 3][tf.constant([1])])
attempt('list[float scalar]', lambda: [1, 2, 3][tf.constant(1.0)])
attempt('list[int scalar]', lambda: [1, 2, 3][tf.constant(2)])
attempt('gather scalar', lambda: tf.gather(tf.ones([3]), 5))
attempt('gather negative', lambda: tf.gather(tf.ones([3]), -1))
attempt('gather list', lambda: tf.gather(tf.ones([3]), [5]))
attempt('gather 2-d', lambda: tf.gather(tf.ones([3, 2]), [[0, 7]]))
attempt('int / float', lambda: tf.constant(3) / tf.constant(2.0))
attempt('float / int', lambda: tf.constant(3.0) / tf.constant(2))
attempt('tf.divide', lambda: tf.divide(tf.constant(3), tf.constant(2.0)))
attempt('truediv', lambda: tf.math.truediv(tf.constant(3), tf.constant(2.0)))
attempt('int / int', lambda: tf.constant(3) / tf.constant(2))
attempt('where', lambda: tf.where(tf.ones([2]) > 0, tf.ones([3]), tf.ones([3])))
attempt('where 3 shapes', lambda: tf.where(tf.ones([2, 2]) > 0, tf.ones([3]), tf.ones([1])))
attempt('inv', lambda: tf.linalg.inv(tf.ones([2, 3])))
attempt('det', lambda: tf.linalg.det(tf.ones([3, 2])))
attempt('eigh', lambda: tf.linalg.eigh(tf.ones([2, 3])))
attempt('inv rank 1', lambda: tf.linalg.inv(tf.ones([3])))
attempt('normal', lambda: tf.random.normal([2, -1]))
attempt('uniform', lambda: tf.random.uniform([-2]))
attempt('uniform int', lambda: tf.random.uniform([-2], 0, 5, dtype=tf.int32))
attempt('truncated', lambda: tf.random.truncated_normal([3, -1]))
attempt('zeros', lambda: tf.zeros([2, -1]))
attempt('ones', lambda: tf.ones([-3]))
attempt('fill', lambda: tf.fill([2, -4], 1.0))
attempt('one_hot float', lambda: tf.one_hot(tf.constant([1.0]), 3))
attempt('one_hot list', lambda: tf.one_hot([1.5], 3))
attempt('one_hot depth', lambda: tf.one_hot([1], 3.5))
attempt('one_hot ok', lambda: tf.one_hot(np.array([0, 2], dtype=np.uint8), 3))
v = tf.Variable([1.0, 2.0], name='w')
attempt('assign', lambda: v.assign([1.0, 2.0, 3.0]))
attempt('assign_add', lambda: v.assign_add([1.0]))
attempt('assign_sub', lambda: v.assign_sub(tf.ones([2, 2])))
attempt('assign scalar', lambda: tf.Variable(1.0).assign(tf.ones([3])))
attempt('assign ok', lambda: v.assign([5.0, 6.0]))
attempt('assign_add ok', lambda: v.assign_add([1.0, 1.0]))
r = v.assign([0.5, 0.25])
print(r.numpy(), v.numpy(), float(r[0] + 1))
v.assign([7.0, 8.0])
print(r.numpy())
attempt('xent shapes', lambda: tf.nn.softmax_cross_entropy_with_logits(labels=tf.ones([2, 3]), logits=tf.ones([2, 4])))
attempt('xent broadcast', lambda: tf.nn.softmax_cross_entropy_with_logits(labels=[[0.0, 1.0]], logits=tf.ones([2, 2])))
