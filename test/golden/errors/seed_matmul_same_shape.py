# The seed builds both CPU matrices as [1, n]; multiplying them fails.
import tensorflow as tf
n = 10
cpu_a = tf.random.normal([1,n])
cpu_b = tf.random.normal([1,n])
print(cpu_a.shape, cpu_b.shape)
c = tf.matmul(cpu_a, cpu_b)
print(c)
