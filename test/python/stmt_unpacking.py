# Star-unpacking in assignments, displays and calls; chained comparisons; walrus.
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "xyz"
print(c, d)
e, *f, g = range(6)
print(e, f, g)
(h, i), *j = [(1, 2), 3, 4]
print(h, i, j)
first, *_ = (9,)
print(first, _)
x = y = z = 0
print(x, y, z)
p, q = q, p = 1, 2
print(p, q)
m, n = n, m = "ab"
for k, (v1, *vs) in {"a": [1, 2, 3], "b": [4]}.items():
    print(k, v1, vs)
l1 = [1, 2]
l2 = (3, 4)
print([*l1, *l2, 5], (*l1, *l2), [*range(3), *"ab"])
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d1, "z": 0, **d2})
print(*[1, 2], *(3,), sep="-")
print(max(*[4, 9, 2]))
lst = [0] * 5
lst[1:3] = [7, 8]
print(lst)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)

# Chained comparisons evaluate each operand once.
def val(v):
    print("eval", v)
    return v

print(1 < val(2) < 3, 1 < val(5) < 3, 3 > val(2) > val(1) > 0)
print(1 < 2 == 2 != 3 <= 3 >= 1, "a" < "b" < "c", 1 == 1.0 != None)
print(1 in [1, 2] not in [[1]], None is None is not False)

# Walrus.
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y2 for x2 in data if (y2 := x2 * 2) > 10], y2)
pos = 0
while (chunk := data[pos:pos + 2]):
    print("chunk", chunk)
    pos += 2
print((w := 5) + w)
def walrus_in_func():
    vals = [v for v in range(5) if (last := v) % 2]
    return vals, last
print(walrus_in_func())
