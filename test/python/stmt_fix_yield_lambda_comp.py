# `yield` inside a lambda makes it a generator function; `yield` in the first iterable of a
# comprehension belongs to the enclosing generator.
g = lambda: (yield 1)
print(list(g()))

h = lambda x: (yield from range(x))
print(list(h(3)))

pair = lambda a: ((yield a), (yield a * 10))
p = pair(2)
print(next(p), p.send("first"))
try:
    p.send("second")
except StopIteration as e:
    print("returned", e.value)

echo = (lambda: (yield))()
next(echo)
try:
    echo.send(5)
except StopIteration as e:
    print("returned", e.value)

print(type(g).__name__, type(g()).__name__)


def comp():
    doubled = [x * 2 for x in (yield "need a list")]
    as_set = {x % 3 for x in (yield "need another")}
    mapping = {k: v for k, v in (yield "need pairs")}
    lazy = (x + 1 for x in (yield "need a range"))
    return doubled, sorted(as_set), mapping, list(lazy)


c = comp()
print(next(c))
print(c.send([1, 2]))
print(c.send([4, 5, 6, 7]))
print(c.send([("a", 1), ("b", 2)]))
try:
    c.send(range(3))
except StopIteration as e:
    print(e.value)


def outer_var_in_comp():
    scale = 3
    result = [x * scale for x in (yield)]
    yield result


o = outer_var_in_comp()
next(o)
print(o.send([1, 2, 3]))
