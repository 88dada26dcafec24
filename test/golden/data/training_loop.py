# A custom training loop fed by tf.data: shuffled mini-batches, two epochs.
import numpy as np
import tensorflow as tf

x = np.linspace(-1.0, 1.0, 40).astype(np.float32).reshape(40, 1)
y = 3.0 * x + 0.5
ds = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(40, seed=3).batch(8)

w = tf.Variable([[0.0]])
b = tf.Variable([0.0])
opt = tf.keras.optimizers.SGD(learning_rate=0.1)

for epoch in range(2):
    for step, (xb, yb) in enumerate(ds):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(tf.matmul(xb, w) + b - yb))
        grads = tape.gradient(loss, [w, b])
        opt.apply_gradients(zip(grads, [w, b]))
        if step % 2 == 0:
            print(epoch, step, loss.numpy())
print(w.numpy(), b.numpy())
