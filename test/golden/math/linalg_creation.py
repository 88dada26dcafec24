# Matmul (batched, broadcast batch dims, transposes), tensordot, einsum, inverse/determinant,
# eye/range/linspace/one_hot; ends with TF's uncaught error for a singular matrix.
import tensorflow as tf

a = tf.reshape(tf.range(6.0), [2, 3])
b = tf.reshape(tf.range(6.0), [3, 2])
print(tf.matmul(a, b), a @ b)
print(tf.matmul(a, a, transpose_b=True), tf.linalg.matmul(a, a, transpose_a=True))
print(tf.matmul(tf.ones([2, 1, 2, 3]), tf.ones([3, 3, 4])).shape)
print(tf.tensordot(a, b, axes=1), tf.tensordot(a, a, axes=[[0, 1], [0, 1]]))
print(tf.einsum("ij,jk->ik", a, b), tf.einsum("i,i->", tf.range(3.0), tf.range(3.0)))
print(tf.einsum("bij,bjk->bik", tf.ones([2, 2, 3]), tf.ones([2, 3, 1])), tf.einsum("ij->ji", a))
print(tf.linalg.inv(tf.constant([[4.0, 7.0], [2.0, 6.0]])), tf.linalg.det(tf.constant([[4.0, 7.0], [2.0, 6.0]])))
print(tf.linalg.trace(tf.constant([[1.0, 2.0], [3.0, 4.0]])))
print(tf.eye(3), tf.eye(2, 3, dtype=tf.int32))
print(tf.range(5), tf.range(1, 2, 0.25), tf.range(10, 0, -3), tf.range(3, dtype=tf.float64))
print(tf.linspace(0.0, 1.0, 5), tf.linspace(-1, 1, 3))
print(tf.one_hot([0, 2, 1], 3), tf.one_hot([1, -1], 2, on_value=7, off_value=0))
for kwargs in [dict(dtype=tf.string), dict(on_value='a', dtype=tf.string)]:  # the default 1 / 0 as strings
    try:
        tf.one_hot([1], 3, **kwargs)
    except TypeError as e:
        print('one_hot', kwargs, '->', e)
print(tf.one_hot([1], 3, on_value='a', off_value='b'))
m = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
print(tf.matmul(m, m))
tf.linalg.inv(tf.constant([[1.0, 2.0], [2.0, 4.0]]))
