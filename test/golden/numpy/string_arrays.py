# numpy string arrays (dtype '<U<n>') as tutorials use them: class names indexed by argmax and
# label arrays, compared, counted with unique, where, sort, astype(str), reshape, printing.
import numpy as np
class_names = np.array(['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'])
pred = np.array([[0.1, 0.2, 0.7, 0, 0, 0, 0, 0, 0, 0], [0.9, 0.1, 0, 0, 0, 0, 0, 0, 0, 0]])
print(class_names[np.argmax(pred[0])], class_names[np.argmax(pred, axis=1)])
labels = np.array([3, 5, 3, 1])
names = class_names[labels]
print(names, repr(names), names == 'cat', (names == 'cat').sum(), np.sum(names == 'cat'))
u, c = np.unique(names, return_counts=True)
print(u, c)
for n, k in zip(u, c):
    print(f"{n}: {k}")
print(np.unique(names, return_inverse=True))
print(np.where(labels > 2, 'big', 'small'), np.where(names == 'cat', names, 'other'))
print(np.sort(names), np.argsort(names), names[np.argsort(names)])
print(class_names.reshape(2, 5))
print(repr(class_names.reshape(2, 5)))
print(class_names[:3], class_names[-1], class_names[[0, -1]], class_names[class_names != 'cat'])
print(repr(np.arange(5).astype(str)), repr(np.array([0.5, 1.25]).astype(str)), repr(np.array([1, 2], np.int32).astype(str)))
print(repr(np.array([1, 2], np.uint8).astype('U')), repr(np.array([1.0], np.float32).astype(str)))
print(np.concatenate([names, np.array(['zebra'])]), np.stack([names, names]).shape)
print(names.tolist(), len(names), 'cat' in names, names.shape, names.size, names.ndim)
print(repr(np.array([['a', 'b'], ['c', 'd']]).T))
m = names.copy()
m[0] = 'elephant'
m[1:3] = 'x'
print(repr(m))
print(' '.join(names), ', '.join(class_names[:3]))
print(repr(np.array(['a', 'b']) == np.array(['a', 'c'])))
print(np.array(['x'] * 30))
print(repr(np.array(['longer name %d' % i for i in range(8)])))
print(repr(np.array(['a', 1])), repr(np.array(['a', 1.5])), repr(np.array(['a', True])))
print(repr(np.array('cat')), np.array('cat'), np.array('cat').shape)
print(repr(np.full(3, 'ab')), repr(np.zeros(2, dtype=str)), repr(np.array([1, 2], dtype=str)), repr(np.array(['cat'], dtype='<U5')))
print(repr(np.array(['cat', 'elephant'], dtype='U3')))
print(names.dtype == '<U3', names.dtype, names.dtype.kind, names.dtype.itemsize, names.itemsize, names.nbytes, names.dtype.name)
print(isinstance(names, np.ndarray), type(names))
try:
    class_names[10]
except IndexError as e:
    print('IndexError:', e)
print(names == 1, names != 1.5)
print(repr(np.array(['1.5', 'inf', ' 2 ']).astype(float)), repr(np.array(['1', '-2']).astype(np.int32)))
print(repr(names + 'x'), repr('x' + names), repr(names + names[::-1]))
