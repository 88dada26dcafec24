a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abc'
print(init, last)
head, *mid, tail = range(5)
print(head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
[p] = [5]
print(p)
[q, r] = (6, 7)
print(q, r)
for i, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(i, u, v)
pairs = {'k1': (1, 2), 'k2': (3, 4)}
for key, (m, n) in pairs.items():
    print(key, m + n)
i = j = 0
print(i, j)
t = 1, 2
print(t)
