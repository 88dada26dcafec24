# yield from: delegation, return values, send/throw/close pass through.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(3)
    yield from "ab"
    return result.upper()

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(g))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6), (c for c in "xy"))))

def sub():
    try:
        yield "sub 1"
        yield "sub 2"
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub recovered"
    finally:
        print("sub finally")

def delegator():
    try:
        yield from sub()
    finally:
        print("delegator finally")

g = delegator()
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("---")
g = delegator()
print(next(g))
g.close()

def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    right = yield from tree(n - 1)
    return left + right + n

g = tree(3)
print(list(g))

def collect():
    total = yield from tree(3)
    yield ("total", total)

print(list(collect()))
