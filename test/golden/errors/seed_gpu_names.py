# The seed assigns cpu_a/cpu_b inside the GPU block, then prints gpu_a.
import tensorflow as tf
n = 10
with tf.device('/cpu:0'):
  cpu_a = tf.random.normal([1,n])
  cpu_b = tf.random.normal([1,n])
  print(cpu_a.shape, cpu_b.shape)
with tf.device('/gpu:0'):
  cpu_a = tf.random.normal([1,n])
  cpu_b = tf.random.normal([1,n])
  print(gpu_a.device, gpu_b.device)
