# numpy's matrix @ vector and vector @ matrix (and np.dot / ndarray.dot of those shapes) in
# float64 and float32 on C-ordered arrays: OpenBLAS's gemv "T" (rows dotted with the vector) and
# "N" (columns accumulated) kernels, whose order depends on each output's position, the row
# length modulo 4, 2048/4096-long blocks and (above 460800 elements) the split between threads.
import numpy as np

def vals(n, seed):
    i = np.arange(n, dtype=np.int64)
    return ((i * 7919 + seed * 104729) % 10007) / 10007.0 - 0.5

def digest(x):
    # a long result as a few exact sums of its bits' worth: every element still matters
    return [repr(float(v)) for v in x[:3]] + [repr(float(v)) for v in x[-2:]] + [repr(float(np.sum(x * np.arange(1, x.size + 1))))]

sizes = list(range(1, 41)) + [63, 64, 65, 100, 257]
for dt in (np.float64, np.float32):
    for r in sizes:
        for c in (1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 33, 64, 65, 100):
            A = (vals(r * c, r + c) * 2).reshape(r, c).astype(dt)
            v = vals(c, 3).astype(dt)
            w = vals(r, 4).astype(dt)
            mv = A @ v
            vm = w @ A
            print(dt.__name__, r, c, mv.tolist() if r <= 40 else digest(mv), vm.tolist() if c <= 40 else digest(vm))

for dt in (np.float64, np.float32):
    for (r, c) in [(1000, 3), (3, 1000), (1000, 257), (257, 1000), (2049, 5), (5, 2049), (4099, 9), (9, 4099), (1000, 461), (461, 1000), (10001, 2), (2, 10001), (230400, 2), (2, 230400), (7, 70000), (70000, 7)]:
        A = (vals(r * c, r) * 2).reshape(r, c).astype(dt)
        v = vals(c, 5).astype(dt)
        w = vals(r, 6).astype(dt)
        print(dt.__name__, r, c, digest(A @ v), digest(w @ A), digest(np.dot(A, v)), digest(A.dot(v)), digest(np.dot(w, A)))

# column vectors as 2-D, batches, mixed int/float
A = vals(12 * 7, 1).reshape(12, 7)
print((A @ vals(7, 2).reshape(7, 1)).tolist())
print((vals(12, 3).reshape(1, 12) @ A).tolist())
B = vals(3 * 5 * 6, 4).reshape(3, 5, 6)
print((B @ vals(6, 5)).tolist())
print((vals(5, 6) @ B).tolist())
print(np.dot(B, vals(6, 7)).tolist())
print((np.arange(7) @ A.T.copy()).tolist())
print((A @ np.arange(7)).tolist())
print((A.astype(np.float32) @ vals(7, 8)).tolist())
print((A.astype(np.float32) @ np.arange(7, dtype=np.float32)).tolist())
# k = 1: numpy's own loop
print((vals(4, 1).reshape(4, 1) @ vals(1, 2)).tolist(), (vals(1, 3) @ vals(5, 4).reshape(1, 5)).tolist())
