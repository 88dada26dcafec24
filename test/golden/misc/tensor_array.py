# tf.TensorArray in eager mode: shared elements across handles, clear_after_read, zeros for
# unwritten elements, dynamic size, unstack/scatter/split/gather/concat, TF's errors, gradients;
# and the unknown-rank TensorShape(None) its element_shape starts as.
import tensorflow as tf
ta = tf.TensorArray(tf.float32, size=3)
print(ta.size(), ta.dtype, ta.element_shape, ta.dynamic_size)
ta2 = ta.write(0, [1.0, 2.0])
print(ta2 is ta)
ta = ta.write(1, tf.constant([3.0, 4.0])).write(2, [5.0, 6.0])
print(ta.read(1), ta.element_shape)
print(ta.stack())
print(ta.gather([2, 0]))
print(ta.concat())
print(ta.size())
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: ta.write(3, [1.0, 2.0]))
attempt(lambda: ta.write(0, [1.0, 2.0, 3.0]))
attempt(lambda: ta.write(0, tf.constant([1, 2])))
d = tf.TensorArray(tf.int32, size=0, dynamic_size=True)
for i in range(4):
    d = d.write(i, i * i)
print(d.size(), d.stack())
u = tf.TensorArray(tf.float32, size=2).unstack([[1.0, 2.0], [3.0, 4.0]])
print(u.read(0), u.size())
e = tf.TensorArray(tf.float32, size=2, element_shape=[2])
attempt(lambda: e.read(1))
attempt(lambda: e.stack())
print(tf.TensorArray(tf.float32, size=0).stack())
s = tf.TensorArray(tf.float32, size=4).scatter([3, 0], [[9.0], [7.0]])
attempt(lambda: s.stack())
sp = tf.TensorArray(tf.float32, size=0, dynamic_size=True, infer_shape=False).split([1.0, 2.0, 3.0, 4.0, 5.0], [2, 3])
print(sp.read(1), sp.size())
x = tf.Variable(2.0)
with tf.GradientTape() as tape:
    acc = tf.TensorArray(tf.float32, size=3)
    for i in range(3):
        acc = acc.write(i, x * float(i + 1))
    y = tf.reduce_sum(acc.stack() ** 2)
print(y, tape.gradient(y, x))
@tf.function
def squares(n):
    out = tf.TensorArray(tf.int32, size=n)
    for i in tf.range(n):
        out = out.write(i, i * i)
    return out.stack()
print(squares(tf.constant(5)))

t = tf.TensorArray(tf.float32, size=2)
t = t.write(0, 1.0)
attempt(lambda: t.write(0, 2.0) and None)
print(t.read(0))
attempt(lambda: t.read(0))
k = tf.TensorArray(tf.float32, size=2, clear_after_read=False).write(0, 3.0)
print(k.read(0), k.read(0), k.stack())
attempt(lambda: tf.TensorArray(tf.float32, size=2).read(0))
attempt(lambda: tf.TensorArray(tf.float32, size=2).read(5))
attempt(lambda: tf.TensorArray(tf.float32, size=2).write(-1, 1.0))
attempt(lambda: tf.TensorArray(tf.float32, size=2).stack())
attempt(lambda: tf.TensorArray(tf.float32, size=2).unstack([1.0, 2.0, 3.0]))
g = tf.TensorArray(tf.float32, size=3, dynamic_size=True).unstack([1.0, 2.0])
print(g.size(), g.stack())
print(tf.TensorArray(tf.float32, size=2, element_shape=tf.TensorShape([None, 3])).element_shape)
h = tf.TensorArray(tf.float32, size=1, dynamic_size=True)
h = h.write(3, [1.0])
print(h.size(), h.stack())
import tensorflow as tf
s = tf.TensorShape(None)
print(s, repr(s), s.rank, s.ndims)
try:
    s.as_list()
except ValueError as e:
    print(e)
try:
    len(s)
except ValueError as e:
    print(e)
print(tf.TensorShape([None, 3]), tf.TensorShape(tf.TensorShape([2])))
