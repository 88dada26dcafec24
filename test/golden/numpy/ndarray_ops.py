import numpy as np

a = np.array([1, 2, 3])
b = np.array([0.5, 1.5, 2.5])
print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(a // 2), repr(a % 2), repr(a ** 2))
print(repr(a + 1), repr(a + 1.0), repr(a * True), repr(2 - a), repr(1 / a), repr(-a), repr(abs(-b)))
f = np.array([1, 2, 3], dtype=np.float32)
print(repr(f + 1), repr(f * 0.1), repr(f + np.float64(1)), repr(f + np.array([1.0])), repr(f / 3))
i8 = np.array([100, 120], dtype=np.int8)
print(repr(i8 + 1), repr(i8 + i8), repr(i8 * 2.0), repr(i8 + np.array([1], dtype=np.uint8)))
u8 = np.array([200, 250], dtype=np.uint8)
print(repr(u8 + 10), repr(u8 / 255.0), repr(u8.astype(np.float32) / 255), repr(u8 + np.int32(1)))
print(repr(a == 2), repr(a != 2), repr(a < b), repr(a >= 2), repr(f == 0.1), repr(np.float32(0.1) == 0.1))
print(repr((a > 1) & (a < 3)), repr((a > 2) | (a < 2)), repr(~(a > 1)), repr(a & 1))
m = np.arange(6).reshape(2, 3)
print(repr(m + a), repr(m * np.array([[1], [2]])), repr(m @ a), repr(m @ m.T), repr(a @ a))
x = np.arange(4, dtype=np.float64)
x += 1
x *= 2
x -= np.array([1, 1, 1, 1])
x /= 2
print(repr(x))
y = np.array([1, 2, 3])
y += 2
y *= y
print(repr(y))
z = y
z += 1
print(repr(y), z is y)
print(repr(np.float32(2) * 2), repr(np.float32(2) * 2.5), repr(np.int32(3) + 1), repr(np.float64(1) / 3))
print(repr(2 ** np.arange(4)), repr(np.arange(4) ** 0.5), repr(np.array([-7, 7]) // 2), repr(np.array([-7.5, 7.5]) % 2))
print(repr(np.array([2, 3]) ** -1.0))
print(repr(np.array(2) + 3), repr(np.array(2.5) * np.array([1, 2])))
