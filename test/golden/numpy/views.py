import numpy as np

a = np.zeros((3, 4), dtype=int)
a[0][1] = 5
a[2][3] += 7
for row in a:
    row[0] = 9
r = a[1]
r *= 2
r += 1
print(a)
b = np.arange(12).reshape(3, 4)
top = b[:2]
top[0, 0] = 100
flat = b.reshape(-1)
flat[-1] = -1
rv = b.ravel()
rv[1] = 55
print(b)
c = b[:, 0]
c[0] = 999
print(b[0, 0], c)
d = b.flatten()
d[0] = 0
e = b.copy()
e[:] = 1
print(b[0], d[0], e.sum())
img = np.zeros((2, 2, 3), dtype=np.uint8)
img[0][1] = [255, 128, 0]
img[1, 0, :] = 7
print(img)
