# Read-only arrays (broadcast_to, flags.writeable), np.copyto, and reshapes of views: a view
# where numpy's layout allows one, else a copy that owns its data.
import numpy as np


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok' if r is None else r)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


x = np.arange(3.0)
b = np.broadcast_to(x, (2, 3))
print(b.flags.writeable, b.base is x, b.strides)
attempt('setitem', lambda: b.__setitem__((0, 0), 5))
def iadd():
    global b
    b += 1
attempt('iadd', iadd)
attempt('fill', lambda: b.fill(0))
x[1] = 50
print(b)

w = np.ones((2, 2))
w.flags.writeable = False
attempt('locked', lambda: w.__setitem__(0, 3))
print(w[0].flags.writeable)
attempt('unlock view', lambda: setattr(w[0].flags, 'writeable', True))
w.flags['WRITEABLE'] = True
w[0, 0] = 9
print(w)
attempt('flag key', lambda: w.flags['BOGUS'])

# copyto
a = np.zeros(3, dtype=np.int64)
attempt('float scalar', lambda: np.copyto(a, 2.5))
attempt('float array', lambda: np.copyto(a, np.array([1.5, 2.0, 3.0])))
np.copyto(a, 7)
print(a)
np.copyto(a, np.array([1.7, 2.2, 3.9]), casting='unsafe')
print(a)
attempt('casting', lambda: np.copyto(a, a, casting='bogus'))
m = np.zeros((2, 3))
np.copyto(m, [1, 2, 3], where=[True, False, True])
print(m)
attempt('shape', lambda: np.copyto(m, [1, 2]))
col = m[:, 2]
np.copyto(m, np.arange(6.0).reshape(2, 3))
print(col)
np.copyto(col, [-1, -2])
print(m)

# reshape of views
t = np.arange(6).reshape(2, 3).T
r = t.reshape(6)
print(r, r.base is None, r.flags.owndata)
r[0] = 100
print(t[0, 0])
s = np.arange(12).reshape(3, 4)[:, 1]
v = s.reshape(3, 1)
print(v.strides, v.base is s.base)
v[0, 0] = -7
print(s, np.arange(1))
u = np.arange(12).reshape(3, 4)
k = u[:, ::2].reshape(3, 2, 1)
print(k.strides, k.flags.c_contiguous)
k[2, 1, 0] = 99
print(u)
print(np.swapaxes(u, 0, 1).strides, np.moveaxis(np.zeros((2, 3, 4)), 0, -1).strides)
sw = np.swapaxes(u, 0, 1)
u[0, 0] = -1
print(sw[0], u.T.ravel().base is None, u.ravel().base is u.base)
print(np.squeeze(u[:, :1]).strides, np.expand_dims(u, 1).strides, u.view().strides)
print(np.real([1, 2]), np.imag(np.array([1.5])), np.float64(2.5).imag, np.float32(1).flags.writeable)
q = np.arange(12.0).reshape(3, 4)
fl = np.flip(q, 1)
rt = np.rot90(q)
top, bottom = np.split(q, [1])
left, right = np.hsplit(q, 2)
print(fl.strides, rt.strides, top.strides, left.strides, fl.base is q, rt.base is q, left.base is q)
q[0, 0] = -3
print(fl[0], rt[-1], top, left[:, 0])
left[1, 1] = 55
print(q[1])
