# float32 tf.matmul of a matrix by a column ([M,K] @ [K,1], the y = X @ w of linear-regression
# tutorials), of a row by a transposed matrix and of a row by a column sum their products in TF's own order, which shows in the
# last digit; rank-3 (BatchMatMul) products sum in k order. Printed as exact float32 values.
import tensorflow as tf

tf.random.set_seed(11)
for k in range(1, 8):
    x = tf.random.normal([6, k])
    w = tf.random.normal([k, 1])
    print(k, tf.reshape(tf.matmul(x, w), [-1]).numpy().tolist())
    print(k, tf.matmul(x[:1], w).numpy().tolist(), (x[:2] @ w).numpy().tolist())
    rows = tf.random.normal([3, k])
    print(k, tf.matmul(x[:1], rows, transpose_b=True).numpy().tolist())
for k in [9, 20]:
    row = tf.random.normal([1, k])
    col = tf.random.normal([k, 1])
    print(k, tf.matmul(row, col).numpy().tolist())
# A few rows times a transposed matrix (a Dense layer's input gradient dy @ W^T for batches under
# 16) sums in 16 lanes; from 16 rows on, and through einsum (BatchMatMul), in k order.
for m, k, n in [(2, 3, 4), (6, 10, 4), (15, 33, 7), (16, 9, 5)]:
    a = tf.random.normal([m, k])
    b = tf.random.normal([n, k])
    print(m, k, n, tf.reshape(tf.matmul(a, b, transpose_b=True), [-1]).numpy().tolist())
    print(tf.reshape(tf.einsum('ik,jk->ij', a, b), [-1]).numpy().tolist())
x = tf.random.normal([6, 10])
w = tf.Variable(tf.random.normal([10, 4]))
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    y = tf.reduce_sum(tf.matmul(x, w) ** 2)
    z = tf.reduce_sum(tf.einsum('ij,jk->ik', x, w) ** 2)
print(tf.reshape(tape.gradient(y, x), [-1]).numpy().tolist())
print(tf.reshape(tape.gradient(z, x), [-1]).numpy().tolist())
batch = tf.random.normal([3, 4, 5])
vecs = tf.random.normal([3, 5, 1])
print(tf.reshape(tf.matmul(batch, vecs), [-1]).numpy().tolist())
