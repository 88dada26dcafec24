# Arrays of a few hundred elements through the elementwise, unary and reduction paths, checked against
# numpy's exact printed digits: broadcasting, weak scalars, comparisons, NaN/inf/-0 edges, exact
# unary ufuncs, and sums/means along leading, trailing and mixed axes (numpy's summation orders).
import numpy as np
np.random.seed(3)
a = np.random.rand(40, 30).astype(np.float32) * 10 - 5
b = np.random.rand(30).astype(np.float32)
c = np.random.rand(40, 1).astype(np.float32)
d = np.random.rand(40, 30) * 4 - 2
print((a + b)[::7, ::6])
print((a - c)[::9, ::5])
print((a * 1.7)[:2, :6])
print((a / 255.0)[:2, :5], (a / 255.0).dtype)
print((d / 3)[:2, :4], (d * a).dtype)
print((a ** 2)[:1, :5])
print(np.maximum(a, b)[:2, :6], np.minimum(c, a)[:2, :6])
print((a > b).sum(), (a <= 0.5).sum(), (a == a).all(), (a != b).sum(), (a >= c).sum(), (a < d).sum())
z = np.zeros(300, dtype=np.float32)
z[1::3] = -0.0
z[2::3] = 1.0
print((z / z)[:6], (1.0 / z)[:6], (-z)[:6], np.abs(-z)[:6])
n = np.full(300, np.nan, dtype=np.float32)
print(np.maximum(n, z)[:3], np.minimum(z, n)[:3], (n == n).any(), (n != n).all())
print(-a[:1, :4], np.abs(a)[:1, :4], np.square(a)[:1, :4], np.sqrt(np.abs(a))[:1, :4])
print(np.floor(a)[:1, :5], np.ceil(d)[:1, :5], np.reciprocal(a)[:1, :3])
print(np.exp(d)[:1, :4], np.log(np.abs(d))[:1, :4], np.tanh(d)[:1, :4])
big = np.random.rand(3, 50, 70).astype(np.float32)
print(big.sum(), big.mean(), big.sum(axis=0)[:2, :4], big.sum(axis=1)[:, :4])
print(big.sum(axis=2)[:, :4], big.sum(axis=(0, 2))[:5], big.mean(axis=(0, 1))[:5])
print(big.mean(axis=0, keepdims=True).shape, big.std(axis=0)[:1, :4], d.sum(axis=0)[:4], d.mean(axis=0)[:4])
i = np.arange(600).reshape(20, 30)
print(i.sum(axis=0)[:5], (i > 300).sum(), (i + 1.5)[:1, :3], (i // 7)[1, :8], (i % 7)[1, :8])
# float32 matrix-vector products with short rows (numpy's gemv sums them in order)
w = np.random.rand(3, 1).astype(np.float32)
v = np.random.rand(2).astype(np.float32)
print((a[:, :3] @ w)[:5, 0], a[:, 5:7] @ v, a[:, :2].dot(v)[:3])
m = (a / 255.0).mean()
print(m, type(m), (a / 255.0).mean(axis=0)[:4])
# Subnormals survive (numpy does not flush them to zero as TF's kernels do)
s = np.full(300, 1e-20, dtype=np.float32)
print((s * s)[:2], (s * 1e-20)[:2], (s / 1e20)[:2], (-(s * s))[:2])
t = np.full(300, 1e-40, dtype=np.float32)
print((t + t)[:2], (t == 0).any(), np.maximum(t, 0)[:2], np.abs(-t)[:2], (t > 0).all())
u = np.full(400, 1e-300) / 1e10
print(u[:2], (u * 1e300)[:2])
print(np.exp(np.full(300, -90.0, dtype=np.float32))[:1], np.log(t)[:1], np.exp(np.full(300, -720.0))[:1])
