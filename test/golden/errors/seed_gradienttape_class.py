import tensorflow as tf
# 创建4个张量
a = tf.constant(1.)
b = tf.constant(2.)
c = tf.constant(1.)
w = tf.constant(4.)
print(a, b, c, w)
with tf.GradientTape as tape:  # 构建梯度环境
  # 将w加入梯度跟踪列表
  tape.watch([w])
  # 计算过程
  y = a * w ** 2 + b * w + c
  
[dy_dw] = tape.gradient(y, [w])
print(dy_dw)  # 打印导数
