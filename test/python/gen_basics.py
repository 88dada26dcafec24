# Generator functions: yield, next(), for loops, list(), sum(), zip, infinite generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(type(g).__name__, type(g))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(g, "default"))

print(list(count_up(5)))
print(sum(count_up(101)))
print(list(zip(count_up(3), "abc")))
for x in count_up(4):
    print("x =", x)

def naturals():
    n = 1
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for i, v in enumerate(fib()):
    if i >= 15:
        break
    out.append(v)
print(out)

def with_return():
    yield 1
    yield 2
    return "done"

g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)

def lazy():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("finished")

g = lazy()
print("created")
for v in g:
    print("got", v)
print(list(g))

def gen_in_gen():
    for i in range(3):
        for j in range(i):
            yield (i, j)

print(list(gen_in_gen()))
print(max(count_up(10)), min(count_up(10)), sorted(count_up(4), reverse=True))
print(iter(g) is g, hasattr(g, "__next__"))
print(any(x > 3 for x in count_up(10)), all(x < 3 for x in count_up(10)))
g = count_up(2)
print(g.__next__(), g.__next__())
print(dict(zip(count_up(3), count_up(3))))
a, b, c = count_up(3)
print(a, b, c)
print(*count_up(4))
print([*count_up(2), *count_up(3)])
