# v[...].assign(value): a variable's slice carries `assign` in its __dict__ (TF's _SliceHelperVar);
# the value broadcasts into the slice, and tensors take instance attributes.
import tensorflow as tf

v = tf.Variable([[1., 2., 3.], [4., 5., 6.]])
s = v[0]
print(type(s).__name__, hasattr(s, 'assign'), sorted(s.__dict__))
print(v[:, 1:].assign([[9., 9.], [8., 8.]]))
print(v[1, ::-1].assign([0., 1., 2.]))
print(v[..., 0].assign(tf.constant([5., 5.])))
v[:, 0].assign(1.0)
v[0].assign([1, 2, 3])
print(v)
print(v[0, None].assign([[7., 8., 9.]]))
print(v[:, 0:2].assign([[1.], [2.]]))
print(hasattr(v[v > 5], 'assign'), v[v > 5])

t = tf.constant([1., 2.])
print(hasattr(t, 'assign'), t.__dict__)
t.foo = 3
print(t.foo, t.__dict__)
del t.foo
print(t.__dict__)

for val in ([1., 2.], [[1.], [2.]], 'a'):
    try:
        print(v[0].assign(val))
    except Exception as e:
        print(type(e).__name__, e)

w = tf.Variable([1, 2, 3])
print(w[1].assign(-4), w[-1:].assign([0]))
w[1].assign(5.7)
