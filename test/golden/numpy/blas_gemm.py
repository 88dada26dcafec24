# numpy's float64 matrix @ matrix (matmul, @, np.dot, ndarray.dot): OpenBLAS dgemm's order (a
# single FMA chain per output over each 256-deep K block, blocks added in order; rows that land
# in the kernel's 4x1 tile keep four chains), including the thread split above 2^19 mults.
import numpy as np

def vals(n, seed):
    i = np.arange(n, dtype=np.int64)
    return ((i * 7919 + seed * 104729) % 10007) / 10007.0 - 0.5

def digest(x):
    x = x.ravel()
    return [repr(float(v)) for v in x[:3]] + [repr(float(v)) for v in x[-2:]] + [repr(float(np.sum(x * np.arange(1, x.size + 1))))]

rng = np.random.default_rng(7)
X = rng.standard_normal((100, 3))
W = rng.standard_normal((3, 2))
print((X @ W).tolist())
img = rng.standard_normal((64, 784))
W1 = rng.standard_normal((784, 128)) * 0.05
h = img @ W1
print(digest(h), repr(h[0, 0]), repr(h[63, 127]), repr(h[17, 5]))
print(digest(np.dot(img, W1)), digest(img.dot(W1)), digest(np.matmul(img, W1)))

for r in [2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 33, 40, 63, 64, 65, 100, 257]:
    for (k, c) in [(2, 2), (3, 5), (7, 9), (33, 17), (64, 64), (65, 63), (257, 3), (300, 40), (513, 7)]:
        A = vals(r * k, r + k).reshape(r, k)
        B = vals(k * c, k + c).reshape(k, c) * 2
        out = A @ B
        print(r, k, c, out.tolist() if out.size <= 20 else digest(out))

for (r, k, c) in [(1000, 40, 3), (3, 50, 1100), (600, 600, 600), (33, 300, 1030), (515, 64, 700), (17, 2000, 513), (131, 67, 63), (257, 257, 257), (9, 87, 700)]:
    A = vals(r * k, 3).reshape(r, k)
    B = vals(k * c, 4).reshape(k, c)
    print(r, k, c, digest(A @ B))

# batches broadcast; mixed int/float promote to float64
B3 = vals(4 * 6 * 5, 1).reshape(4, 6, 5)
print(digest(B3 @ vals(5 * 7, 2).reshape(5, 7)), digest(vals(3 * 6, 3).reshape(3, 6) @ B3))
print((np.arange(12).reshape(3, 4) @ vals(4 * 5, 5).reshape(4, 5)).tolist())
# A @ A.T where numpy's syrk gives the gemm bits (even sizes)
for (m, k) in [(64, 100), (200, 300), (100, 3)]:
    A = rng.standard_normal((m, k))
    print(digest(A @ A.T), digest(A.T @ A))
# a small regression loop
Xr = vals(50 * 4, 11).reshape(50, 4)
yr = vals(50 * 2, 12).reshape(50, 2)
Wr = np.zeros((4, 2))
for step in range(4):
    P = Xr @ Wr
    G = Xr.T @ (P - yr) / 50
    Wr = Wr - 0.3 * G
    print(step, repr(float(((P - yr) ** 2).mean())), Wr.tolist())
