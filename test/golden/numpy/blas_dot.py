# numpy's 1-D products (dot / @ / np.dot / matmul) in float64 and float32: every bit of the result
# comes from OpenBLAS's ddot/sdot order (FMA lanes, fixed folding, rounded tail; ddot splits long
# vectors across threads).
import numpy as np

def vals(n, seed):
    i = np.arange(n, dtype=np.int64)
    return ((i * 7919 + seed * 104729) % 10007) / 10007.0 - 0.5

sizes = list(range(1, 41)) + [63, 64, 65, 100, 257, 1000, 4099, 10001, 20000, 100003]
for n in sizes:
    a = vals(n, 1) * 3.0
    b = vals(n, 2) + 0.25
    r64 = a.dot(b)
    r32 = a.astype(np.float32) @ b.astype(np.float32)
    print(n, repr(r64), repr(np.dot(a, b)), repr(np.matmul(a, b)), repr(r32), repr(np.dot(b.astype(np.float32), a.astype(np.float32))))

rng = np.random.default_rng(3)
for n in [3, 17, 33, 129]:
    a = rng.standard_normal(n)
    b = rng.standard_normal(n)
    print(repr(a @ b), repr(b.dot(a)), repr(float(a.astype(np.float32).dot(b.astype(np.float32)))))

# mixed dtypes promote first: int with float64, float32 with float64
ia = np.arange(1, 34)
fb = vals(33, 5)
print(repr(ia @ fb), repr(fb @ ia), repr(ia.astype(np.float32) @ fb.astype(np.float32)))
print(repr(np.float32(2.5) * 1.0), repr(ia.astype(np.float32) @ fb))
# shape (1,k) @ (k,1) goes through the same dot
a = vals(37, 7).reshape(1, 37)
b = vals(37, 8).reshape(37, 1)
print((a @ b).tolist(), np.dot(a, b).tolist())
# gradient-descent style loop: the loss of each step prints every digit
w = np.zeros(33)
X = vals(33 * 20, 9).reshape(20, 33)
y = vals(20, 10)
for step in range(5):
    pred = X @ w
    err = pred - y
    loss = err.dot(err) / 20
    grad = X.T.copy() @ err / 20
    w = w - 0.5 * grad
    print(step, repr(loss))
