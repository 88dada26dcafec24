# Dataset.shuffle draws TF's exact order from its seeds.
import tensorflow as tf

D = tf.data.Dataset
L = lambda ds: [int(x) for x in ds]

ds = D.range(10).shuffle(4, seed=1)
print(L(ds))
print(L(ds))
fixed = D.range(10).shuffle(4, seed=1, reshuffle_each_iteration=False)
print(L(fixed), L(fixed))
print(L(D.range(20).shuffle(100, seed=7)))
print(L(D.range(6).shuffle(3, seed=5).repeat(2)))
print(L(D.range(6).repeat(2).shuffle(3, seed=5)))
print(L(D.range(6).shuffle(3, seed=5).take(4).repeat(2)))
print(L(D.range(6).shuffle(3, seed=5, reshuffle_each_iteration=False).repeat(2)))

s = D.range(6).shuffle(3, seed=5)
L(s.repeat(2))
print(L(s))
it = iter(s)
print(next(it))
print(L(s))

tf.random.set_seed(42)
a = D.range(8).shuffle(8)
print(L(a))
b = D.range(8).shuffle(8, seed=3)
print(L(b))
print(tf.random.uniform([2]))
c = D.range(8).shuffle(8)
print(L(c))

tf.random.set_seed(0)
print(L(D.range(12).shuffle(5, seed=0)))
pairs = D.from_tensor_slices((tf.range(10), tf.range(10) * 10)).shuffle(10, seed=2).batch(4)
for x, y in pairs:
    print(x.numpy(), y.numpy())
print(L(D.range(40).shuffle(16, seed=123).filter(lambda v: v % 3 == 0)))
