# Function __annotations__: evaluated when the def runs, after the defaults.
order = []


def note(tag):
    order.append(tag)
    return tag


def f(p: int, /, a: "A" = note("default a"), *va: tuple, k: note("ann k") = note("kwdefault"), **kw: dict) -> note("ret"):
    pass


print(f.__annotations__)
print(order)


def plain(x, y=1):
    return x


print(plain.__annotations__, plain.__dict__)
plain.__annotations__["x"] = int
print(plain.__annotations__)


def partial(x: float, y):
    pass


print(partial.__annotations__)
print((lambda q: q).__annotations__)


class Methods:
    def method(self, n: int) -> str:
        return str(n)


print(Methods.method.__annotations__)
print(Methods().method.__annotations__)


def local_annotations_not_evaluated():
    v: this_name_does_not_exist = 1
    return v


print(local_annotations_not_evaluated())
