import tensorflow as tf
import collections
P = collections.namedtuple('P', ['b', 'a'])
s = {'b': [1, (2, 3)], 'a': None, 'c': P(4, {'z': 5, 'y': 6})}
print(tf.nest.flatten(s))
print(tf.nest.flatten(None), tf.nest.flatten(7), tf.nest.flatten([]), tf.nest.flatten(tf.constant([1,2])))
print(tf.nest.is_nested([1]), tf.nest.is_nested((1,)), tf.nest.is_nested({}), tf.nest.is_nested(1), tf.nest.is_nested('ab'), tf.nest.is_nested(P(1,2)), tf.nest.is_nested(None))
print(tf.nest.map_structure(lambda x: x * 10 if x is not None else None, s))
print(tf.nest.map_structure(lambda x, y: x + y, [1, (2, 3)], [10, (20, 30)]))
print(tf.nest.pack_sequence_as(s, list(range(7))))
print(tf.nest.pack_sequence_as([1, [2]], ['a', 'b']))
print(tf.nest.pack_sequence_as(1, ['x']))
tf.nest.assert_same_structure([1, (2, 3)], [4, (5, 6)])
for a, b in [([1, (2, 3)], [4, [5, 6]]), ([1, 2], [1, 2, 3]), ({'a': 1}, {'b': 1}), (1, [1]), ([1,(2,3)], [4,(5,6,7)])]:
    try:
        tf.nest.assert_same_structure(a, b)
        print('same')
    except Exception as e:
        print(type(e).__name__, e)
try:
    tf.nest.assert_same_structure([1, (2, 3)], [4, [5, 6]], check_types=False); print('same nocheck')
except Exception as e: print(type(e).__name__, e)
try:
    tf.nest.pack_sequence_as([1, [2]], ['a'])
except Exception as e: print(type(e).__name__, e)
try:
    tf.nest.map_structure(lambda x, y: x, [1, 2], [1])
except Exception as e: print(type(e).__name__, e)
try:
    tf.nest.map_structure(lambda x: x)
except Exception as e: print(type(e).__name__, e)
print(tf.nest.map_structure(lambda x: x + 1, P(1, 2)))
print(tf.nest.flatten({'b': 1, 'a': 2}, expand_composites=True))
print(tf.nest.flatten(P(b=1, a=2)))
print(tf.nest.map_structure(lambda x: x, {'b': 1, 'a': 2}))
print(tf.nest.flatten([[], (), {}]))
print(tf.nest.map_structure(lambda *x: sum(x), (1, 2), (3, 4), (5, 6)))
P = collections.namedtuple('P', ['b', 'a'])
Q = collections.namedtuple('Q', ['b', 'a'])
for a, b in [([1], 1), (P(1,2), (1,2)), (P(1,2), Q(1,2)), ({'a':1,'b':[1,2]}, {'a':1,'b':[1]}), ((1,), [1]), ({'a': P(1, None)}, {'a': P(1, 2)}), ([1, 'ab'], ['ab', 1])]:
    try:
        tf.nest.assert_same_structure(a, b)
        print('same')
    except Exception as e:
        print(type(e).__name__, e)
print(tf.nest.map_structure(lambda x: x, P(1, [2])))
try: tf.nest.flatten(1, 2, 3, 4)
except Exception as e: print(type(e).__name__, e)
try: tf.nest.pack_sequence_as([1], 5)
except Exception as e: print(type(e).__name__, e)
try: tf.nest.pack_sequence_as([1], [1, 2])
except Exception as e: print(type(e).__name__, e)
try: tf.nest.pack_sequence_as(1, [1, 2])
except Exception as e: print(type(e).__name__, e)
print(tf.nest.map_structure(lambda x: x, [1], check_types=False))
try: tf.nest.map_structure(lambda x: x, [1], foo=1)
except Exception as e: print(type(e).__name__, e)
print(tf.nest.flatten({1: 'a', 0: 'b'}))
print(tf.nest.pack_sequence_as({'b': 0, 'a': 0}, [1, 2]))
print(tf.nest.is_nested(tf.constant([1])), tf.nest.is_nested(set([1])))
print(tf.nest.flatten(set([1])))
