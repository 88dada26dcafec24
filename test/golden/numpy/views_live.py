# Views that stay live: row iteration, diagonal/diag (read-only), atleast_2d, stepped slices of
# stepped slices, and memory-overlap questions about them.
import numpy as np
a = np.arange(12.0).reshape(3, 4)
rows = [r for r in a]
cols = a.T
d = np.diagonal(a)
at = np.atleast_2d(a[0])
e = a[..., 1]
asa = np.asarray(a)
print(asa is a, d.flags.writeable, d.base is a.base, at.base is a.base, e.strides)
a[:, 1] = -1
a[2] *= 10
print(rows[2], d, at, e, cols[1])
for r in a:
    r[0] = 7
print(a[:, 0], cols[0], e.sum())
s = a[::2]
t = s[:, ::3]
a[2, 3] = 1000
print(t, t.base is a.base, t.strides)
t[1, 1] = -5
print(a[2], s[1])
b = a.copy()
b[0] = 0
print(a[0], np.may_share_memory(a, b))
z = np.zeros(5)
zv = z[1:4][::2]
z += 3
print(zv, zv.base is z)
print(np.shares_memory(a[0], a[1]), np.shares_memory(a[:, 0], a[0]), np.may_share_memory(a[:, 0], a[:, 1]))
g = np.arange(16).reshape(4, 4)
dg = np.diag(g, 1)
g[1, 2] = 100
print(dg, np.diag(g, -2), dg.flags.writeable, np.trace(g))
try:
    dg[0] = 1
except ValueError as e:
    print(e)
