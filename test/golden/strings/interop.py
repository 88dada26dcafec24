# String tensors next to the rest: Variables, tf.print, tf.strings.format, numpy object arrays and
# back, ragged split results, and copies made by stop_gradient/identity.
import numpy as np
import tensorflow as tf

s = tf.constant(['a', 'bc'])
v = tf.Variable('abc')
print(v)
print(repr(tf.Variable(['a', 'b'])))
print(v.numpy(), v.dtype)
print(tf.stop_gradient(s))
print(repr(np.array(s)), repr(np.array(tf.constant('x'))))
print(tf.constant(s.numpy()))
print(tf.convert_to_tensor(tf.constant([['p', 'q']]).numpy()))
tf.print(s)
tf.print(tf.constant('héllo\n'), 'x', tf.constant([['a']]))
print(tf.strings.format('x={} y={}', (tf.constant([1, 2]), s)))
print(tf.strings.format('{}', tf.range(10)))
print(tf.strings.format('{}', tf.range(10), summarize=-1))
print(tf.strings.format('{} and {}', [1.5, 'q']))
print(tf.strings.format('<>', [2], placeholder='<>'))
try:
    tf.strings.format('a{}b{}', [1])
except ValueError as e:
    print('ValueError', e)
n = s.numpy()
print(n == b'a', n != b'a', n == 'a', n == n)
print(str(n), n.shape, n.dtype, n.dtype == object)
print([x.decode() for x in n])
r = tf.strings.split(['a b', 'c'])
print(r.shape, r[0], r.to_list())
for row in r:
    print(row)
print(r.values, r.flat_values)
print(tf.size(s), tf.shape(tf.strings.split('a b c')))
print(tf.constant('x') if tf.constant('x') else None)
