# 创建在cpu上运算的2个矩阵
import tensorflow as tf 
with tf.device('/cpu:0'):
cpu_a = tf.random.normal([1,n])
cpu_b = tf.random.normap([1,n])
print(cpu_a.device, cpu_b.device)
# 创建在gpu上运算的2个矩阵
with tf.device('/gpu:0'):
cpu_a = tf.random.normal([1,n])
cpu_b = tf.random.normap([1,n])
print(gpu_a.device, gpu_b.device)
