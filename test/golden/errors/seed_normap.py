import tensorflow as tf
n = 10
print('start')
with tf.device('/cpu:0'):
  cpu_a = tf.random.normal([1,n])
  print(cpu_a.shape)
  cpu_b = tf.random.normap([1,n])
  print(cpu_a.device, cpu_b.device)
