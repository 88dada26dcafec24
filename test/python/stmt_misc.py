# f-strings, slices, del, assert, annotations, for/while else, sets and comprehensions.
import math
name = "world"
pi = math.pi
width = 10
print(f"hello {name}!", f"{name!r}", f"{name!s:>8}|", f"{'é'!a}")
print(f"{pi:.3f} {pi:10.2f}| {pi:<10.1e}| {12345678:,} {0.25:.1%} {255:#x} {255:08b}")
print(f"{pi:{width}.{3}f}|", f"{name:^{width}}|", f"{{literal}}", f"{3 + 4 = }", f"{name = !r:>10}")
print(f"{'nested' + f'{1 + 1}'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
print(f"{-5:+d} {5:+d} {5: d} {1e-7} {1e16} {1.5e300 * 10}")
value = 42
print(f"{value:>5}|{value:<5}|{value:^5}|{value:05d}|{value:x}|{value:o}|{value:e}")
print(f"""multi
line {value}""")

s = list(range(10))
print(s[::2], s[1::3], s[::-1], s[-3:], s[:-7:-2], s[8:2:-2], "hello"[::-1], (1, 2, 3)[::-1])
print(s[100:], s[-100:2], s[3:3], "abcdef"[1:5:2])
s[::2] = [0] * 5
print(s)
del s[::3]
print(s)
del s[0], s[-1]
print(s)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)

class Obj:
    pass

o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
x1, x2 = 1, 2
del x1, x2
try:
    print(x1)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3]
del lst[:]
print(lst)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
assert True, "not raised"

count: int
ratio: float = 0.5
items: list[int] = [1, 2]
print(ratio, items)

for i in range(3):
    if i == 10:
        break
else:
    print("for-else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)
while True:
    break
else:
    print("not printed")

print({1, 2, 3} == {3, 2, 1}, len({1, 1, 2}), sorted({x % 3 for x in range(10)}))
print({k: v for k, v in zip("abc", range(3))}, {x: x * x for x in range(4) if x})
print([(i, j) for i in range(3) for j in range(i)], [[c for c in w] for w in ["ab", "c"]])
print(sorted({c for c in "mississippi"}))
print({i % 2: i for i in range(5)})
