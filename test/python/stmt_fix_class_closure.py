# Classes nested in functions: methods and class bodies see the enclosing function's variables.


def outer():
    x = 1

    class C:
        def m(self):
            return x

    return C().m()


print(outer())


def sorter(items, key_name):
    def mycmp(a, b):
        return (a > b) - (a < b)

    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj[key_name], other.obj[key_name]) < 0

    return [o["n"] for o in sorted(items, key=K)]


print(sorter([{"n": 3}, {"n": 1}, {"n": 2}], "n"))


def body_reads():
    scale = 10
    label = "lbl"

    class D:
        size = scale * 2
        name = label.upper()
        squares = [scale * i for i in range(3)]

        def get(self):
            return scale, label

    return D.size, D.name, D.squares, D().get()


print(body_reads())


def shadowed():
    x = "outer"

    class E:
        x = "class attr"
        seen_in_body = x

        def m(self):
            return x

    return E.seen_in_body, E().m(), E.x


print(shadowed())


def counter():
    count = 0

    class Inc:
        def bump(self):
            nonlocal count
            count += 1
            return count

    i = Inc()
    i.bump()
    i.bump()
    return count


print(counter())


def nested_classes():
    v = "deep"

    class A:
        class B:
            def m(self):
                return v

            w = v + "!"

    return A.B().m(), A.B.w


print(nested_classes())


def with_super():
    tag = "T"

    class Base:
        def who(self):
            return "base"

    class Child(Base):
        def who(self):
            return tag + ":" + super().who()

    return Child().who()


print(with_super())


def late_binding():
    class F:
        def m(self):
            return y

    y = 5
    r1 = F().m()
    y = 6
    return r1, F().m()


print(late_binding())


def unbound():
    class G:
        def m(self):
            return z

    try:
        G().m()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1


unbound()
