# tf.einsum's common forms, including the ones whose second operand lists its free labels before
# the contracted ones ('ij,kj->ik', attention's 'bqd,bkd->bqk'): tfts once read those sizes after
# transposing the operand and failed in a reshape.
import tensorflow as tf

a = tf.reshape(tf.range(24.0), [2, 3, 4])
b = tf.reshape(tf.range(40.0) / 10.0, [2, 5, 4])
m = tf.reshape(tf.range(12.0), [4, 3])
n = tf.reshape(tf.range(6.0), [3, 2])
print(tf.einsum('ij,kj->ik', m, m))
print(tf.einsum('ji,jk->ik', m, tf.ones([4, 2])))
print(tf.einsum('bqd,bkd->bqk', a, b))
print(tf.einsum('bqk,bkd->bqd', tf.einsum('bqd,bkd->bqk', a, b), b))
print(tf.einsum('ij,jk->ik', m, n))
print(tf.einsum('ij->ji', m))
print(tf.einsum('ij,ij->ij', m, m))
print(tf.einsum('i,j->ij', tf.range(3.0), tf.range(4.0)))
print(tf.einsum('ijk,kl->ijl', a, tf.ones([4, 2])))
print(tf.einsum('kj,ij->ik', n, tf.ones([5, 2])))
print(tf.einsum('bhqd,bhkd->bhqk', tf.reshape(a, [1, 2, 3, 4]), tf.reshape(b, [1, 2, 5, 4])))
print(tf.einsum('ij,kj', m, m))
print(tf.einsum('...d,kd->...k', a, tf.ones([2, 4])))
