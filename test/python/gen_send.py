# send(), yield as an expression, throw(), close(), generator state errors.
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"

g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print(avg.send(v))

def accumulate():
    total = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
    return total

g = accumulate()
next(g)
g.send(1)
g.send(2)
try:
    g.send(None)
except StopIteration as e:
    print("total", e.value)

g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("cleanup")

g = guarded()
print(next(g))
print(g.throw(ValueError("bad")))
try:
    next(g)
except StopIteration:
    print("exhausted")

g = guarded()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def rethrow():
    yield 1

g = rethrow()
next(g)
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", repr(e))

never = rethrow()
never.close()
print(list(never))

def self_ref():
    yield next(me)

me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def stop_inside():
    yield 1
    raise StopIteration("oops")

try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def pairs():
    x = yield 1
    y = yield x * 10
    print("x, y =", x, y)
    z = (yield x + y) or 0
    print("z =", z)

g = pairs()
print(next(g), g.send(2), g.send(3))
try:
    g.send(None)
except StopIteration:
    pass
g = pairs()
print(next(g))
print(g.send(4))
print(g.send(5))
try:
    g.send(7)
except StopIteration:
    print("done")

def printer():
    while True:
        print("received", (yield))

p = printer()
next(p)
p.send("hello")
p.send([1, 2])
