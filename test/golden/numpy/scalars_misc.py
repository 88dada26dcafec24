import numpy as np
print(repr(np.array(range(5))), repr(np.mean([1, 2, 3])), repr(np.max([1, 5])), repr(np.sum([[1, 2], [3, 4]], axis=0)))
print(repr(np.zeros(3, dtype='int32')), repr(np.int32(5) // 2), hash(np.float64(1.5)) == hash(1.5), {1: 'a'}[np.int64(1)], {np.int64(2): 'b'}[2])
a = np.arange(12).reshape(3, 4)
print(a.shape[0], a[1][2], repr(a[1][2]), a.T.shape, repr(np.array([1, 2, 3]).astype(np.float32) ** 2))
print(np.float64(3) ** 2, 2 ** np.float32(3), -np.float32(2), abs(np.int8(-3)), round(np.float64(2.567), 2), round(np.float32(2.5)))
print(np.int64(7) % 3, divmod(7, 3), np.float32(7.5) // 2, np.float64(1) == 1.0, np.int64(3) < 4.5)
x = np.array([[1.5, 2.5], [3.5, 4.5]], dtype=np.float32)
print(x.mean(), x.sum(axis=0) / 2, x.max(axis=0), repr(x.argmax(axis=1)), x.std(axis=0), repr(x.var()))
print(repr(np.arange(6).reshape(2, 3).sum(axis=-1)), repr(np.array([1, 2, 3]).cumprod()), repr(np.array([[1, 2], [3, 4]]).mean(axis=(0, 1))))
b = np.array([1.0, 2.0, 3.0])
b[1:] *= 10
print(b, b.dtype.name, b.dtype.itemsize, str(b.dtype), np.dtype('float64').type, np.float32(1).dtype)
print(np.ones((2, 3), dtype=bool), np.zeros((1,), dtype=np.int64).tolist(), np.array([[1, 2]]).tolist())
print(type(np.float64(1.5).item()), type(np.int32(2).item()), type(np.bool_(True).item()), np.array([1, 2]).item(1))
print(np.array([0.1, 0.25]) * np.float32(2), repr(np.array([1, 2], dtype=np.int32) * np.int64(2)))
print(np.sqrt(np.float32(2.0)), np.exp(np.float64(0.5)), np.log(10), np.tanh(0.5), np.square(3), np.abs(-2.5))
print(str(np.float64(0.1 + 0.2)), repr(np.float64(0.1 + 0.2)), np.float32(0.1) + np.float32(0.2), np.float16(0.1))
print(np.array([1e-10, 1]), np.array([123456789.0, 1.0]), np.array([0.00012, 123.5]))

# Scalars' bytes and sizes, as their 0-d arrays'.
for s in [np.float32(1.5), np.int64(-3), np.float64(2.0), np.bool_(True), np.uint8(7), np.float16(1.0), np.int8(-1)]:
    print(repr(s.tobytes()), s.itemsize, s.nbytes)
