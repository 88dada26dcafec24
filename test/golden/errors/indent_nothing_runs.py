# A syntax error anywhere means nothing runs, not even the prints above it.
print('this must not be printed')
import tensorflow as tf
n = 10
print('nor this')
with tf.device('/cpu:0'):
cpu_a = tf.random.normal([1,n])
print(cpu_a.device)
