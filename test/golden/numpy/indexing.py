import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(repr(a[1]), repr(a[1, 2]), repr(a[1, 2, 3]), repr(a[-1, -1, -1]))
print(repr(a[:, 1]), repr(a[..., 0]), repr(a[0, ::-1]), repr(a[:, ::2, 1::2]), repr(a[0, 1:, :2]))
print(repr(a[None, 0, 0].shape), repr(a[:, None].shape), repr(a[..., None, 0].shape), repr(a[()].shape))
v = np.arange(10)
print(repr(v[2:8:2]), repr(v[::-3]), repr(v[-3:]), repr(v[8:2:-2]), repr(v[100:]), repr(v[[1, 3, 5]]), repr(v[np.array([-1, 0])]))
print(repr(v[v % 3 == 0]), repr(v[v > 100]), repr(a[a > 20]), repr(a[np.array([True, False])]))
m = np.arange(12).reshape(3, 4)
print(repr(m[[0, 2]]), repr(m[[0, 2], [1, 3]]), repr(m[:, [3, 0]]), repr(m[[[0], [2]], [1, 2]]), repr(m[1, [0, 1]]))
print(repr(m[m[:, 0] > 2]), repr(m[np.array([0, 1]), 1:]))
m[0] = 100
m[1, 1:3] = [7, 8]
m[:, -1] = np.array([1, 2, 3])
m[m > 50] = -1
m[[2, 2], [0, 1]] = 9
print(repr(m))
f = np.zeros((2, 3), dtype=np.float32)
f[0, 0] = 1.5
f[1] = 2
f[:, 1] += 0.25
f[f == 0] = np.nan
print(repr(f))
i = np.zeros(3, dtype=np.int32)
i[0] = 2.9
i[1:] = np.array([1.5, -2.7])
print(repr(i))
b = np.array([True, False, True])
print(repr(v[:3][b]), repr(np.arange(3)[np.arange(3) != 1]))
