# tf.strings.split results print as TF's RaggedTensor: numpy's array2string of rt.numpy() (uniform
# rows become one array; ragged rows an object array of row arrays, multi-line rows padded).
import tensorflow as tf

print(tf.strings.split(['a b', 'c d']))
print(tf.strings.split(['w%d' % i for i in range(30)]))
print(tf.strings.split([' '.join('word%d' % i for i in range(20)), 'x']))
print(tf.strings.split(['x', ' '.join('word%d' % i for i in range(20)), 'y z', '']))
print(tf.strings.split(['', '']))
print(tf.strings.split(['a', '', 'b c']))
print(tf.strings.split([[' a', 'b'], ['c', 'd']]))
print(tf.strings.split([['a b', 'c'], ['', 'd e f']]))
print(tf.strings.split(['a b c'] * 600))
print(tf.strings.split(['a b', 'c'] * 600))
print(repr(tf.strings.split(tf.constant([], dtype=tf.string))))
print(tf.strings.split(['long ' * 30 + 'end', 'short', 'mid ' * 10]))
r = tf.strings.split(['a b', 'c'])
print(r.shape, r[0], r.to_list())
for row in r:
    print(row)
print(r.values, r.flat_values)
