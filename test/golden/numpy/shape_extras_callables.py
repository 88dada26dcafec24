import numpy as np

def myfunc(a, b):
    if a > b:
        return a - b
    return a + b

vf = np.vectorize(myfunc)
print(vf([1, 2, 3, 4], 2), vf(np.array([[1.5], [3.0]]), [1, 2]), vf(3, 1))
print(type(vf(3, 1)), vf(3, 1).shape)
seen = []
def spy(x):
    seen.append(type(x).__name__)
    return x * 2
print(np.vectorize(spy)(np.arange(3)), seen)
print(np.vectorize(lambda x: x > 1)(np.arange(3)), np.vectorize(lambda x: x / 2)(np.arange(3)))
print(np.vectorize(lambda x: int(x), otypes=[float])([1.7, 2.2]), np.vectorize(lambda x: x, otypes='i')([1.5]))
print(np.vectorize(lambda x: (x, -x))(np.arange(3)))
print(np.vectorize(lambda x, y=1: x * y)([1, 2], y=3))

@np.vectorize
def clamp(x):
    return 0 if x < 0 else x
print(clamp(np.array([-1.5, 2.5])))
print(np.fromfunction(lambda i, j: i + j, (2, 3)), np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int))
print(np.fromfunction(lambda i: i * 2, (4,), dtype=np.float32), np.fromfunction(lambda i, j, k=10: i * k + j, (2, 2), k=100))
x = np.linspace(-2.5, 2.5, 6)
print(np.piecewise(x, [x < 0, x >= 0], [-1, 1]), np.piecewise(x, [x < 0, x >= 0], [lambda v: -v, lambda v: v]))
print(np.piecewise(x, [x < 0], [lambda v: v * 10, 7]), np.piecewise(np.arange(4), [np.arange(4) > 1], [lambda v: v * 1.5, 0]))
print(np.piecewise(x, x > 0, [lambda v: v ** 2]), np.piecewise(x, [x < -1, x > 1], [lambda v, s: v * s, lambda v, s: v + s, 0], 3))
a = np.array([[1, 2], [3, 4]], dtype=np.float32)
for index, v in np.ndenumerate(a):
    print(index, v, repr(v))
print(list(np.ndenumerate(np.arange(3))), list(np.ndenumerate([[1.5]])))
print(list(np.ndindex(2, 3)), list(np.ndindex((2, 1, 2))), list(np.ndindex(())), list(np.ndindex()), list(np.ndindex(0, 2)))
for i, j in np.ndindex(a.shape):
    a[i, j] += i * 10 + j
print(a)
it = np.ndindex(2)
print(next(it), next(it), type(it).__name__)

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

t(lambda: np.vectorize(lambda x: x)([]))
t(lambda: np.piecewise(x, [x < 0, x > 0], [1]))
