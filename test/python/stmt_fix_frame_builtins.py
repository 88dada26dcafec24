# globals(), locals(), vars() and dir() without arguments describe the calling frame.
top = "module value"
g = globals()
print(g is globals(), type(g).__name__)
print(g["top"], "top" in locals(), locals() is globals() or locals() == globals())
g["made_by_dict"] = 42
print(made_by_dict)
print(vars()["top"])


def func(a, b=2, *rest, **kw):
    c = a + b
    print(sorted(locals().items()))
    print(dir())
    print(vars() == locals())
    d = 4
    return locals()


print(func(1, extra=3))


def with_cells():
    captured = 1
    plain = 2

    def inner():
        return captured

    return locals(), inner


loc, inner = with_cells()
print(sorted(loc))


def outer():
    free_one = "f"

    def inner():
        mine = 1
        print(free_one)
        return locals()

    return inner()


print(outer())


def not_yet():
    before = locals()
    x = 1
    return before, locals()


print(not_yet())


class Body:
    a = 1
    b = a + 1
    snapshot = dir()
    names = sorted(k for k in locals() if not k.startswith("__"))
    ns = locals()
    ns["injected"] = "via locals"


print(Body.snapshot)
print(Body.names)
print(Body.injected)


def shadow():
    def locals():
        return "my locals"

    return locals()


print(shadow())


def format_with_locals():
    name = "world"
    count = 3
    return "hello {name} x{count}".format(**locals())


print(format_with_locals())


def gen():
    x = 1
    yield sorted(locals())
    y = 2
    yield sorted(locals())


print(list(gen()))

print([sorted(globals()) == sorted(globals()) for _ in range(2)])
print("func" in globals(), "loc" in dir())

checks = [
    lambda: globals(1),
    lambda: locals(1, 2),
    lambda: vars(1, 2),
    lambda: dir(1, 2),
    lambda: vars(5),
]
for check in checks:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
