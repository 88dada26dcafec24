# The autograd benchmark program, run unchanged by tfts and by TensorFlow (the peer), by
# scripts/bench/autograd.mjs. Prints `key seconds-per-step` lines: the best mean over a few
# batches of steps (after warm-up), for
#   tape_step  one GradientTape step of the seed demo y = a*w**2 + b*w + c and its 4 gradients
#   mlp_sgd    one training step of a 784-256-10 relu MLP, batch 128, MSE loss, SGD
#   mlp_adam   the same step with Adam
import time
import tensorflow as tf


def per_step(fn, steps, batches=5):
    for _ in range(max(2, steps // 10)):
        fn()
    best = 1e9
    for _ in range(batches):
        t = time.perf_counter()
        for _ in range(steps):
            fn()
        best = min(best, (time.perf_counter() - t) / steps)
    return best


a = tf.constant(1.)
b = tf.constant(2.)
c = tf.constant(3.)
w = tf.constant(4.)


def tape_step():
    with tf.GradientTape() as tape:
        tape.watch([a, b, c, w])
        y = a * w ** 2 + b * w + c
    return tape.gradient(y, [a, b, c, w])


print('tape_step', per_step(tape_step, 2000))

x = tf.random.normal([128, 784], seed=1)
target = tf.random.normal([128, 10], seed=2)


def mlp_step_fn(opt):
    w1 = tf.Variable(tf.random.normal([784, 256], seed=3) * 0.05)
    b1 = tf.Variable(tf.zeros([256]))
    w2 = tf.Variable(tf.random.normal([256, 10], seed=4) * 0.05)
    b2 = tf.Variable(tf.zeros([10]))
    params = [w1, b1, w2, b2]

    def step():
        with tf.GradientTape() as tape:
            h = tf.nn.relu(tf.matmul(x, w1) + b1)
            out = tf.matmul(h, w2) + b2
            loss = tf.reduce_mean(tf.square(out - target))
        grads = tape.gradient(loss, params)
        opt.apply_gradients(zip(grads, params))
        return loss

    return step


print('mlp_sgd', per_step(mlp_step_fn(tf.keras.optimizers.SGD(0.01)), 50))
print('mlp_adam', per_step(mlp_step_fn(tf.keras.optimizers.Adam(0.001)), 50))
