# Keras optimizers given IndexedSlices gradients (an embedding trained through tf.gather with a
# repeated row): Keras 3's sparse path scatters SGD and Adagrad updates row by row and gives Adam
# and RMSprop the sum of squares of a repeated row's pieces, so results differ from the dense
# rule exactly as Keras's do.
import tensorflow as tf

def train(opt, steps=3):
    emb = tf.Variable(tf.reshape(tf.range(12.0), [4, 3]) / 10.0)
    w = tf.Variable([0.5, -0.25, 1.0])
    for _ in range(steps):
        with tf.GradientTape() as tape:
            e = tf.nn.embedding_lookup(emb, [0, 2, 2, 3])
            loss = tf.reduce_sum(tf.square(tf.reduce_sum(e * w, axis=1) - 1.0))
        grads = tape.gradient(loss, [emb, w])
        opt.apply_gradients(zip(grads, [emb, w]))
    print(type(opt).__name__, loss.numpy())
    print(emb.numpy())
    print(w.numpy())

train(tf.keras.optimizers.SGD(0.1))
train(tf.keras.optimizers.SGD(0.1, momentum=0.9))
train(tf.keras.optimizers.SGD(0.1, momentum=0.9, nesterov=True))
train(tf.keras.optimizers.Adam(0.05))
train(tf.keras.optimizers.RMSprop(0.01))
train(tf.keras.optimizers.RMSprop(0.01, momentum=0.5, centered=True))
train(tf.keras.optimizers.Adagrad(0.1))
train(tf.keras.optimizers.SGD(0.1, clipnorm=0.5))
