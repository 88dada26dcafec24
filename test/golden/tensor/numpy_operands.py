# Operands next to a tensor, as TF's eager ops convert them: numpy arrays take the tensor's dtype
# (numpy's forced cast), Python values take it where they fit; the generated ops (-, *, tf.maximum,
# tf.where, reflected operators) refuse a Python float for an integer dtype and a str for a number
# with a TypeError, while `+`, tf.add, `/` and tf.matmul only hint the dtype and leave the mismatch
# to the op.
import numpy as np
import tensorflow as tf


def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:  # the type and TF's message, without the op's device prefix
        print(label, '->', type(e).__name__ + ':', str(e).split('}} ')[-1])


x = tf.constant([1.0, 2.0])
i = tf.constant([1, 2])
show('f32 * int64 array', lambda: x * np.array([1, 2]))
show('int64 array * f32', lambda: np.array([1, 2]) * x)
show('f32 + f64 array', lambda: x + np.array([1.5, 2.5]))
show('f64 array + f32', lambda: np.array([1.5, 2]) + x)
show('i32 * f64 array', lambda: i * np.array([1.7, -2.7]))
show('i32 + int64 array', lambda: i + np.array([1, 2]))
show('uint8 + int64 array', lambda: tf.constant([1, 2], tf.uint8) + np.array([1, 300]))
show('f16 * f64 array', lambda: tf.constant([1.0], tf.float16) * np.array([2.0]))
show('f32 + bool array', lambda: tf.constant([1.0]) + np.array([True]))
show('f32 < int64 array', lambda: x < np.array([2, 2]))
show('f32 == int64 array', lambda: x == np.array([1, 5]))
show('broadcast to rank 2', lambda: tf.constant([1.0]) + np.array([[1], [2]]))
show('tf.add(f32, array)', lambda: tf.add(x, np.array([2, 3])))
show('tf.add(array, array)', lambda: tf.add(np.array([1]), np.array([1.5])))
show('tf.add(1.5, array)', lambda: tf.add(1.5, np.array([1])))
show('tf.add(f64 array, i32)', lambda: tf.add(np.array([1.5]), tf.constant([1])))
show('tf.add([1], f32)', lambda: tf.add([1], tf.constant([1.5])))
show('tf.maximum(array, f32)', lambda: tf.maximum(np.array([1]), tf.constant([1.5])))
show('tf.maximum([1], f32)', lambda: tf.maximum([1], tf.constant([1.5])))
show('squared_difference', lambda: tf.math.squared_difference(tf.constant([1.0]), np.array([3])))
show('tf.concat', lambda: tf.concat([tf.ones([1]), np.zeros(1)], 0))
show('tf.concat array first', lambda: tf.concat([np.array([1]), tf.constant([1.5])], 0))
show('tf.concat lists', lambda: tf.concat([[1], [2.5]], 0))
show('tf.stack', lambda: tf.stack([np.zeros(1), tf.ones([1])]))
show('tf.stack list, i32', lambda: tf.stack([[1.0], tf.constant([1], tf.int32)]))
show('tf.where array', lambda: tf.where([True, False], tf.ones([2]), np.zeros(2)))
show('tf.where lists', lambda: tf.where([True], [1], [1.5]))
show('tf.matmul f32 @ array', lambda: tf.matmul(tf.ones([2, 2]), np.ones((2, 2))))
show('tf.matmul array @ f32', lambda: tf.matmul(np.ones((1, 2)), tf.ones([2, 1])))
show('tf.matmul [[1]] @ f32', lambda: tf.matmul([[1]], tf.constant([[1.5]])))
show('loss with numpy labels', lambda: tf.reduce_mean(tf.square(tf.constant([0.5, 1.5]) - np.array([1.0, 1.0]))))
show('i32 + 1.5', lambda: i + 1.5)
show('i32 * 1.5', lambda: i * 1.5)
show('i32 - 1.5', lambda: i - 1.5)
show('1.5 + i32', lambda: 1.5 + i)
show('i32 * [1.5]', lambda: i * [1.5])
show('i32 + (1.5,)', lambda: i + (1.5,))
show('f32 * str', lambda: x * 'a')
show('f32 - str', lambda: x - 'a')
show('str * f32', lambda: 'a' * x)
show('f32 + [str]', lambda: x + ['a'])
show('tf.multiply(i32, 1.5)', lambda: tf.multiply(i, 1.5))
show('tf.divide([1], f32)', lambda: tf.divide([1], tf.constant([1.5])))
show('tf.divide(i32, 1.5)', lambda: tf.divide(i, 1.5))
show('tf.truediv(i32, 1.5)', lambda: tf.truediv(i, 1.5))
show('i32 / 1.5', lambda: i / 1.5)
show('i32 == 1.5', lambda: i == 1.5)
show('i32 == str', lambda: i == 'a')
show('i32 == f32', lambda: i == tf.constant([1.0, 2.0]))
show('== other shape', lambda: i == tf.constant([1, 2, 3]))
show('!= other shape', lambda: i != [1, 2, 3])
show('== None', lambda: (x == None, x != None))
