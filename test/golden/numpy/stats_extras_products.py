# np.tensordot, inner, vdot, kron, cross and outer: values, dtypes and numpy's error texts.
import numpy as np
rng = np.random.default_rng(1)
a = rng.standard_normal((3,4,5)); b = rng.standard_normal((4,5,2)); c = np.arange(24).reshape(2,3,4)
print(repr(np.tensordot(a, b)), repr(np.tensordot(a, b, axes=([1,2],[0,1]))))
print(repr(np.tensordot(c, c, axes=([0,1],[0,1]))), repr(np.tensordot(np.arange(3), np.arange(4), 0)), repr(np.tensordot(c, np.arange(4), axes=1)))
for bad in [lambda: np.tensordot(a, b, axes=([0],[0])), lambda: np.tensordot(a, b, axes=([1,1],[0,1])), lambda: np.tensordot(a, b, axes=3)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(repr(np.inner([1,2,3],[4,5,6])), repr(np.inner(c, np.arange(4))), repr(np.inner(np.eye(2), 7)), repr(np.inner(a[0], a[1])))
try: np.inner([1,2],[1,2,3])
except Exception as e: print(type(e).__name__, e)
print(repr(np.vdot([1,2],[3,4])), repr(np.vdot(c, c)), repr(np.vdot(a[0], a[1])), repr(np.vdot(np.float32([1.5, 2]), [3, 4])))
print(repr(np.kron([1,10,100],[5,6,7])), repr(np.kron(np.eye(2), np.ones((2,2)))), repr(np.kron(np.arange(4).reshape(2,2), [1, -1])), repr(np.kron(3, [1,2])), repr(np.kron(np.float32([1.5]), np.array([2], dtype=np.int8))))
x = [1, 2, 3]; y = [4, 5, 6]
print(repr(np.cross(x, y)), repr(np.cross(a[0,:,:3], a[1,:,:3])), repr(np.cross([1,2],[3,4])), repr(np.cross([1,2,3],[3,4])), repr(np.cross([1,2],[3,4,5])))
print(repr(np.cross(np.arange(6).reshape(3,2).T, np.ones((3,3)), axisa=0, axisb=1)), repr(np.cross(np.float32([1.1,2,3]), np.float32([0.3,4,5]))))
print(repr(np.cross(np.arange(6).reshape(2,3), [1,0,0], axisc=0)))
for bad in [lambda: np.cross([1,2,3,4],[1,2,3]), lambda: np.cross(1, [1,2]), lambda: np.cross([1,2,3],[1,2,3], axisa=2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(repr(np.outer([1,2],[3,4.5])), repr(np.outer(np.eye(2), [1, 2])))
