# numpy.linalg.norm: vector and matrix orders, axes, keepdims, float32, stacks, errors (numpy's _linalg.py steps)
import numpy as np
C = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
for o in [None, 1, -1, 2, -2, np.inf, -np.inf, 'fro', 'nuc']:
    print(o, repr(np.linalg.norm(C, o)), repr(np.linalg.norm(C.astype(np.float32), o)))
v = np.array([3.0, -4.0, 1.5, 0.0, 2.25])
for o in [None, 0, 1, 2, 3, 0.5, np.inf, -np.inf]:
    print(o, repr(np.linalg.norm(v, o)))
w = np.array([3.0, -4.0, 1.5, 2.25])
for o in [-1, -2, 0.5, 3]:
    print(o, repr(np.linalg.norm(w, o)), repr(np.linalg.norm(w.astype(np.float32), o)))
rng = np.random.default_rng(3)
X = rng.standard_normal((4, 5, 6))
print(repr(np.linalg.norm(X)), np.linalg.norm(X, axis=1).shape, repr(np.linalg.norm(X, axis=(1, 2))))
print(repr(np.linalg.norm(X, 2, axis=(2, 1))), repr(np.linalg.norm(X, 'nuc', axis=(0, 2))))
print(np.linalg.norm(X, axis=(1, 2), keepdims=True).shape, np.linalg.norm(X, keepdims=True).shape)
print(repr(np.linalg.norm(X[0], 1, axis=0)), repr(np.linalg.norm(X[0], np.inf, keepdims=True)))
for bad in [lambda: np.linalg.norm(C, 3), lambda: np.linalg.norm(v, 'fro'), lambda: np.linalg.norm(X, 1), lambda: np.linalg.norm(C, axis=(0, 0)), lambda: np.linalg.norm(X, axis=(0, 1, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.linalg.norm(rng.standard_normal(1000))), repr(np.linalg.norm(rng.standard_normal((30, 40)))))
