# Parameters of every kind, decorators, closures, nonlocal/global, lambdas with defaults.
def all_kinds(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)

print(all_kinds(1, d=4))
print(all_kinds(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(all_kinds(*[1, 2, 3], **{"d": 9, "extra": True}))

def kwonly(*, key, default=None):
    return key, default

print(kwonly(key="k"), kwonly(default=1, key=2))

def star_only(*args, **kwargs):
    return args, sorted(kwargs.items())

print(star_only())
print(star_only(1, *(2, 3), 4, a=1, **{"b": 2}, c=3))

def decorator(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("result", result)
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@decorator
@repeat(2)
def add(x, y):
    return x + y

add(2, 3)

def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        cls.registered = True
        return cls
    return deco

names = []

@register(names)
class Model:
    pass

@register(names)
class Layer:
    pass

print(names, Model.registered)

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(10))

total = 0
def bump(n):
    global total
    total += n

bump(5)
bump(6)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x

print(outer())

adders = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in adders])
square = lambda x=4: x * x
print(square(), square(5), (lambda *a, **k: (a, k))(1, b=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))

def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket

print(defaults_evaluated_once(1), defaults_evaluated_once(2))

def annotated(x: int, y: "float" = 1.0) -> str:
    z: int = x * 2
    w: list
    return f"{z} {y}"

print(annotated(3))

def make_multipliers():
    return [lambda x: x * i for i in range(3)]

print([m(2) for m in make_multipliers()])

def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)

print(recursive(20), recursive(30))

def doc():
    "A docstring."
    return doc.__doc__

print(doc.__name__)
