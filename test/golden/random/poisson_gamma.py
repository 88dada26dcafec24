# tf.random.poisson / gamma (stateful op-seed streams, 256 Philox blocks per output) and
# stateless_poisson / stateless_gamma: Knuth / Hormann Poisson, Marsaglia-Tsang gamma (alpha < 1
# boosted by u^(1/alpha), alpha == 1 exponential), all computed in double.
import tensorflow as tf


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


tf.random.set_seed(3)
print(tf.random.poisson([4], lam=[2.5, 15.0], seed=1))
print(tf.random.poisson([4], lam=[2.5, 15.0], seed=1))
print(tf.random.poisson([3, 2], lam=tf.constant([0.5, 40.0, 200.0], tf.float64), dtype=tf.int64, seed=2))
print(tf.random.poisson([3], lam=[5, 15], seed=2))
print(tf.random.poisson([3], lam=[2.0, 30.0], dtype=tf.float16, seed=1))
print(tf.random.gamma([4], alpha=[0.5, 1.5, 9.0], seed=1))
print(tf.random.gamma([3, 2], alpha=[[1.], [3.]], beta=[2., 4.], seed=1))
print(tf.random.gamma([4], alpha=tf.constant([0.3, 2.0], tf.float64), dtype=tf.float64, seed=5))
print(tf.random.gamma([3], alpha=[2.0, 3.0], dtype=tf.float16, seed=1))
print(tf.random.gamma([10], alpha=0.05, seed=9))

tf.random.set_seed(5)
x = tf.random.gamma([200], alpha=[0.1, 0.7, 1.0, 2.5, 30.0], seed=3)
print(tf.reduce_sum(x, axis=0), x[:3])
z = tf.random.poisson([300], lam=[0.1, 3.0, 9.9, 10.0, 55.5, 1000.0])
print(tf.reduce_sum(z, axis=0), z[:3])

print(tf.random.stateless_poisson([10, 2], seed=[12, 34], lam=[5., 15.]))
print(tf.random.stateless_poisson([3, 2], seed=[12, 34], lam=[5, 15], dtype=tf.float32))
w = tf.random.stateless_poisson([100, 3], seed=[1, 2], lam=[0.5, 25., 400.], dtype=tf.int64)
print(tf.reduce_sum(w, axis=0))
print(tf.random.stateless_gamma([5, 2], seed=[12, 34], alpha=[0.5, 1.5]))
print(tf.random.stateless_gamma([3, 2], seed=[12, 34], alpha=[[1.], [3.], [5.]], beta=[[3., 4.]]))
v = tf.random.stateless_gamma([100, 3], seed=[1, 2], alpha=[0.5, 1.0, 25.], beta=[1., 2., 0.5], dtype=tf.float64)
print(tf.reduce_sum(v, axis=0), v[:2])

print(tf.random.poisson([0], lam=[1.0]))
print(tf.random.poisson([2], lam=tf.zeros([0])))
print(tf.random.gamma([0], alpha=1.0))
t(lambda: tf.random.poisson([-1], lam=[1.0], seed=1))
t(lambda: tf.random.gamma([-1], alpha=[1.0], seed=1))
t(lambda: tf.random.gamma([2], alpha=[1.0, 2.0], beta=[1., 2., 3.], seed=1))
t(lambda: tf.random.stateless_poisson([3], seed=[1, 2], lam=[1., 2.]))
t(lambda: tf.random.stateless_poisson([3], seed=[1., 2.], lam=1.))
t(lambda: tf.random.stateless_poisson([3], seed=[1, 2, 3], lam=1.))
t(lambda: tf.random.stateless_gamma([3], seed=[1, 2], alpha=[1., 2.]))
t(lambda: tf.random.stateless_gamma([3], seed=[1, 2, 3], alpha=1.))
