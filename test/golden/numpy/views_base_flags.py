# numpy's "copies and views" (the quickstart's section and around it): base, flags, strides,
# shares_memory, flat, real/imag, mT, device, and views that see later changes of their base.
import numpy as np

a = np.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
b = a
print(b is a)
c = a.view()
print(c is a, c.base is a, c.flags.owndata, a.flags.owndata)
c = c.reshape((2, 6))
print(a.shape, c.base is a)
c[0, 4] = 1234
print(a)
s = a[:, 1:3]
s[:] = 10
print(a)
print(s.base is a, s.flags['OWNDATA'], s.flags.c_contiguous, s.flags.f_contiguous)
d = a.copy()
print(d is a, d.base is a, d.base is None)
d[0, 0] = 9999
print(a[0, 0], d[0, 0])

# base collapses to the array that owns the memory
x = np.arange(10)
y = x[1:6]
z = y[::2]
print(y.base is x, z.base is x, x.base)
r = np.arange(12).reshape(3, 4)
print(r.base is None, r.base.shape, r[0].base is r.base)
print(x[[1, 2]].base is None, x[x > 4].base is None, (x + 1).base is None)
print(x.reshape(2, 5).base is x, x.ravel().base is x, x.flatten().base is None)
t = r.T
print(t.base is r.base, np.transpose(r).base is r.base, r.T.copy().base is None)
print(np.expand_dims(x, 0).base is x, x[None].base is x, x[..., None].base is x)

# the view sees later changes of its base, whatever its layout
m = np.zeros((3, 4))
col = m[:, 1]
mt = m.T
stepped = m[::2, ::-1]
row = m[1]
m[1, 1] = 5.0
m[2] += 1
m[0, ::3] = [7, 8]
print(col)
print(mt)
print(stepped)
print(row)
row[:] = -1
print(col, mt[1, 1], stepped)
np.copyto(m, 2.0)
print(col.sum(), mt.sum(), stepped.sum(), row.sum())
m.fill(3)
print(col, stepped[0])
m.sort(axis=0)
m *= 2
print(col, mt[0])

# strides and contiguity
f = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
print(f.strides, f.T.strides, f[:, ::2].strides, f[..., 1].strides, f[1].strides)
print(f.transpose(1, 0, 2).strides, f.reshape(6, 4).strides, f[None].strides, f[:, None].strides)
print(np.arange(5, dtype=np.int16).strides, np.zeros((2, 3), dtype=np.float64).strides)
print(np.broadcast_to(np.arange(3), (2, 3)).strides, np.float32(1.5).strides)
print(f.flags.c_contiguous, f.T.flags.c_contiguous, f.T.flags.f_contiguous, f[:, ::2].flags.c_contiguous)
print(np.ones(3).flags.f_contiguous, f[..., 1].flags.forc)
print(f.flags)
print(f.T.flags)
print(f.flags.writeable, f.flags.aligned, f.flags['W'], f.flags['C'], f.flags['F'])

# shares_memory / may_share_memory
print(np.shares_memory(a, s), np.shares_memory(a, d), np.may_share_memory(a, a[0]))
print(np.shares_memory(x[::2], x[1::2]), np.may_share_memory(x[:3], x[5:]))
print(np.shares_memory(x, x.copy()), np.may_share_memory(r, r.T))

# flat
g = np.arange(6).reshape(2, 3)
print(list(g.flat), g.flat[4], g.flat[-1], len(g.flat))
print(g.flat[1:4], g.flat[[0, 5]])
g.flat[2] = 100
g.flat[[0, 1]] = -5
print(g)
g.flat = 7
print(g)
print(sum(v for v in g.T.flat), [int(v) for v in g.T.flat])

# real, imag, mT, device
h = np.array([[1.5, -2.0], [3.0, 4.25]], dtype=np.float32)
print(h.real, h.real.base is h, h.imag, h.imag.dtype)
print(h.mT)
print(np.arange(24).reshape(2, 3, 4).mT.shape, h.device)
print(np.real(h) is h, np.imag(h))
